"""What the field laptop's commands (ipcase/cli/sync.py, sync_actions.py) share: the package passphrase, the
records named on the command line, and the sentences of a refusal."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ipcase.errors import (
    CheckedOut,
    NotFound,
    PackageRefused,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)

PACKAGE_PASSPHRASE_ENV = "IPCASE_PACKAGE_PASSPHRASE"
VIEWER_PASSWORD_ENV = "IPCASE_VIEWER_PASSWORD"
MIN_PASSPHRASE = 10

# The command line's sentences for a refused package (the window has its own, translated, in ui/sync/errors.py).
REFUSALS = {
    "not_a_package": "不是本系统的数据包，或已损坏（{detail}）。",
    "altered": "数据包已被改动或损坏（签名或校验不符），未作任何处理。",
    "other_office": "该数据包属于其他机关（{detail}），本机关不能签入。",
    "unknown_checkout": "本机关没有该数据包对应的外出办案记录（{detail}），未作任何处理。",
    "already_applied": "该数据包已签入过（{detail}），未重复处理。",
    "wrong_passphrase": "数据包口令不正确。",
    "wrong_kind": "数据包类型不符（{detail}）。",
}
OUTCOMES = {"applied": "已应用", "adapted": "已应用（调整后）", "conflict": "转入冲突队列", "refused": "被拒绝",
            "dropped": "已放弃"}
KIND_NAMES = {"case": "案件", "intake": "收案", "mediation": "调解"}
STATES = {"out": "外出中", "ended": "已结束", "returned": "已交回"}


# ---- helpers -------------------------------------------------------------------------------------------------

def package_passphrase(*, new: bool) -> str:
    """The package's passphrase: IPCASE_PACKAGE_PASSPHRASE, else asked (twice for a new package)."""
    found = os.environ.get(PACKAGE_PASSPHRASE_ENV)
    if not found and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass("数据包口令：" if not new else f"设置数据包口令（至少{MIN_PASSPHRASE}个字符）：")
        if new and getpass.getpass("再次输入口令：") != found:
            raise ValidationFailed("passphrase", "mismatch")
    if not found:
        raise ValidationFailed("passphrase", "required")
    if new and len(found) < MIN_PASSPHRASE:
        raise ValidationFailed("passphrase", "too_short", str(MIN_PASSPHRASE))
    return found


def viewer_password() -> str:
    """The password of a 查阅人 account made on a read-only copy: IPCASE_VIEWER_PASSWORD, else asked twice (never
    an option: the process list shows options to every user of the machine)."""
    found = os.environ.get(VIEWER_PASSWORD_ENV)
    if not found and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass("查阅人账户的密码：")
        if getpass.getpass("再次输入密码：") != found:
            raise ValidationFailed("viewer_password", "mismatch")
    if not found:
        raise ValidationFailed("viewer_password", "required")
    return found


def sqlite_path(url: str) -> Path:
    from sqlalchemy.engine import make_url
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValidationFailed("to", "not_a_file", url)
    return Path(parsed.database)


def as_url(value: str) -> str:
    return value if "://" in value else f"sqlite:///{Path(value).resolve()}"


def find_user(session, username: str):
    from sqlalchemy import select

    from ipcase.db.models.admin import User
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound("user", username)
    return user


def record_ids(session, model, column, numbers: list[str], kind: str) -> tuple[int, ...]:
    from sqlalchemy import select

    from ipcase.db import office_scope
    ids = []
    with office_scope.system_work(session):
        for number in numbers:
            found = session.scalar(select(model.id).where(column == number.strip()))
            if found is None:
                raise NotFound(kind, number)
            ids.append(found)
    return tuple(ids)


def selected_records(session, args) -> dict:
    from ipcase.db.models.cases import Case
    from ipcase.db.models.intake import IntakeItem
    from ipcase.db.models.mediation import MediationCase
    return {"cases": record_ids(session, Case, Case.case_number, args.case, "case"),
            "intake": record_ids(session, IntakeItem, IntakeItem.number, args.intake, "intake"),
            "mediation": record_ids(session, MediationCase, MediationCase.case_number, args.mediation, "mediation")}


