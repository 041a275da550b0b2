"""Error texts of recusal (回避)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "recusal_not_on_panel": QT_TRANSLATE_NOOP("errors", "该人员不是本案合议组中相应身份的成员"),
    "recusal_learned_after": QT_TRANSLATE_NOOP("errors", "不能晚于申请收到日期"),
    "recusal_pending": QT_TRANSLATE_NOOP("errors", "对%1的回避申请尚待决定，不能重复申请"),
    "recusal_late": QT_TRANSLATE_NOOP(
        "errors", "已超过申请回避的期限（知道名单之日起三个工作日，至 %1 届满；决定口审的，最迟在口审开始时提出；"
                  "口审开始后才知道的事由，须在口审终结前提出）"),
    "recusal_same_person": QT_TRANSLATE_NOOP("errors", "不能由被申请回避的人员本人接替"),
}

NOT_FOUND_KIND = {
    "recusal": QT_TRANSLATE_NOOP("errors", "回避申请"),
}
