"""Core exceptions → translated Chinese messages: the machinery, and the reason codes every feature uses.

Each feature keeps its own codes in ui/<feature>/errors.py; ui/catalogue.py composes them into one ErrorTexts,
which the composition root installs (ui/common/texts.py). `message(exc)` is the sentence for a message box or a
summary; `field_messages(exc)` gives one message per field key so a form can put it next to the widget
(ValidationFailed / ValidationErrors).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.errors import (
    AccountLocked,
    AccountRevoked,
    AuthenticationFailed,
    ConcurrentModification,
    DatabaseBusy,
    HearingConflicts,
    IpcaseError,
    NotFound,
    OfficeRefused,
    PermissionDenied,
    StorageFailed,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ui.common import labels, storage_texts, texts
from ui.common.i18n import tr, tr_ctx
from ui.common.labels import FieldScope

CTX = "errors"

# ValidationFailed.reason → sentence; %1 is the detail (e.g. the expected check character).
REASON = {
    "required": QT_TRANSLATE_NOOP("errors", "必须填写"),
    "format": QT_TRANSLATE_NOOP("errors", "格式不正确"),
    "future": QT_TRANSLATE_NOOP("errors", "不能晚于今天"),
    "choice": QT_TRANSLATE_NOOP("errors", "不是可选的值"),
    "range": QT_TRANSLATE_NOOP("errors", "超出允许的范围"),
    "number": QT_TRANSLATE_NOOP("errors", "必须是数字"),
    # identifiers (ipcase/domain/identifiers.py)
    "check_digit": QT_TRANSLATE_NOOP("errors", "校验位不正确（按前面的数字，校验位应为 %1）"),
    "year": QT_TRANSLATE_NOOP("errors", "年份不正确（%1）"),
    "type": QT_TRANSLATE_NOOP("errors", "专利类型代码不正确（%1，应为 1、2、3、8 或 9）"),
    "birth_date": QT_TRANSLATE_NOOP("errors", "出生日期不正确（%1）"),
    "date": QT_TRANSLATE_NOOP("errors", "日期不正确（%1）"),
    "duplicate": QT_TRANSLATE_NOOP("errors", "已存在（%1）"),
    "too_long": QT_TRANSLATE_NOOP("errors", "内容过长（最多 %1 个字）"),
    # text that cannot be stored or printed (ipcase.domain.text)
    "control_char": QT_TRANSLATE_NOOP("errors", "含有不可见的控制字符（%1），请删除后再保存"),
    "line_break": QT_TRANSLATE_NOOP("errors", "只能填写一行，请删除换行"),
    "too_many": QT_TRANSLATE_NOOP("errors", "数量过多（%1）"),
    "citizen_agent_address": QT_TRANSLATE_NOOP("errors", "公民代理人须填写住址（律师、专利代理师请填写所在律师事务所或代理机构）"),
    "not_found": QT_TRANSLATE_NOOP("errors", "未找到，可能已被删除"),
    "before_start": QT_TRANSLATE_NOOP("errors", "不能早于开始日期（%1）"),
    # files
    "unreadable": QT_TRANSLATE_NOOP("errors", "文件无法读取（%1）"),
    "file_missing": QT_TRANSLATE_NOOP("errors", "找不到文件“%1”：它可能已被移动、改名或删除，请重新选择"),
    "file_type": QT_TRANSLATE_NOOP("errors", "文件类型不支持（可用 %1）"),
    "too_large": QT_TRANSLATE_NOOP("errors", "文件过大（不超过 %1）"),
}

NOT_FOUND_KIND = {
    "case": QT_TRANSLATE_NOOP("errors", "案件"),
    "user": QT_TRANSLATE_NOOP("errors", "用户"),
    "party": QT_TRANSLATE_NOOP("errors", "当事人"),
    "attachment": QT_TRANSLATE_NOOP("errors", "附件"),
}


def _fill(template: str, detail: str) -> str:
    text = tr_ctx(CTX, template)
    if "%1" in text:
        if not detail:  # a bracketed detail with nothing to show goes (e.g. "内容过长" for a file without its limit)
            text = re.sub(r"（[^（）]*%1[^（）]*）", "", text)
        return text.replace("%1", detail or "?")
    return text


@dataclass(frozen=True)
class ErrorTexts:
    """Everything a message needs to know about the features: their reason, refusal and not-found codes, their
    field names, their gestures, and how a hearing plan's rule finding reads."""
    reasons: Mapping[str, str]
    refusals: Mapping[str, str]
    panel_problems: Mapping[str, str]
    not_found: Mapping[str, str]
    fields: FieldScope
    doc_field: Callable[[str], str]
    doc_fields: Mapping[str, str]
    actions: Mapping[str, str]
    # (code, severity, detail) of one finding of HearingConflicts → one line
    finding_line: Callable[[str, str, dict], str]
    # A feature's own exception classes → their sentence (the field laptop's CheckedOut, PackageRefused …);
    # asked first, along the exception's class hierarchy.
    by_class: Mapping[type, Callable[[BaseException], str]] = field(default_factory=dict)

    def field_label(self, key: str) -> str:
        """'requesters[0].name' → '请求人1 名称/姓名'."""
        if self.fields.knows(key):
            return self.fields.field(key)
        if key.startswith(("fields.", "pattern.")) or key in self.doc_fields:
            return self.doc_field(key)
        if key.startswith("line "):
            return tr("第 %1 行").replace("%1", key.removeprefix("line "))
        parts = []
        for piece in key.replace("]", "").split("."):
            name, _, index = piece.partition("[")
            label = self.fields.field(name)
            parts.append(f"{label}{int(index) + 1}" if index.isdigit() else label)
        return " ".join(parts)

    def reason_text(self, exc: ValidationFailed) -> str:
        template = (self.reasons.get(exc.reason) or self.refusals.get(exc.reason)
                    or self.panel_problems.get(exc.reason))
        if template:
            return _fill(template, exc.detail)
        return f"{exc.reason}{'（' + exc.detail + '）' if exc.detail else ''}"

    def refusal_text(self, code: str, detail: str = "") -> str:
        template = self.refusals.get(code) or self.panel_problems.get(code)
        if template and "%1" in template:   # the sentence places the value itself
            return _fill(template, detail)
        text = tr_ctx(CTX, template) if template else code
        return f"{text}（{detail}）" if detail else text

    def panel_problem_text(self, code: str) -> str:
        template = self.panel_problems.get(code)
        return tr_ctx(CTX, template) if template else code

    def action(self, value: str) -> str:
        return labels.lookup(self.actions, value)

    def field_messages(self, exc: BaseException) -> dict[str, str]:
        """Field key → message next to the field (no field label: the widget's label is right there)."""
        if isinstance(exc, ValidationErrors):
            out: dict[str, str] = {}
            for e in exc.errors:
                out.setdefault(e.field, self.reason_text(e))
            return out
        if isinstance(exc, ValidationFailed):
            return {exc.field: self.reason_text(exc)}
        return {}

    def message(self, exc: BaseException) -> str:
        """One translated sentence (or several lines) for any exception."""
        for cls in type(exc).__mro__:
            if cls in self.by_class:
                return self.by_class[cls](exc)
        if isinstance(exc, ValidationErrors):
            lines = [f"{self.field_label(e.field)}：{self.reason_text(e)}" for e in exc.errors]
            return tr("请更正以下内容：") + "\n" + "\n".join(lines)
        if isinstance(exc, ValidationFailed):
            return f"{self.field_label(exc.field)}：{self.reason_text(exc)}"
        if isinstance(exc, TransitionRefused):
            return tr("不能执行“%1”：").replace("%1", self.action(exc.event)) + self.refusal_text(exc.code, exc.detail)
        if isinstance(exc, OfficeRefused):
            what = self.action(exc.action) if exc.action in self.actions else exc.action
            if exc.reason == "national":
                return tr("“%1”：节假日全国统一，只能由最上级机关的管理员维护。").replace("%1", what)
            if exc.reason == "read_only":
                return tr("“%1”：该记录属于下级机关，上级机关只能查阅，不能修改。").replace("%1", what)
            return tr("“%1”：该记录不属于本机关，不能修改。").replace("%1", what)
        if isinstance(exc, AccountRevoked):
            return tr("您的账户已被停用或更改，请重新登录。")
        if isinstance(exc, PermissionDenied):
            who = labels.role(exc.role) if exc.role else tr("当前用户")
            what = self.action(exc.action) if exc.action in self.actions else exc.action
            return tr("%1无权进行“%2”。").replace("%1", who).replace("%2", what)
        if isinstance(exc, HearingConflicts):
            return tr("口审安排不符合以下规则：") + "\n" + "\n".join(
                self.finding_line(code, severity, detail) for code, severity, detail in exc.findings)
        if isinstance(exc, ConcurrentModification):
            text = tr("此案件已被他人修改，已重新载入最新内容。") if exc.kind == "case" else \
                tr("此记录已被他人修改，已重新载入最新内容。")
            if exc.changes:
                text += "\n" + tr("对方所作的修改：") + "\n" + "\n".join(f"· {c}" for c in exc.changes)
            return text + "\n" + tr("您填写的内容仍保留在窗口中，请核对后再提交。")
        if isinstance(exc, NotFound):
            kind = self.not_found.get(exc.kind)
            return tr("未找到%1（%2），可能已被删除。").replace("%1", tr_ctx(CTX, kind) if kind else exc.kind) \
                .replace("%2", str(exc.key))
        if isinstance(exc, AccountLocked):
            return tr("密码连续输错次数过多，账户已锁定至 %1。\n届时可再试；如需提前解锁，请联系本局系统管理员。") \
                .replace("%1", f"{exc.until:%Y-%m-%d %H:%M}")
        if isinstance(exc, AuthenticationFailed):
            return tr("用户名或密码不正确，或账户已停用。")
        if isinstance(exc, StorageFailed):
            return storage_texts.during_work(exc)
        if isinstance(exc, DatabaseBusy):
            return tr("数据库正忙（其他用户正在保存），本次操作未保存，请稍后重试。")
        if isinstance(exc, IpcaseError):
            return tr("操作失败：%1").replace("%1", str(exc))
        return tr("发生意外错误：%1").replace("%1", f"{type(exc).__name__}: {exc}")


def common_error_texts() -> ErrorTexts:
    """The texts before any feature's are installed: only the codes every feature shares."""
    return ErrorTexts(reasons=REASON, refusals={}, panel_problems={}, not_found=NOT_FOUND_KIND, fields=labels.COMMON,
                      doc_field=labels.COMMON.field, doc_fields={}, actions={},
                      finding_line=lambda code, severity, detail: f"· [{severity}] {code}")


# The installed texts (every feature's, from ui/catalogue.py), for the common kit, the shell and every screen.

def message(exc: BaseException) -> str:
    return texts.current().errors.message(exc)


def field_messages(exc: BaseException) -> dict[str, str]:
    return texts.current().errors.field_messages(exc)


def field_label(key: str) -> str:
    return texts.current().errors.field_label(key)


def reason_text(exc: ValidationFailed) -> str:
    return texts.current().errors.reason_text(exc)


def refusal_text(code: str, detail: str = "") -> str:
    return texts.current().errors.refusal_text(code, detail)


def panel_problem_text(code: str) -> str:
    return texts.current().errors.panel_problem_text(code)


def is_expected(exc: BaseException) -> bool:
    """Errors the core raises on purpose get a plain message; anything else is a bug (logged, details)."""
    return isinstance(exc, IpcaseError)