def numbers(pairs: list[str]) -> dict[str, int]:
    out = {}
    for pair in pairs:
        kind, _, count = pair.partition("=")
        if not kind.strip() or not count.strip().isdigit():
            raise ValidationFailed("numbers", "format", pair)
        out[kind.strip()] = int(count)
    return out


VIEWER_PROBLEMS = {
    ("viewer_password", "required"): f"需要查阅人账户的密码：请在终端输入，或用环境变量 {VIEWER_PASSWORD_ENV} 提供。",
    ("viewer_password", "mismatch"): "两次输入的密码不一致，未建立查阅人账户。",
    ("username", "required"): "查阅人账户需要用户名（--viewer）。",
    ("username", "taken"): "该用户名在副本中已有账户，请换一个。",
    ("full_name", "required"): "查阅人账户需要姓名（--viewer-name）。",
    ("database", "not_read_only"): "该数据库不是移送或会议案件包打开的只读副本：其账户由管理员管理。",
}

# `sync void-numbers` refused (ipcase.services.sync.numbers)
NUMBER_REFUSALS = {
    "not_ended": "该外出办案尚未结束（或已全部签入）：只有结束外出办案后，才能作废其未用的预留文号。",
    "nothing_reserved": "该外出办案没有尚未使用的预留文号，无需作废。",
    "changed": "外出办案记录已被他人改动，请重新查看后再操作。",
}

PASSPHRASE_PROBLEMS = {
    "required": f"需要数据包口令：请在终端输入，或用环境变量 {PACKAGE_PASSPHRASE_ENV} 提供。",
    "mismatch": "两次输入的口令不一致，未作改动。",
    "too_short": f"口令太短：至少 {MIN_PASSPHRASE} 个字符，未作改动。",
}


def say_refusal(exc: Exception) -> int:
    if isinstance(exc, ValidationFailed) and exc.field == "passphrase":
        print(PASSPHRASE_PROBLEMS.get(exc.reason, exc.reason), file=sys.stderr)
    elif isinstance(exc, PackageRefused):
        print(REFUSALS.get(exc.code, "{detail}").format(detail=exc.detail), file=sys.stderr)
    elif isinstance(exc, ValidationErrors):
        for e in exc.errors:
            _say_invalid(e)
    elif isinstance(exc, ValidationFailed):
        _say_invalid(exc)
    elif isinstance(exc, CheckedOut):
        since = f"{exc.since:%Y-%m-%d}" if hasattr(exc.since, "strftime") else str(exc.since)
        print(f"{KIND_NAMES.get(exc.kind, exc.kind)} {exc.number} 已由 {exc.user} 检出到 {exc.laptop}（自 {since}），"
              "未作改动。", file=sys.stderr)
    elif isinstance(exc, TransitionRefused) and exc.code in NUMBER_REFUSALS:
        print(NUMBER_REFUSALS[exc.code], file=sys.stderr)
    elif isinstance(exc, PermissionDenied) and exc.action == "void_numbers":
        print("只有处(科)室负责人或部门负责人可以作废预留文号。", file=sys.stderr)
    elif isinstance(exc, FileExistsError):
        print(f"目标数据库已存在，未覆盖：{exc}", file=sys.stderr)
    else:
        print(f"未执行：{exc}", file=sys.stderr)
    return 2


def _say_invalid(e: ValidationFailed) -> None:
    known = VIEWER_PROBLEMS.get((e.field, e.reason))
    if known is None and e.field == "password":
        known = f"密码不符合本机关的密码规则（{e.reason} {e.detail}），未建立查阅人账户。"
    print(known or f"未执行：{e.field} {e.reason} {e.detail}", file=sys.stderr)


# What a command says in a sentence and exits 2 for; FileExistsError: a package never overwrites a database.
REFUSED = (PackageRefused, CheckedOut, ValidationFailed, ValidationErrors, PermissionDenied, NotFound,
           TransitionRefused, FileExistsError)
