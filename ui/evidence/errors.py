"""Error texts of evidence and investigation (证据, 调查取证)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "too_few_officers": QT_TRANSLATE_NOOP("errors", "调查、检查须由至少 %1 名执法人员进行"),
    "after_due": QT_TRANSLATE_NOOP("errors", "举证期限已于 %1 届满，期满后不能再申请延长"),
}

REFUSAL = {
    "no_tech_investigator": QT_TRANSLATE_NOOP("errors", "本案合议组没有技术调查官（见“合议组”页）"),
    "evidence_period_not_started": QT_TRANSLATE_NOOP("errors", "该当事人的举证期限尚未开始（通知书尚未送达）"),
    "already_disposed": QT_TRANSLATE_NOOP("errors", "已对登记保存的证据作出处理决定"),
    "report_already_received": QT_TRANSLATE_NOOP("errors", "已收到鉴定意见"),
}

NOT_FOUND_KIND = {
    "evidence": QT_TRANSLATE_NOOP("errors", "证据"),
    "evidence_file": QT_TRANSLATE_NOOP("errors", "证据文件"),
    "evidence_record": QT_TRANSLATE_NOOP("errors", "调查取证记录"),
    "seizure": QT_TRANSLATE_NOOP("errors", "登记保存记录"),
    "appraisal": QT_TRANSLATE_NOOP("errors", "技术鉴定"),
}
