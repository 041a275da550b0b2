"""Error texts of the intake register (收案登记)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "intake_anonymous_kind": QT_TRANSLATE_NOOP("errors", "只有投诉举报和咨询可以匿名"),
    "intake_contact_required": QT_TRANSLATE_NOOP("errors", "实名举报须留下电话或地址，以便告知处理结果"),
    "intake_before": QT_TRANSLATE_NOOP("errors", "不能早于 %1"),
    "intake_not_after": QT_TRANSLATE_NOOP("errors", "须晚于告知日期（%1）"),
    "intake_converted": QT_TRANSLATE_NOOP("errors", "已转为处理请求，事项类型不能再改"),
}

REFUSAL = {
    "intake_decided": QT_TRANSLATE_NOOP("errors", "该事项已处理完毕"),
    "intake_wrong_kind": QT_TRANSLATE_NOOP("errors", "此类事项不能这样处理"),
    "intake_correction_once": QT_TRANSLATE_NOOP("errors", "补正只能一次性告知，已经告知过"),
    "intake_awaiting_correction": QT_TRANSLATE_NOOP("errors", "正在等待补正材料：收到补正材料前只能不予受理或办结"),
    "intake_needs_request": QT_TRANSLATE_NOOP(
        "errors", "投诉须先转为正式的处理请求（收到请求书）才能登记为裁决案件"),
    "intake_not_in_correction": QT_TRANSLATE_NOOP("errors", "该事项没有在等待补正"),
    "intake_nobody_to_notify": QT_TRANSLATE_NOOP("errors", "没有需要告知的实名举报人，或尚未作出处理决定"),
    "intake_already_notified": QT_TRANSLATE_NOOP("errors", "已经告知过举报人"),
}

NOT_FOUND_KIND = {
    "intake_item": QT_TRANSLATE_NOOP("errors", "收案登记事项"),
}
