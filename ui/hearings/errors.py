"""Error texts of oral hearings (口审) and the hearing record (口头审理笔录)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "not_adjourned": QT_TRANSLATE_NOOP("errors", "只能续行本案已休庭的口审"),
}

REFUSAL = {
    "hearing_already_scheduled": QT_TRANSLATE_NOOP("errors", "本案已有排定的口审，请使用“变更口审安排”"),
    "hearing_not_scheduled": QT_TRANSLATE_NOOP("errors", "该次口审已经结束，不能再变更"),
    "record_closed": QT_TRANSLATE_NOOP("errors", "口审笔录已结束，不能再修改"),
    "requester_absent": QT_TRANSLATE_NOOP(
        "errors", "请求人方无人到庭：请确认是否按撤回请求处理，或以休庭结束本次口审"),
    "requester_present": QT_TRANSLATE_NOOP("errors", "请求人方已有人到庭，不能按撤回处理"),
}

NOT_FOUND_KIND = {
    "hearing": QT_TRANSLATE_NOOP("errors", "口审"),
    "hearing_room": QT_TRANSLATE_NOOP("errors", "口审庭"),
    "postponement": QT_TRANSLATE_NOOP("errors", "延期申请"),
    "hearing_record": QT_TRANSLATE_NOOP("errors", "口审笔录"),
}
