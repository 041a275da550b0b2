"""Words of the field laptop (外出办案, issue 14): record kinds, check-out and outbox states, check-in outcomes, the
decisions of the conflict queue."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.sync.laptop import is_provisional
from ui.common.i18n import tr_ctx

RECORD_KIND = {
    "case": QT_TRANSLATE_NOOP("labels", "案件"),
    "intake": QT_TRANSLATE_NOOP("labels", "收案"),
    "mediation": QT_TRANSLATE_NOOP("labels", "调解案件"),
}

CHECKOUT_STATE = {
    "out": QT_TRANSLATE_NOOP("labels", "外出中"),
    "ended": QT_TRANSLATE_NOOP("labels", "已结束外出"),
    "returned": QT_TRANSLATE_NOOP("labels", "已全部签入"),
}

# The laptop's outbox and what a check-in did with each operation
OUTBOX_STATE = {
    "pending": QT_TRANSLATE_NOOP("labels", "待发送"),
    "applied": QT_TRANSLATE_NOOP("labels", "已签入"),
    "adapted": QT_TRANSLATE_NOOP("labels", "修改后签入"),
    "refused": QT_TRANSLATE_NOOP("labels", "被拒绝"),
    "conflict": QT_TRANSLATE_NOOP("labels", "待单位处理（冲突）"),
    "dropped": QT_TRANSLATE_NOOP("labels", "已舍弃"),
    "skipped": QT_TRANSLATE_NOOP("labels", "此前已签入"),
}

CONFLICT_STATE = {
    "open": QT_TRANSLATE_NOOP("labels", "待处理"),
    "applied": QT_TRANSLATE_NOOP("labels", "已照原样执行"),
    "adapted": QT_TRANSLATE_NOOP("labels", "已修改后执行"),
    "dropped": QT_TRANSLATE_NOOP("labels", "已舍弃"),
}

DECISION = {
    "apply": QT_TRANSLATE_NOOP("labels", "照原样执行"),
    "adapt": QT_TRANSLATE_NOOP("labels", "修改后执行"),
    "drop": QT_TRANSLATE_NOOP("labels", "舍弃"),
}

ACTION = {
    "check_out": QT_TRANSLATE_NOOP("labels", "检出到笔记本"),
    "check_in": QT_TRANSLATE_NOOP("labels", "签入"),
    "decide_conflict": QT_TRANSLATE_NOOP("labels", "处理冲突"),
    "end_checkout": QT_TRANSLATE_NOOP("labels", "结束外出办案"),
    "update_sync_settings": QT_TRANSLATE_NOOP("labels", "外出办案提醒设置"),
}

FIELD = {
    "laptop_name": QT_TRANSLATE_NOOP("labels", "笔记本名称"),
    "until": QT_TRANSLATE_NOOP("labels", "预计返回日期"),
    "passphrase": QT_TRANSLATE_NOOP("labels", "口令"),
    "package_file": QT_TRANSLATE_NOOP("labels", "签入包文件"),
    "records": QT_TRANSLATE_NOOP("labels", "外出办案记录"),
    "cases": QT_TRANSLATE_NOOP("labels", "检出的案件"),
    "numbers": QT_TRANSLATE_NOOP("labels", "预留文号"),
    "path": QT_TRANSLATE_NOOP("labels", "检出包文件"),
    "passphrase_again": QT_TRANSLATE_NOOP("labels", "再次输入口令"),
    "password_again": QT_TRANSLATE_NOOP("labels", "再次输入密码"),
    "warn_days": QT_TRANSLATE_NOOP("labels", "未签入提醒天数"),
}

# A provisional number (收案编号/案号/调解案号 given on a laptop until check-in): ipcase.sync.laptop.is_provisional
PROVISIONAL_HINT = QT_TRANSLATE_NOOP("labels", "临时编号：在笔记本上登记，签入单位数据库后取得正式编号")


def label(table: dict, key: str) -> str:
    text = table.get(key)
    return tr_ctx("labels", text) if text else key


def command_label(name: str) -> str:
    """A command's Chinese name: the first half of its registry summary ("新建用户 / create a user account")."""
    from ipcase import commands
    try:
        return commands.spec(name).summary.split(" / ")[0]
    except commands.UnknownCommand:
        return name


def number_text(number: str | None) -> str:
    """A record number as lists show it: a provisional one marked as such, a missing one (before 立案) said."""
    if not number:
        return tr_ctx("labels", "（未编号）")
    return number + tr_ctx("labels", "（临时）") if is_provisional(number) and "临时" not in number else number


def document_title(kind: str) -> str:
    """A numbering counter ("doc:preservation_decision") or document type as its document's title."""
    from ipcase.domain.documents.types import BY_KEY
    key = kind.removeprefix("doc:")
    return BY_KEY[key].title if key in BY_KEY else key
