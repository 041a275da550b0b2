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
    HearingConflicts,
    IpcaseError,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ui import labels
from ui.shell.i18n import tr, tr_ctx

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

# TransitionRefused.code (guards of ipcase/domain/cases/workflow.py) → sentence.
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
    "pause_owned_by_appraisal": QT_TRANSLATE_NOOP("errors", "该鉴定期间随鉴定委托登记：请在“证据”页登记收到鉴定意见的日期"),
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

# Panel problem codes (ipcase/domain/cases/panel.py).
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
    if isinstance(exc, HearingConflicts):
        return tr("口审安排不符合以下规则：") + "\n" + "\n".join(
            f"· [{labels.severity(severity)}] {labels.finding(code, detail)}" for code, severity, detail in exc.findings)
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

# ---- hearings (口审) ---------------------------------------------------------------------------------
REASON.update({
    "not_adjourned": QT_TRANSLATE_NOOP("errors", "只能续行本案已休庭的口审"),
})
REFUSAL.update({
    "hearing_already_scheduled": QT_TRANSLATE_NOOP("errors", "本案已有排定的口审，请使用“变更口审安排”"),
    "hearing_not_scheduled": QT_TRANSLATE_NOOP("errors", "该次口审已经结束，不能再变更"),
})
NOT_FOUND_KIND.update({
    "hearing": QT_TRANSLATE_NOOP("errors", "口审"),
    "hearing_room": QT_TRANSLATE_NOOP("errors", "口审庭"),
    "postponement": QT_TRANSLATE_NOOP("errors", "延期申请"),
})


# ---- evidence and investigation (证据, 调查取证) ------------------------------------------------------
REASON.update({
    "too_few_officers": QT_TRANSLATE_NOOP("errors", "调查、检查须由至少 %1 名执法人员进行"),
    "after_due": QT_TRANSLATE_NOOP("errors", "举证期限已于 %1 届满，期满后不能再申请延长"),
})
REFUSAL.update({
    "no_tech_investigator": QT_TRANSLATE_NOOP("errors", "本案合议组没有技术调查官（见“合议组”页）"),
    "evidence_period_not_started": QT_TRANSLATE_NOOP("errors", "该当事人的举证期限尚未开始（通知书尚未送达）"),
    "already_disposed": QT_TRANSLATE_NOOP("errors", "已对登记保存的证据作出处理决定"),
    "report_already_received": QT_TRANSLATE_NOOP("errors", "已收到鉴定意见"),
})
NOT_FOUND_KIND.update({
    "evidence": QT_TRANSLATE_NOOP("errors", "证据"),
    "evidence_file": QT_TRANSLATE_NOOP("errors", "证据文件"),
    "evidence_record": QT_TRANSLATE_NOOP("errors", "调查取证记录"),
    "seizure": QT_TRANSLATE_NOOP("errors", "登记保存记录"),
    "appraisal": QT_TRANSLATE_NOOP("errors", "技术鉴定"),
})

# ---- mediation (调解) ----------------------------------------------------------------------------------
REASON.update({
    "amount": QT_TRANSLATE_NOOP("errors", "金额须为不小于零、最多两位小数的数字"),
    "sum_mismatch": QT_TRANSLATE_NOOP("errors", "各期金额之和须等于赔偿数额（%1 元）"),
    "same_day": QT_TRANSLATE_NOOP("errors", "两期不能在同一天到期"),
    "empty": QT_TRANSLATE_NOOP("errors", "协议至少须约定一项内容（停止侵权、销毁撤回、赔偿或其他条款）"),
    "both_sides": QT_TRANSLATE_NOOP("errors", "请求人和被请求人双方都须有签署人"),
    "already_signed": QT_TRANSLATE_NOOP("errors", "已于 %1 签署"),
    "before_agreement": QT_TRANSLATE_NOOP("errors", "不能早于协议拟定日期（%1）"),
    "before_effective": QT_TRANSLATE_NOOP("errors", "不能早于协议生效日期（%1）"),
    "after_window": QT_TRANSLATE_NOOP("errors", "已超过申请司法确认的三十日期限（%1 届满）"),
    "before_applied": QT_TRANSLATE_NOOP("errors", "不能早于申请日期（%1）"),
})
REFUSAL.update({
    "agreement_exists": QT_TRANSLATE_NOOP("errors", "已有一份待签署或已生效的调解协议"),
    "agreement_partly_signed": QT_TRANSLATE_NOOP("errors", "已有当事人签署，协议条款不能再修改；如需变更，请登记当事人反悔后重新拟定"),
    "agreement_signed": QT_TRANSLATE_NOOP("errors", "协议已由各方签署生效"),
    "agreement_withdrawn": QT_TRANSLATE_NOOP("errors", "协议已因当事人反悔而作废"),
    "agreement_not_signed": QT_TRANSLATE_NOOP("errors", "协议尚未由各方签署生效"),
    "not_a_case": QT_TRANSLATE_NOOP("errors", "调解案件按其自身流程结案"),
})
NOT_FOUND_KIND.update({
    "mediation_agreement": QT_TRANSLATE_NOOP("errors", "调解协议"),
    "mediation_instalment": QT_TRANSLATE_NOOP("errors", "分期履行记录"),
})

