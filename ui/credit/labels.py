"""Words of the credit feature: the list's grounds, statuses and steps, the enforcement steps of a ruling (D15)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.enums import DeadlineCode

GROUND = {
    "repeat_infringement": QT_TRANSLATE_NOOP("labels", "重复专利侵权行为"),
    "non_execution": QT_TRANSLATE_NOOP("labels", "不依法执行行政裁决"),
}

STATUS = {
    "identified": QT_TRANSLATE_NOOP("labels", "认定中"),
    "proposed": QT_TRANSLATE_NOOP("labels", "待审批列入"),
    "listed": QT_TRANSLATE_NOOP("labels", "已列入"),
    "refused": QT_TRANSLATE_NOOP("labels", "不予列入"),
    "repair": QT_TRANSLATE_NOOP("labels", "信用修复审查中"),
    "removed": QT_TRANSLATE_NOOP("labels", "已移出"),
}

NEXT_STEP = {
    "statement": QT_TRANSLATE_NOOP("labels", "陈述申辩期"),
    "proposal": QT_TRANSLATE_NOOP("labels", "报请列入"),
    "removal": QT_TRANSLATE_NOOP("labels", "期满移出"),
    "repair_decision": QT_TRANSLATE_NOOP("labels", "信用修复决定"),
}

# The flag on a case or an intake item whose party is on the list: %1 party, %2 ground, %3 since, %4 case number.
FLAG_LINE = QT_TRANSLATE_NOOP("labels", "⚠ %1 在失信名单上（%2，%3，依据 %4）")

REMOVAL = {
    "period_end": QT_TRANSLATE_NOOP("labels", "期满移出"),
    "repair": QT_TRANSLATE_NOOP("labels", "信用修复"),
}

ENFORCEMENT_STEP = {
    "no_suit": QT_TRANSLATE_NOOP("labels", "起诉期限届满未起诉"),
    "suit_filed": QT_TRANSLATE_NOOP("labels", "当事人已起诉"),
    "non_compliance": QT_TRANSLATE_NOOP("labels", "当事人未履行裁决"),
    "demand_served": QT_TRANSLATE_NOOP("labels", "催告书已送达"),
    "office_applied": QT_TRANSLATE_NOOP("labels", "本机关已申请法院强制执行"),
    "holder_applied": QT_TRANSLATE_NOOP("labels", "权利人已申请法院强制执行"),
    "complied": QT_TRANSLATE_NOOP("labels", "当事人已履行"),
}

DEADLINE_CODE = {
    DeadlineCode.D15: QT_TRANSLATE_NOOP("labels", "申请强制执行期限"),
    DeadlineCode.D15_DEMAND: QT_TRANSLATE_NOOP("labels", "送达催告书"),
    DeadlineCode.D15_WAIT: QT_TRANSLATE_NOOP("labels", "催告履行期"),
    DeadlineCode.D15_HOLDER: QT_TRANSLATE_NOOP("labels", "权利人申请强制执行期限"),
}

FIELD = {
    "ground": QT_TRANSLATE_NOOP("labels", "失信行为"),
    "facts": QT_TRANSLATE_NOOP("labels", "认定事实"),
    "statement": QT_TRANSLATE_NOOP("labels", "陈述申辩意见"),
    "step": QT_TRANSLATE_NOOP("labels", "执行环节"),
    "day": QT_TRANSLATE_NOOP("labels", "日期"),
}

ACTION = {
    "enforcement": QT_TRANSLATE_NOOP("labels", "记录执行环节"),
    "credit.identify": QT_TRANSLATE_NOOP("labels", "失信认定"),
    "credit.record_notice_served": QT_TRANSLATE_NOOP("labels", "告知书送达"),
    "credit.record_statement": QT_TRANSLATE_NOOP("labels", "陈述申辩"),
    "credit.propose": QT_TRANSLATE_NOOP("labels", "报请列入"),
    "credit.decide": QT_TRANSLATE_NOOP("labels", "审批列入"),
    "credit.remove": QT_TRANSLATE_NOOP("labels", "期满移出"),
    "credit.apply_repair": QT_TRANSLATE_NOOP("labels", "信用修复申请"),
    "credit.decide_repair": QT_TRANSLATE_NOOP("labels", "信用修复决定"),
}

TIMELINE_KIND = {
    **{f"enforcement_{k}": v for k, v in ENFORCEMENT_STEP.items()},
    "credit_identified": QT_TRANSLATE_NOOP("labels", "失信认定"),
    "credit_serve_notice": QT_TRANSLATE_NOOP("labels", "失信告知书送达"),
    "credit_statement": QT_TRANSLATE_NOOP("labels", "收到陈述申辩"),
    "credit_propose": QT_TRANSLATE_NOOP("labels", "报请列入失信名单"),
    "credit_decide": QT_TRANSLATE_NOOP("labels", "列入失信名单审批"),
    "credit_remove": QT_TRANSLATE_NOOP("labels", "期满移出失信名单"),
    "credit_apply_repair": QT_TRANSLATE_NOOP("labels", "信用修复申请"),
    "credit_decide_repair": QT_TRANSLATE_NOOP("labels", "信用修复决定"),
}
