"""Error texts of the field laptop (ipcase.sync, ipcase.services.sync): a record refused at the office because it
is checked out, a package file refused, and why an operation of a check-in went to the conflict queue."""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.documents.types import BY_KEY
from ipcase.errors import CheckedOut, NumbersUsedUp, PackageRefused, ReadOnlyCopy, ValidationFailed
from ui.common import texts
from ui.common.i18n import tr_ctx
from ui.sync.labels import RECORD_KIND, label

REASON = {
    # why the office did not apply an operation of the laptop (ipcase.sync.checkin: conflict queue, report)
    "changed_at_office": QT_TRANSLATE_NOOP("errors", "单位数据库中的记录在检出后已被他人修改"),
    "checkout_ended": QT_TRANSLATE_NOOP("errors", "外出办案已被结束，笔记本此后的操作须经单位处理"),
    "not_checked_out": QT_TRANSLATE_NOOP("errors", "该记录不在本次外出办案之中（或已签入）"),
    "earlier_conflict": QT_TRANSLATE_NOOP("errors", "同一记录此前的操作尚在冲突队列中"),
    "depends_on_conflict": QT_TRANSLATE_NOOP("errors", "此操作依赖的另一操作尚在冲突队列中"),
    "checked_out_elsewhere": QT_TRANSLATE_NOOP("errors", "该记录已检出到另一台笔记本"),
    "account_revoked": QT_TRANSLATE_NOOP("errors", "操作人的账户已停用或更改"),
    "permission": QT_TRANSLATE_NOOP("errors", "操作人无权进行此操作"),
    "transition": QT_TRANSLATE_NOOP("errors", "案件当前状态不允许此操作"),
    "validation": QT_TRANSLATE_NOOP("errors", "填写的内容不符合规则"),
    "hearing_conflicts": QT_TRANSLATE_NOOP("errors", "口审安排与单位的日程冲突"),
    # 检出 (ipcase.services.sync.checkouts) and the package passphrase
    "not_yours": QT_TRANSLATE_NOOP("errors", "不是该办案人员承办的记录（%1），只有部门负责人可以检出他人的记录"),
    "finished": QT_TRANSLATE_NOOP("errors", "已办结，不能检出（%1）"),
    "past": QT_TRANSLATE_NOOP("errors", "不能早于今天"),
    "mismatch": QT_TRANSLATE_NOOP("errors", "两次输入不一致"),
    "not_a_file": QT_TRANSLATE_NOOP("errors", "须是本机上的数据库文件（%1）"),
}

REFUSAL = {
    "already_decided": QT_TRANSLATE_NOOP("errors", "该冲突已由他人处理"),
    "not_out": QT_TRANSLATE_NOOP("errors", "外出办案已经结束或已全部签入"),
    "changed": QT_TRANSLATE_NOOP("errors", "已被他人改动，请刷新后再处理"),
    "not_ended": QT_TRANSLATE_NOOP("errors", "只有已结束的外出办案才能作废其预留文号"),
    "nothing_reserved": QT_TRANSLATE_NOOP("errors", "没有尚未签回的预留文号"),
}

NOT_FOUND_KIND = {
    "checkout": QT_TRANSLATE_NOOP("errors", "外出办案记录"),
    "sync_conflict": QT_TRANSLATE_NOOP("errors", "冲突记录"),
}

# PackageRefused.code → sentence; %1 the file
PACKAGE = {
    "not_a_package": QT_TRANSLATE_NOOP("errors", "“%1”不是本系统的数据包（或已损坏、版本更新）。"),
    "altered": QT_TRANSLATE_NOOP("errors", "“%1”的签名或校验不符：文件在传递中被改动或损坏，未作任何处理。"),
    "other_office": QT_TRANSLATE_NOOP("errors", "“%1”是为其他单位（%2）制作的，本单位不能签入。"),
    "unknown_checkout": QT_TRANSLATE_NOOP("errors", "“%1”所属的外出办案在本单位数据库中不存在。"),
    "already_applied": QT_TRANSLATE_NOOP("errors", "“%1”此前已经签入（%2），不会重复处理。"),
    "wrong_passphrase": QT_TRANSLATE_NOOP("errors", "口令不正确，无法打开“%1”。"),
    "wrong_kind": QT_TRANSLATE_NOOP("errors", "“%1”不是此处可用的数据包类型。"),
}


