"""Labels of mediation within a case (调解): session outcomes, agreement and confirmation states, the gestures, the
field names of error messages and the timeline, and the periods after an agreement in the deadline lists. Stand-alone
mediation cases and mediators are in ui/mediation/case_labels.py."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.labels import lookup

SESSION_OUTCOME = {
    "agreed": QT_TRANSLATE_NOOP("labels", "达成一致"),
    "continue": QT_TRANSLATE_NOOP("labels", "未达成一致，继续调解"),
    "failed": QT_TRANSLATE_NOOP("labels", "调解不成"),
}

AGREEMENT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("labels", "待签署"),
    "signed": QT_TRANSLATE_NOOP("labels", "已生效"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "签署前反悔，已作废"),
}

CONFIRMATION_OUTCOME = {
    "pending": QT_TRANSLATE_NOOP("labels", "已申请，待法院裁定"),
    "confirmed": QT_TRANSLATE_NOOP("labels", "法院裁定确认有效"),
    "rejected": QT_TRANSLATE_NOOP("labels", "法院裁定驳回申请"),
}

SIDE = {
    "requester": QT_TRANSLATE_NOOP("labels", "请求人"),
    "respondent": QT_TRANSLATE_NOOP("labels", "被请求人"),
}

AGREEMENT_EVENT = {
    "saved": QT_TRANSLATE_NOOP("labels", "保存协议条款"),
    "signed": QT_TRANSLATE_NOOP("labels", "当事人签署"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "当事人签署前反悔"),
}

DEADLINE_CODE = {
    "D21": QT_TRANSLATE_NOOP("labels", "司法确认申请期限"),
    "INSTALMENT": QT_TRANSLATE_NOOP("labels", "调解协议分期履行"),
}

ACTION = {
    "record_session": QT_TRANSLATE_NOOP("labels", "记录调解"),
    "save_agreement": QT_TRANSLATE_NOOP("labels", "保存调解协议"),
    "sign_agreement": QT_TRANSLATE_NOOP("labels", "登记当事人签署"),
    "withdraw_agreement": QT_TRANSLATE_NOOP("labels", "当事人反悔"),
    "file_closing": QT_TRANSLATE_NOOP("labels", "提交调解结案审批"),
    "record_confirmation": QT_TRANSLATE_NOOP("labels", "登记司法确认"),
    "record_payment": QT_TRANSLATE_NOOP("labels", "登记履行"),
}

TIMELINE_KIND = {
    "mediation_session": QT_TRANSLATE_NOOP("labels", "调解"),
    "mediation_agreement": QT_TRANSLATE_NOOP("labels", "调解协议"),
    "mediation_confirmation": QT_TRANSLATE_NOOP("labels", "司法确认"),
    "mediation_payment": QT_TRANSLATE_NOOP("labels", "调解协议履行"),
}

# `party`, `terms` and `attendees` keep the case register's and the hearing's names.
FIELD = {
    "held_on": QT_TRANSLATE_NOOP("labels", "调解日期"),
    "place": QT_TRANSLATE_NOOP("labels", "地点"),
    "mediators": QT_TRANSLATE_NOOP("labels", "调解员"),
    "requester_proposal": QT_TRANSLATE_NOOP("labels", "请求人方案"),
    "respondent_proposal": QT_TRANSLATE_NOOP("labels", "被请求人方案"),
    "session_outcome": QT_TRANSLATE_NOOP("labels", "调解结果"),
    "stop_acts": QT_TRANSLATE_NOOP("labels", "停止的行为"),
    "stop_from": QT_TRANSLATE_NOOP("labels", "停止日期"),
    "destroy_withdraw": QT_TRANSLATE_NOOP("labels", "销毁、撤回、删除"),
    "damages": QT_TRANSLATE_NOOP("labels", "赔偿数额"),
    "instalments": QT_TRANSLATE_NOOP("labels", "分期履行"),
    "amount": QT_TRANSLATE_NOOP("labels", "金额"),
    "due_date": QT_TRANSLATE_NOOP("labels", "到期日"),
    "costs": QT_TRANSLATE_NOOP("labels", "费用负担"),
    "other_terms": QT_TRANSLATE_NOOP("labels", "其他条款"),
    "signatories": QT_TRANSLATE_NOOP("labels", "签署人"),
    "signatory": QT_TRANSLATE_NOOP("labels", "签署人"),
    "signed_on": QT_TRANSLATE_NOOP("labels", "签署日期"),
    "withdrawn_by": QT_TRANSLATE_NOOP("labels", "反悔的当事人"),
    "withdrawn_reason": QT_TRANSLATE_NOOP("labels", "反悔理由"),
    "withdrawn_on": QT_TRANSLATE_NOOP("labels", "反悔日期"),
    "reason": QT_TRANSLATE_NOOP("labels", "理由"),
    "confirmation_court": QT_TRANSLATE_NOOP("labels", "受理法院"),
    "confirmation_applied_on": QT_TRANSLATE_NOOP("labels", "申请日期"),
    "confirmation_outcome": QT_TRANSLATE_NOOP("labels", "司法确认结果"),
    "confirmation_decided_on": QT_TRANSLATE_NOOP("labels", "裁定日期"),
    "paid_on": QT_TRANSLATE_NOOP("labels", "付款日期"),
    "paid_amount": QT_TRANSLATE_NOOP("labels", "付款金额"),
    "agreement_event": QT_TRANSLATE_NOOP("labels", "事项"),
    "agreement_id": QT_TRANSLATE_NOOP("labels", "协议编号"),
    "history": QT_TRANSLATE_NOOP("labels", "调解经过"),
    "court": QT_TRANSLATE_NOOP("labels", "受理法院"),
    "applied_on": QT_TRANSLATE_NOOP("labels", "申请日期"),
    "decided_on": QT_TRANSLATE_NOOP("labels", "裁定日期"),
    "seq": QT_TRANSLATE_NOOP("labels", "期数"),
}
CHOICES = {"agreement_event": AGREEMENT_EVENT, "confirmation_outcome": CONFIRMATION_OUTCOME,
           "session_outcome": SESSION_OUTCOME}


def session_outcome(value) -> str:
    return lookup(SESSION_OUTCOME, value)


def agreement_status(value) -> str:
    return lookup(AGREEMENT_STATUS, value)


def confirmation_outcome(value) -> str:
    return lookup(CONFIRMATION_OUTCOME, value)


def side(value) -> str:
    return lookup(SIDE, value)
