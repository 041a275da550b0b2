"""Error texts of the credit feature (ipcase.services.credit): why a step of the list or of enforcement is refused."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "already_recorded": QT_TRANSLATE_NOOP("errors", "该执行环节已记录"),
    "enforcement_ended": QT_TRANSLATE_NOOP("errors", "执行已结束（已起诉、已申请强制执行或已履行）"),
    "before_previous_step": QT_TRANSLATE_NOOP("errors", "日期早于上一环节"),
    "ruling_not_served": QT_TRANSLATE_NOOP("errors", "裁决书尚未送达全部当事人"),
    "suit_period_running": QT_TRANSLATE_NOOP("errors", "起诉期限尚未届满"),
    "demand_period_running": QT_TRANSLATE_NOOP("errors", "催告书送达后十日尚未届满（行政强制法第五十四条）"),
    "no_infringement_ruling": QT_TRANSLATE_NOOP("errors", "本案不是认定侵权成立的行政裁决"),
    "needs_no_suit": QT_TRANSLATE_NOOP("errors", "请先记录起诉期限届满未起诉"),
    "needs_non_compliance": QT_TRANSLATE_NOOP("errors", "请先记录当事人未履行裁决"),
    "needs_demand_served": QT_TRANSLATE_NOOP("errors", "申请强制执行前须先送达催告书"),
    "no_non_compliance": QT_TRANSLATE_NOOP("errors", "本案未记录当事人不履行裁决"),
    "already_identified": QT_TRANSLATE_NOOP("errors", "该当事人已因同一行为被认定"),
    "listing_wrong_step": QT_TRANSLATE_NOOP("errors", "名单当前状态下不能进行此步骤"),
    "notice_not_served": QT_TRANSLATE_NOOP("errors", "告知书尚未送达当事人"),
    "statement_period_running": QT_TRANSLATE_NOOP("errors", "当事人陈述申辩期限尚未届满"),
    "period_running": QT_TRANSLATE_NOOP("errors", "列入期限尚未届满"),
    "repair_too_early": QT_TRANSLATE_NOOP("errors", "列入时间未满可申请信用修复的期限"),
    "before_notice": QT_TRANSLATE_NOOP("errors", "日期早于告知书送达日期"),
    "before_listing": QT_TRANSLATE_NOOP("errors", "日期早于列入日期"),
}

NOT_FOUND_KIND = {
    "credit_listing": QT_TRANSLATE_NOOP("errors", "失信名单记录"),
}
