"""Core exceptions → translated Chinese messages.

`message(exc)` is the sentence for a message box or a summary; `field_messages(exc)` gives one message per
field key so a form can put it next to the widget (ValidationFailed / ValidationErrors).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.errors import (
    AuthenticationFailed,
    ConcurrentModification,
    DatabaseBusy,
    IpcaseError,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ui import labels
from ui.i18n import tr, tr_ctx

CTX = "errors"




# ValidationFailed.reason → sentence; %1 is the detail (e.g. the expected check character).
REASON = {
    "required": QT_TRANSLATE_NOOP("errors", "必须填写"),
    "format": QT_TRANSLATE_NOOP("errors", "格式不正确"),
    "future": QT_TRANSLATE_NOOP("errors", "不能晚于今天"),
    "choice": QT_TRANSLATE_NOOP("errors", "不是可选的值"),
    "range": QT_TRANSLATE_NOOP("errors", "超出允许的范围"),
    "number": QT_TRANSLATE_NOOP("errors", "必须是数字"),
    "check_digit": QT_TRANSLATE_NOOP("errors", "校验位不正确（按前面的数字，校验位应为 %1）"),
    "year": QT_TRANSLATE_NOOP("errors", "年份不正确（%1）"),
    "type": QT_TRANSLATE_NOOP("errors", "专利类型代码不正确（%1，应为 1、2、3、8 或 9）"),
    "birth_date": QT_TRANSLATE_NOOP("errors", "出生日期不正确（%1）"),
    "date": QT_TRANSLATE_NOOP("errors", "日期不正确（%1）"),
    "kind": QT_TRANSLATE_NOOP("errors", "类型不正确（%1），应为 假/休/holiday 或 班/调休/workday"),
    "wrong_year": QT_TRANSLATE_NOOP("errors", "日期不属于该年份（%1）"),
    "both_holiday_and_workday": QT_TRANSLATE_NOOP("errors", "同一天既是假日又是调休上班日（%1）"),
    "extensions_exhausted": QT_TRANSLATE_NOOP("errors", "结案期限已延长两次，不能再延长"),
    "duplicate": QT_TRANSLATE_NOOP("errors", "已存在（%1）"),
    "too_long": QT_TRANSLATE_NOOP("errors", "内容过长"),
    "too_many": QT_TRANSLATE_NOOP("errors", "数量过多（%1）"),
    "weak": QT_TRANSLATE_NOOP("errors", "密码太简单"),
    "too_short": QT_TRANSLATE_NOOP("errors", "太短（至少 %1 个字符）"),
    "taken": QT_TRANSLATE_NOOP("errors", "已被使用"),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("errors", "不能停用自己的账户"),
    "not_found": QT_TRANSLATE_NOOP("errors", "未找到，可能已被删除"),
    "not_pending": QT_TRANSLATE_NOOP("errors", "该审批事项已处理（%1）"),
    "type_mismatch": QT_TRANSLATE_NOOP("errors", "与专利号中的类型代码不符"),
    "before_filing": QT_TRANSLATE_NOOP("errors", "不能早于申请日"),
    "after_received": QT_TRANSLATE_NOOP("errors", "不能晚于收到请求书的日期"),
    "before_registered": QT_TRANSLATE_NOOP("errors", "不能早于立案日期（%1）"),
    "before_start": QT_TRANSLATE_NOOP("errors", "不能早于开始日期（%1）"),
    "missing_sequence": QT_TRANSLATE_NOOP("errors", "须包含序号占位符 %1"),
    "missing_year": QT_TRANSLATE_NOOP("errors", "须包含年份占位符 %1（否则每年序号会重复）"),
    "empty": QT_TRANSLATE_NOOP("errors", "没有可导入的日期"),
    "no_folder": QT_TRANSLATE_NOOP("errors", "文件夹不存在（%1）"),
    "no_electronic_consent": QT_TRANSLATE_NOOP("errors", "受送达人未书面同意电子送达，不能电子送达"),
    "electronic_not_allowed": QT_TRANSLATE_NOOP("errors", "裁决书、调解协议书不得电子送达"),
    "left_not_allowed": QT_TRANSLATE_NOOP("errors", "调解协议书不得留置送达"),
    "not_served": QT_TRANSLATE_NOOP("errors", "内部文书无需送达"),
    "before_issued": QT_TRANSLATE_NOOP("errors", "不能早于文书签发日期（%1）"),
    "unreadable": QT_TRANSLATE_NOOP("errors", "文件无法读取（%1）"),
    "file_type": QT_TRANSLATE_NOOP("errors", "文件类型不支持（可用 %1）"),
    "archived": QT_TRANSLATE_NOOP("errors", "案件已归档，只能查阅，不能再签发文书或登记送达"),
    "already_corrected": QT_TRANSLATE_NOOP("errors", "%1 已经更正过；如需再次更正，请更正最新的文书"),
}

# TransitionRefused.code (guards of ipcase/domain/workflow.py) → sentence.
REFUSAL = {
    "wrong_state": QT_TRANSLATE_NOOP("errors", "案件当前状态下不能进行此操作"),
    "suspended": QT_TRANSLATE_NOOP("errors", "案件已中止处理，恢复处理前不能进行此操作"),
    "not_suspended": QT_TRANSLATE_NOOP("errors", "案件未中止，无需恢复"),
    "approval_pending": QT_TRANSLATE_NOOP("errors", "此事项已提交审批，尚待部门负责人决定"),
    "panel_invalid": QT_TRANSLATE_NOOP("errors", "合议组尚未依法组成（见“合议组”页）"),
    "answer_period_not_started": QT_TRANSLATE_NOOP("errors", "尚未向全部被请求人送达请求书副本，答辩期未开始"),
    "answer_period_running": QT_TRANSLATE_NOOP("errors", "答辩期尚未届满"),
    "already_extended": QT_TRANSLATE_NOOP("errors", "立案审查期限已延长过一次"),
    "extensions_exhausted": QT_TRANSLATE_NOOP("errors", "结案期限已延长两次，不能再延长"),
    "use_suspend": QT_TRANSLATE_NOOP("errors", "中止请使用“中止处理”"),
    "pause_already_open": QT_TRANSLATE_NOOP("errors", "该类不计入期间已经开始，尚未结束"),
    "no_open_pause": QT_TRANSLATE_NOOP("errors", "没有正在进行的不计入期间"),
    "pause_not_open": QT_TRANSLATE_NOOP("errors", "该类不计入期间没有开始"),
    "reply_not_given": QT_TRANSLATE_NOOP("errors", "书面审理作出不利裁决前，须告知被请求人事实、理由和证据并给予陈述期间"),
    "registered_before_received": QT_TRANSLATE_NOOP("errors", "立案日期不能早于收到请求书的日期"),
    "held_before_scheduled": QT_TRANSLATE_NOOP("errors", "口审日期不能早于排定的口审时间"),
    "closed_before_registered": QT_TRANSLATE_NOOP("errors", "结案日期不能早于立案日期"),
    "already_registered": QT_TRANSLATE_NOOP("errors", "案件已立案，请求信息不能再修改"),
    "already_served": QT_TRANSLATE_NOOP("errors", "已登记签收，不能重复登记"),
    "needs_approval": QT_TRANSLATE_NOOP("errors", "此事项须经审批"),
    "document_not_for_state": QT_TRANSLATE_NOOP("errors", "案件当前阶段不能制作该文书"),
    "font_unusable": QT_TRANSLATE_NOOP("errors", "该字体文件无法嵌入PDF（须为TrueType字体）"),
}

# Panel problem codes (ipcase/domain/panel.py).
PANEL_PROBLEM = {
    "no_leader": QT_TRANSLATE_NOOP("errors", "须指定一名合议组长"),
    "several_leaders": QT_TRANSLATE_NOOP("errors", "合议组长只能有一名"),
    "too_few_voting": QT_TRANSLATE_NOOP("errors", "合议组成员（组长和审理员）至少三人"),
    "even_voting": QT_TRANSLATE_NOOP("errors", "合议组成员（组长和审理员）须为单数"),
    "no_clerk": QT_TRANSLATE_NOOP("errors", "须指定一名书记员"),
    "several_clerks": QT_TRANSLATE_NOOP("errors", "书记员只能有一名"),
    "several_tech_investigators": QT_TRANSLATE_NOOP("errors", "技术调查官只能有一名"),
    "same_person_twice": QT_TRANSLATE_NOOP("errors", "同一人不能在合议组中担任两个职务"),
}

NOT_FOUND_KIND = {
    "case": QT_TRANSLATE_NOOP("errors", "案件"),
    "user": QT_TRANSLATE_NOOP("errors", "用户"),
    "approval": QT_TRANSLATE_NOOP("errors", "审批事项"),
    "office": QT_TRANSLATE_NOOP("errors", "机关"),
    "holiday_year": QT_TRANSLATE_NOOP("errors", "节假日年份"),
    "party": QT_TRANSLATE_NOOP("errors", "当事人"),
    "document": QT_TRANSLATE_NOOP("errors", "文书"),
    "service_record": QT_TRANSLATE_NOOP("errors", "送达记录"),
    "service_proof": QT_TRANSLATE_NOOP("errors", "回证扫描件"),
    "doc_type": QT_TRANSLATE_NOOP("errors", "文书类型"),
}


def _fill(template: str, detail: str) -> str:
    text = tr_ctx(CTX, template)
    if "%1" in text:
        return text.replace("%1", detail or "?")
    return text


def field_label(key: str) -> str:
    """'requesters[0].name' → '请求人1 名称/姓名'; plain keys use ui.labels."""
    if key in labels.FIELD:
        return labels.field(key)
    if key.startswith(("fields.", "pattern.")) or key in labels.DOC_FIELD:
        return labels.doc_field(key)
    if key.startswith("line "):
        return tr("第 %1 行").replace("%1", key.removeprefix("line "))
    parts = []
    for piece in key.replace("]", "").split("."):
        name, _, index = piece.partition("[")
        label = labels.field(name)
        parts.append(f"{label}{int(index) + 1}" if index.isdigit() else label)
    return " ".join(parts)


def reason_text(exc: ValidationFailed) -> str:
    template = REASON.get(exc.reason) or REFUSAL.get(exc.reason) or PANEL_PROBLEM.get(exc.reason)
    if template:
        return _fill(template, exc.detail)
    return f"{exc.reason}{'（' + exc.detail + '）' if exc.detail else ''}"


def refusal_text(code: str, detail: str = "") -> str:
    template = REFUSAL.get(code) or PANEL_PROBLEM.get(code)
    text = tr_ctx(CTX, template) if template else code
    return f"{text}（{detail}）" if detail else text


def panel_problem_text(code: str) -> str:
    template = PANEL_PROBLEM.get(code)
    return tr_ctx(CTX, template) if template else code


def field_messages(exc: BaseException) -> dict[str, str]:
    """Field key → message next to the field (no field label: the widget's label is right there)."""
    if isinstance(exc, ValidationErrors):
        out: dict[str, str] = {}
        for e in exc.errors:
            out.setdefault(e.field, reason_text(e))
        return out
    if isinstance(exc, ValidationFailed):
        return {exc.field: reason_text(exc)}
    return {}


def message(exc: BaseException) -> str:
    """One translated sentence (or several lines) for any exception."""
    if isinstance(exc, ValidationErrors):
        lines = [f"{field_label(e.field)}：{reason_text(e)}" for e in exc.errors]
        return tr("请更正以下内容：") + "\n" + "\n".join(lines)
    if isinstance(exc, ValidationFailed):
        return f"{field_label(exc.field)}：{reason_text(exc)}"
    if isinstance(exc, TransitionRefused):
        return tr("不能执行“%1”：").replace("%1", labels.action(exc.event)) + refusal_text(exc.code, exc.detail)
    if isinstance(exc, PermissionDenied):
        who = labels.role(exc.role) if exc.role else tr("当前用户")
        what = labels.action(exc.action) if exc.action in labels.ACTION else exc.action
        return tr("%1无权进行“%2”。").replace("%1", who).replace("%2", what)
    if isinstance(exc, ConcurrentModification):
        text = tr("此案件已被他人修改，已重新载入最新内容。") if exc.kind == "case" else \
            tr("此记录已被他人修改，已重新载入最新内容。")
        if exc.changes:
            text += "\n" + tr("对方所作的修改：") + "\n" + "\n".join(f"· {c}" for c in exc.changes)
        return text + "\n" + tr("您填写的内容仍保留在窗口中，请核对后再提交。")
    if isinstance(exc, NotFound):
        kind = NOT_FOUND_KIND.get(exc.kind)
        return tr("未找到%1（%2），可能已被删除。").replace("%1", tr_ctx(CTX, kind) if kind else exc.kind) \
            .replace("%2", str(exc.key))
    if isinstance(exc, AuthenticationFailed):
        return tr("用户名或密码不正确，或账户已停用。")
    if isinstance(exc, DatabaseBusy):
        return tr("数据库正忙（其他用户正在保存），本次操作未保存，请稍后重试。")
    if isinstance(exc, IpcaseError):
        return tr("操作失败：%1").replace("%1", str(exc))
    return tr("发生意外错误：%1").replace("%1", f"{type(exc).__name__}: {exc}")


def is_expected(exc: BaseException) -> bool:
    """Errors the core raises on purpose get a plain message; anything else is a bug (logged, details)."""
    return isinstance(exc, IpcaseError)


# ---- intake (收案登记) ------------------------------------------------------------------------------
REASON.update({
    "intake_anonymous_kind": QT_TRANSLATE_NOOP("errors", "只有投诉举报和咨询可以匿名"),
    "intake_contact_required": QT_TRANSLATE_NOOP("errors", "实名举报须留下电话或地址，以便告知处理结果"),
    "intake_before": QT_TRANSLATE_NOOP("errors", "不能早于 %1"),
    "intake_not_after": QT_TRANSLATE_NOOP("errors", "须晚于告知日期（%1）"),
    "intake_converted": QT_TRANSLATE_NOOP("errors", "已转为处理请求，事项类型不能再改"),
    "too_large": QT_TRANSLATE_NOOP("errors", "文件过大（不超过 %1）"),
})
REFUSAL.update({
    "intake_decided": QT_TRANSLATE_NOOP("errors", "该事项已处理完毕"),
    "intake_wrong_kind": QT_TRANSLATE_NOOP("errors", "此类事项不能这样处理"),
    "intake_correction_once": QT_TRANSLATE_NOOP("errors", "补正只能一次性告知，已经告知过"),
    "intake_awaiting_correction": QT_TRANSLATE_NOOP("errors", "正在等待补正材料：收到补正材料前只能不予受理或办结"),
    "intake_needs_request": QT_TRANSLATE_NOOP(
        "errors", "投诉须先转为正式的处理请求（收到请求书）才能登记为裁决案件"),
    "intake_not_in_correction": QT_TRANSLATE_NOOP("errors", "该事项没有在等待补正"),
    "intake_nobody_to_notify": QT_TRANSLATE_NOOP("errors", "没有需要告知的实名举报人，或尚未作出处理决定"),
    "intake_already_notified": QT_TRANSLATE_NOOP("errors", "已经告知过举报人"),
})
NOT_FOUND_KIND.update({
    "intake_item": QT_TRANSLATE_NOOP("errors", "收案登记事项"),
    "attachment": QT_TRANSLATE_NOOP("errors", "附件"),
})