def checked_out_text(exc: CheckedOut) -> str:
    since = f"{exc.since:%Y-%m-%d}" if hasattr(exc.since, "strftime") else str(exc.since or "")
    text = tr_ctx("errors", "%1 %2 正在外出办案（%3，笔记本“%4”，自 %5 起）：在签入之前，单位只能登记邮寄送达回证和"
                            "当事人提交的材料，其他修改请在笔记本上进行，或由部门负责人结束外出办案。")
    return (text.replace("%1", label(RECORD_KIND, exc.kind)).replace("%2", exc.number or "")
            .replace("%3", exc.user).replace("%4", exc.laptop).replace("%5", since))


def package_text(exc: PackageRefused) -> str:
    template = PACKAGE.get(exc.code)
    if template is None:
        return tr_ctx("errors", "数据包“%1”未被接受：%2").replace("%1", exc.path).replace("%2", exc.detail or exc.code)
    second = getattr(exc, "office_name", "") or ""
    applied = getattr(exc, "applied_at", None)
    if applied is not None:
        second = f"{applied:%Y-%m-%d %H:%M}" if hasattr(applied, "strftime") else str(applied)
    return tr_ctx("errors", template).replace("%1", exc.path or "").replace("%2", second)


def numbers_used_up_text(exc: NumbersUsedUp) -> str:
    kind = exc.kind.removeprefix("doc:")
    title = BY_KEY[kind].title if kind in BY_KEY else kind
    return tr_ctx("errors", "为本笔记本预留的%1文号（%2 年）已用完：请签入后在单位出具，或重新检出时多预留一些。") \
        .replace("%1", title).replace("%2", str(exc.year))


def read_only_text(exc: ReadOnlyCopy) -> str:
    if exc.kind == "meeting":
        return tr_ctx("errors", "这是会议案件包打开的只读副本，只能查阅，不能修改。")
    return tr_ctx("errors", "这是移送案件包打开的只读副本，只能查阅，不能修改。")


BY_CLASS = {CheckedOut: checked_out_text, PackageRefused: package_text, NumbersUsedUp: numbers_used_up_text,
            ReadOnlyCopy: read_only_text}


# Check-in codes whose general meaning elsewhere is another (a file not found, a file unreadable): said here.
CHECKIN_REASON = {
    "not_found": QT_TRANSLATE_NOOP("errors", "单位数据库中找不到此操作涉及的记录（可能已被删除）"),
    "unreadable": QT_TRANSLATE_NOOP("errors", "单位无法读取此操作的内容（笔记本上的程序版本不同）"),
}


def reason_line(code: str, detail: str = "") -> str:
    """Why the office did not apply a laptop operation, from the check-in's (code, detail) data: the field and
    the rule of a validation, the action and the refusal of a transition, else the code's sentence."""
    errors = texts.current().errors
    if code == "validation" and detail:
        lines = []
        for part in detail.split(";"):
            field, _, reason = part.partition(":")
            lines.append(f"{errors.field_label(field)}：{errors.reason_text(ValidationFailed(field, reason))}")
        return "；".join(lines)
    if code == "transition" and detail:
        event, _, rest = detail.partition(":")
        _state, _, refusal = rest.partition(":")
        return tr_ctx("errors", "不能执行“%1”：").replace("%1", errors.action(event)) + errors.refusal_text(refusal)
    if code in CHECKIN_REASON:
        return tr_ctx("errors", CHECKIN_REASON[code])
    if code == "changed_at_office":
        return tr_ctx("errors", REASON["changed_at_office"])   # the versions are data for the decision dialog
    if code in ("permission", "not_found") or code in REASON:
        text = REASON.get(code)
        return tr_ctx("errors", text) if text else errors.reason_text(ValidationFailed("", code, detail))
    return errors.reason_text(ValidationFailed("", code, detail))


def outbox_message(message: str) -> str:
    """The laptop's outbox `message`: the check-in's JSON {code, detail, conflict_id} in words."""
    if not message:
        return ""
    try:
        data = json.loads(message)
    except ValueError:
        return message
    if not isinstance(data, dict):
        return message
    text = reason_line(str(data.get("code", "")), str(data.get("detail", "") or ""))
    if data.get("conflict_id"):
        text += tr_ctx("errors", "（已进入单位的冲突队列，第 %1 号）").replace("%1", str(data["conflict_id"]))
    return text
