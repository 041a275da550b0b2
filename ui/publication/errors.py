"""Error texts of the publication feature (ipcase.services.publication)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "unredacted_unconfirmed": QT_TRANSLATE_NOOP("errors", "未隐去任何内容：请再次确认按原文公开"),
    "publication_pending": QT_TRANSLATE_NOOP("errors", "本案已有待批准的公开版本，请先审批或退回"),
    "replace_latest": QT_TRANSLATE_NOOP("errors", "本案已公开第%1版：新版本须更正并替代最新公开的版本"),
    "superseded": QT_TRANSLATE_NOOP("errors", "报请后已有新的公开版本（第%1版），请重新编辑"),
    "leak": QT_TRANSLATE_NOOP("errors", "公开文本中仍有应隐去的内容：%1"),
    "empty_original": QT_TRANSLATE_NOOP("errors", "隐去的原文不能为空"),
    "replacement_reveals": QT_TRANSLATE_NOOP("errors", "替换文字中仍含原文“%1”"),
    "two_replacements": QT_TRANSLATE_NOOP("errors", "“%1”有两种不同的替换文字，同一内容须一律替换"),
    "not_typical": QT_TRANSLATE_NOOP("errors", "该案件未被标记为典型案例"),
    "before_ruling": QT_TRANSLATE_NOOP("errors", "不能早于裁决日期（%1）"),
    "not_an_amount": QT_TRANSLATE_NOOP("errors", "“%1”不是金额（例如 50万元、500000元）"),
}

REFUSAL = {
    "no_ruling": QT_TRANSLATE_NOOP("errors", "案件未以行政裁决结案，没有可公开的裁决书"),
    "ruling_not_issued": QT_TRANSLATE_NOOP("errors", "裁决书尚未制发，请先在“文书”中制发裁决书"),
    "published_immutable": QT_TRANSLATE_NOOP("errors", "已公开的版本不能修改或删除；如需更正，请制作新的公开版本"),
    "not_closed": QT_TRANSLATE_NOOP("errors", "只有已结案的案件才能标记为典型案例"),
}

NOT_FOUND_KIND = {
    "publication": QT_TRANSLATE_NOOP("errors", "公开版本"),
    "confidentiality_request": QT_TRANSLATE_NOOP("errors", "不予公开申请"),
}