# ---- mediation cases (调解案件) -------------------------------------------------------------------------
REASON.update({
    "mediation_ruling_required": QT_TRANSLATE_NOOP(
        "errors", "请求调解侵权赔偿数额的，须选择本局认定侵权成立的裁决，或填写已作出的裁决书/判决书文号"),
    "mediation_copy_required": QT_TRANSLATE_NOOP("errors", "须附上该裁决书/判决书的副本"),
    "mediation_not_infringement_ruling": QT_TRANSLATE_NOOP("errors", "所选案件不是认定侵权成立的裁决"),
    "mediation_after_request": QT_TRANSLATE_NOOP("errors", "临时保护期使用费纠纷须在专利授权后请求调解（请求日 %1）"),
})
REFUSAL.update({
    "mediation_needs_ruling": QT_TRANSLATE_NOOP("errors", "侵权赔偿数额调解须有认定侵权成立的裁决或判决"),
    "mediation_before_grant": QT_TRANSLATE_NOOP("errors", "临时保护期使用费纠纷只能在专利授权后调解"),
    "mediation_no_statement": QT_TRANSLATE_NOOP("errors", "尚未收到被请求人的意见陈述书"),
    "mediation_respondent_declined": QT_TRANSLATE_NOOP("errors", "被请求人不同意调解，不能立案"),
    "mediation_respondent_agreed": QT_TRANSLATE_NOOP("errors", "被请求人同意调解，应当立案"),
    "mediation_statement_period_running": QT_TRANSLATE_NOOP("errors", "意见陈述期限尚未届满"),
    "mediation_statement_recorded": QT_TRANSLATE_NOOP("errors", "已登记过被请求人的意见陈述书"),
    "mediation_before_received": QT_TRANSLATE_NOOP("errors", "日期不能早于收到调解请求的日期"),
    "mediation_no_signed_agreement": QT_TRANSLATE_NOOP("errors", "尚无各方签署生效的调解协议（见“调解”页）"),
    "mediation_closed_before_signed": QT_TRANSLATE_NOOP("errors", "结案日期不能早于调解协议生效日期"),
    "mediation_not_ownership": QT_TRANSLATE_NOOP("errors", "只适用于专利申请权、专利权权属纠纷"),
    "mediation_already_extended": QT_TRANSLATE_NOOP("errors", "调解期限已经延长过一次"),
    "mediation_already_copied": QT_TRANSLATE_NOOP("errors", "已登记抄送国家知识产权局"),
    "mediation_copied_before_closed": QT_TRANSLATE_NOOP("errors", "抄送日期不能早于结案日期"),
    "mediation_no_pending_extension": QT_TRANSLATE_NOOP("errors", "没有待审批的延长申请"),
})
NOT_FOUND_KIND.update({
    "mediation_case": QT_TRANSLATE_NOOP("errors", "调解案件"),
    "mediator": QT_TRANSLATE_NOOP("errors", "调解员"),
})

# ---- recusal and the hearing record (回避, 口头审理笔录) ------------------------------------------------
REASON.update({
    "recusal_not_on_panel": QT_TRANSLATE_NOOP("errors", "该人员不是本案合议组中相应身份的成员"),
    "recusal_learned_after": QT_TRANSLATE_NOOP("errors", "不能晚于申请收到日期"),
    "recusal_pending": QT_TRANSLATE_NOOP("errors", "对%1的回避申请尚待决定，不能重复申请"),
    "recusal_late": QT_TRANSLATE_NOOP(
        "errors", "已超过申请回避的期限（知道名单之日起三个工作日，至 %1 届满；决定口审的，最迟在口审开始时提出；"
                  "口审开始后才知道的事由，须在口审终结前提出）"),
    "recusal_same_person": QT_TRANSLATE_NOOP("errors", "不能由被申请回避的人员本人接替"),
})
REFUSAL.update({
    "record_closed": QT_TRANSLATE_NOOP("errors", "口审笔录已结束，不能再修改"),
    "requester_absent": QT_TRANSLATE_NOOP(
        "errors", "请求人方无人到庭：请确认是否按撤回请求处理，或以休庭结束本次口审"),
    "requester_present": QT_TRANSLATE_NOOP("errors", "请求人方已有人到庭，不能按撤回处理"),
})
NOT_FOUND_KIND.update({
    "recusal": QT_TRANSLATE_NOOP("errors", "回避申请"),
    "hearing_record": QT_TRANSLATE_NOOP("errors", "口审笔录"),
})
