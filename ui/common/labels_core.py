"""The one place for the Chinese labels of enum values, workflow actions and form field names.

Source strings are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` extracts them, and translated at
lookup time (after main.py installed the translators), so an English .qm can later replace them.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import (
    ApprovalStatus,
    CaseState,
    ClosingOutcome,
    DeadlineCode,
    InfringingAct,
    PanelRole,
    PartyKind,
    PartyRole,
    PatentType,
    PauseKind,
    RefusalReason,
    RevokeReason,
    Role,
    ServiceMethod,
    SuspensionGround,
)
from ipcase.domain.statistics.counting import ClosingMethod
from ui.shell.i18n import tr, tr_ctx

CTX = "labels"




CASE_STATE = {
    CaseState.RECEIVED: QT_TRANSLATE_NOOP("labels", "请求书已收到"),
    CaseState.PENDING_CORRECTION: QT_TRANSLATE_NOOP("labels", "补正中"),
    CaseState.REGISTERED: QT_TRANSLATE_NOOP("labels", "已立案"),
    CaseState.ANSWER_PERIOD: QT_TRANSLATE_NOOP("labels", "答辩期"),
    CaseState.INVESTIGATION: QT_TRANSLATE_NOOP("labels", "调查取证"),
    CaseState.HEARING_SCHEDULED: QT_TRANSLATE_NOOP("labels", "口审已排期"),
    CaseState.HEARD: QT_TRANSLATE_NOOP("labels", "已口审"),
    CaseState.DELIBERATION: QT_TRANSLATE_NOOP("labels", "合议"),
    CaseState.CLOSURE_APPROVAL: QT_TRANSLATE_NOOP("labels", "结案审批"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("labels", "不予受理"),
    CaseState.CLOSED_RULING_INFRINGEMENT: QT_TRANSLATE_NOOP("labels", "裁决结案（侵权成立）"),
    CaseState.CLOSED_RULING_REJECTED: QT_TRANSLATE_NOOP("labels", "裁决结案（驳回请求）"),
    CaseState.CLOSED_MEDIATED: QT_TRANSLATE_NOOP("labels", "调解结案"),
    CaseState.CLOSED_REVOKED: QT_TRANSLATE_NOOP("labels", "撤销案件"),
    CaseState.ARCHIVED: QT_TRANSLATE_NOOP("labels", "已归档"),
}

PATENT_TYPE = {
    PatentType.INVENTION: QT_TRANSLATE_NOOP("labels", "发明"),
    PatentType.UTILITY_MODEL: QT_TRANSLATE_NOOP("labels", "实用新型"),
    PatentType.DESIGN: QT_TRANSLATE_NOOP("labels", "外观设计"),
}

INFRINGING_ACT = {
    InfringingAct.MAKE: QT_TRANSLATE_NOOP("labels", "制造"),
    InfringingAct.USE: QT_TRANSLATE_NOOP("labels", "使用"),
    InfringingAct.OFFER: QT_TRANSLATE_NOOP("labels", "许诺销售"),
    InfringingAct.SELL: QT_TRANSLATE_NOOP("labels", "销售"),
    InfringingAct.IMPORT: QT_TRANSLATE_NOOP("labels", "进口"),
}

PARTY_ROLE = {
    PartyRole.REQUESTER: QT_TRANSLATE_NOOP("labels", "请求人"),
    PartyRole.RESPONDENT: QT_TRANSLATE_NOOP("labels", "被请求人"),
    PartyRole.THIRD_PARTY: QT_TRANSLATE_NOOP("labels", "第三人"),
}

PARTY_KIND = {
    PartyKind.NATURAL: QT_TRANSLATE_NOOP("labels", "自然人"),
    PartyKind.LEGAL: QT_TRANSLATE_NOOP("labels", "法人"),
    PartyKind.UNINCORPORATED: QT_TRANSLATE_NOOP("labels", "非法人组织"),
}

ROLE = {
    Role.OFFICER: QT_TRANSLATE_NOOP("labels", "办案人员"),
    Role.CLERK: QT_TRANSLATE_NOOP("labels", "书记员"),
    Role.SECTION_HEAD: QT_TRANSLATE_NOOP("labels", "处(科)室负责人"),
    Role.DEPT_HEAD: QT_TRANSLATE_NOOP("labels", "部门负责人"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "管理员"),
}

PANEL_ROLE = {
    PanelRole.LEADER: QT_TRANSLATE_NOOP("labels", "合议组长"),
    PanelRole.MEMBER: QT_TRANSLATE_NOOP("labels", "审理员"),
    PanelRole.CLERK: QT_TRANSLATE_NOOP("labels", "书记员"),
    PanelRole.TECH_INVESTIGATOR: QT_TRANSLATE_NOOP("labels", "技术调查官"),
}

REVOKE_REASON = {
    RevokeReason.WITHDRAWAL: QT_TRANSLATE_NOOP("labels", "请求人撤回请求"),
    RevokeReason.NO_SHOW: QT_TRANSLATE_NOOP("labels", "请求人无正当理由拒不参加口审，按撤回处理"),
    RevokeReason.NOT_QUALIFYING: QT_TRANSLATE_NOOP("labels", "立案后发现不符合受理条件"),
    RevokeReason.DEATH_DISSOLUTION: QT_TRANSLATE_NOOP("labels", "当事人死亡或终止，无继承人或权利义务承受人"),
    RevokeReason.CLAIMS_UNSPECIFIED: QT_TRANSLATE_NOOP("labels", "经释明仍不明确请求保护的权利要求"),
    RevokeReason.LIMITATION_DEFENCE: QT_TRANSLATE_NOOP("labels", "时效抗辩成立"),
    RevokeReason.JURISDICTION: QT_TRANSLATE_NOOP("labels", "管辖权异议成立，移送"),
    RevokeReason.SUED_IN_COURT: QT_TRANSLATE_NOOP("labels", "当事人已向人民法院起诉"),
    RevokeReason.OTHER: QT_TRANSLATE_NOOP("labels", "其他"),
}

REFUSAL_REASON = {
    RefusalReason.NOT_INTERESTED_PARTY: QT_TRANSLATE_NOOP("labels", "请求人不是专利权人或利害关系人"),
    RefusalReason.NO_DEFINITE_RESPONDENT: QT_TRANSLATE_NOOP("labels", "没有明确的被请求人"),
    RefusalReason.NO_DEFINITE_CLAIMS: QT_TRANSLATE_NOOP("labels", "没有明确的请求事项和具体事实、理由"),
    RefusalReason.OUTSIDE_JURISDICTION: QT_TRANSLATE_NOOP("labels", "不属于本机关受案和管辖范围"),
    RefusalReason.SUED_IN_COURT: QT_TRANSLATE_NOOP("labels", "当事人已就该纠纷向人民法院起诉"),
    RefusalReason.EVALUATION_REPORT_REFUSED: QT_TRANSLATE_NOOP("labels", "无正当理由拒不提交专利权评价报告"),
    RefusalReason.FOREIGN_PROOF_REFUSED: QT_TRANSLATE_NOOP("labels", "拒不提交经公证认证的身份证明"),
    RefusalReason.CORRECTION_NOT_CURED: QT_TRANSLATE_NOOP("labels", "逾期未补正或补正后仍不符合规定"),
    RefusalReason.OTHER: QT_TRANSLATE_NOOP("labels", "其他"),
}

SUSPENSION_GROUND = {
    SuspensionGround.INVALIDATION_UM_DESIGN: QT_TRANSLATE_NOOP("labels", "实用新型或外观设计专利无效宣告请求已受理"),
    SuspensionGround.PARTY_DIED: QT_TRANSLATE_NOOP("labels", "一方当事人死亡，需等待继承人表明是否参加处理"),
    SuspensionGround.LOST_CAPACITY: QT_TRANSLATE_NOOP("labels", "一方当事人丧失行为能力，尚未确定法定代理人"),
    SuspensionGround.ENTITY_TERMINATED: QT_TRANSLATE_NOOP("labels", "一方当事人终止，尚未确定权利义务承受人"),
    SuspensionGround.FORCE_MAJEURE: QT_TRANSLATE_NOOP("labels", "一方当事人因不可抗拒的事由不能参加处理"),
    SuspensionGround.DEPENDS_ON_OTHER_CASE: QT_TRANSLATE_NOOP("labels", "本案须以另一案的审理结果为依据"),
    SuspensionGround.AWAITING_REPLY: QT_TRANSLATE_NOOP("labels", "需请示上级机关答复"),
}

PAUSE_KIND = {
    PauseKind.SUSPENSION: QT_TRANSLATE_NOOP("labels", "中止"),
    PauseKind.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("labels", "公告"),
    PauseKind.APPRAISAL: QT_TRANSLATE_NOOP("labels", "检验鉴定"),
    PauseKind.JURISDICTION_OBJECTION: QT_TRANSLATE_NOOP("labels", "管辖权异议"),
    PauseKind.EVIDENCE_EXTENSION: QT_TRANSLATE_NOOP("labels", "当事人申请延长举证期限"),
    PauseKind.SETTLEMENT: QT_TRANSLATE_NOOP("labels", "和解"),
}

CLOSING_OUTCOME = {
    ClosingOutcome.INFRINGEMENT: QT_TRANSLATE_NOOP("labels", "侵权成立，责令停止侵权"),
    ClosingOutcome.REJECTED: QT_TRANSLATE_NOOP("labels", "驳回请求"),
}

# 结案方式 in the statistics (ipcase.domain.statistics.counting.ClosingMethod, plus a request withdrawn before 立案).
CLOSING_METHOD = {
    ClosingMethod.RULING_INFRINGEMENT: QT_TRANSLATE_NOOP("labels", "裁决：侵权成立"),
    ClosingMethod.RULING_REJECTED: QT_TRANSLATE_NOOP("labels", "裁决：驳回请求"),
    ClosingMethod.MEDIATED: QT_TRANSLATE_NOOP("labels", "调解结案"),
    ClosingMethod.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "撤回"),
    ClosingMethod.REVOKED: QT_TRANSLATE_NOOP("labels", "撤销（其他事由）"),
    ClosingMethod.TRANSFERRED: QT_TRANSLATE_NOOP("labels", "移送"),
    ClosingMethod.NOT_ACCEPTED: QT_TRANSLATE_NOOP("labels", "不予受理"),
    "withdrawn_unregistered": QT_TRANSLATE_NOOP("labels", "立案前撤回"),
}

SERVICE_METHOD = {
    ServiceMethod.DIRECT: QT_TRANSLATE_NOOP("labels", "直接送达"),
    ServiceMethod.POST: QT_TRANSLATE_NOOP("labels", "邮寄送达"),
    ServiceMethod.LEFT: QT_TRANSLATE_NOOP("labels", "留置送达"),
    ServiceMethod.ELECTRONIC: QT_TRANSLATE_NOOP("labels", "电子送达"),
    ServiceMethod.PUBLIC_NOTICE: QT_TRANSLATE_NOOP("labels", "公告送达"),
}

APPROVAL_STATUS = {
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("labels", "待审批"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "已批准"),
    ApprovalStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "不予批准"),
}

DEADLINE_CODE = {
    DeadlineCode.D1: QT_TRANSLATE_NOOP("labels", "立案审查期限"),
    DeadlineCode.D2: QT_TRANSLATE_NOOP("labels", "送达请求书副本"),
    DeadlineCode.D3: QT_TRANSLATE_NOOP("labels", "答辩期"),
    DeadlineCode.D4: QT_TRANSLATE_NOOP("labels", "转送答辩书"),
    DeadlineCode.D6: QT_TRANSLATE_NOOP("labels", "回避申请期限"),
    DeadlineCode.D10: QT_TRANSLATE_NOOP("labels", "举证期限"),
    DeadlineCode.D12: QT_TRANSLATE_NOOP("labels", "结案期限"),
    DeadlineCode.D14: QT_TRANSLATE_NOOP("labels", "起诉期限"),
    DeadlineCode.CORRECTION: QT_TRANSLATE_NOOP("labels", "补正期限"),
}

# Keyed by the stored values, so a status added or dropped in the enum never breaks the import.
DEADLINE_STATUS = {
    "open": QT_TRANSLATE_NOOP("labels", "进行中"),
    "met": QT_TRANSLATE_NOOP("labels", "已完成"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "不再适用"),
    "lapsed": QT_TRANSLATE_NOOP("labels", "已届满"),
}

URGENCY = {
    "overdue": QT_TRANSLATE_NOOP("labels", "已逾期"),
    "due_soon": QT_TRANSLATE_NOOP("labels", "即将到期"),
    "normal": QT_TRANSLATE_NOOP("labels", "正常"),
}

EXTENSION_UNIT = {
    "months": QT_TRANSLATE_NOOP("labels", "个月"),
    "days": QT_TRANSLATE_NOOP("labels", "日"),
}

HOLIDAY_SOURCE = {
    "entered": QT_TRANSLATE_NOOP("labels", "管理员录入"),
    "package": QT_TRANSLATE_NOOP("labels", "内置数据"),
    "provisional": QT_TRANSLATE_NOOP("labels", "暂定（仅按周末计算）"),
}

# Button / menu text of each workflow action.
ACTION = {
    CaseAction.REQUEST_CORRECTION: QT_TRANSLATE_NOOP("labels", "补正通知"),
    CaseAction.CORRECTION_RECEIVED: QT_TRANSLATE_NOOP("labels", "收到补正材料"),
    CaseAction.EXTEND_DECISION: QT_TRANSLATE_NOOP("labels", "延长立案审查期限"),
    CaseAction.REGISTER: QT_TRANSLATE_NOOP("labels", "立案"),
    CaseAction.REFUSE: QT_TRANSLATE_NOOP("labels", "不予受理"),
    CaseAction.SERVE_REGISTRATION_NOTICE: QT_TRANSLATE_NOOP("labels", "送达受理通知书"),
    CaseAction.SERVE_COPY: QT_TRANSLATE_NOOP("labels", "送达请求书副本"),
    CaseAction.RECEIVE_ANSWER: QT_TRANSLATE_NOOP("labels", "收到答辩书"),
    CaseAction.ANSWER_PERIOD_OVER: QT_TRANSLATE_NOOP("labels", "答辩期满"),
    CaseAction.FORWARD_ANSWER: QT_TRANSLATE_NOOP("labels", "转送答辩书"),
    CaseAction.SCHEDULE_HEARING: QT_TRANSLATE_NOOP("labels", "安排口头审理"),
    CaseAction.RESCHEDULE_HEARING: QT_TRANSLATE_NOOP("labels", "变更口审时间"),
    CaseAction.HOLD_HEARING: QT_TRANSLATE_NOOP("labels", "口头审理完毕"),
    CaseAction.REQUESTER_NO_SHOW: QT_TRANSLATE_NOOP("labels", "请求人拒不到庭"),
    CaseAction.WRITTEN_REVIEW: QT_TRANSLATE_NOOP("labels", "书面审理"),
    CaseAction.DELIBERATE: QT_TRANSLATE_NOOP("labels", "进入合议"),
    CaseAction.SUBMIT_CLOSING: QT_TRANSLATE_NOOP("labels", "提交结案审批"),
    CaseAction.CLOSE_BY_RULING: QT_TRANSLATE_NOOP("labels", "裁决结案"),
    CaseAction.RETURN_TO_DELIBERATION: QT_TRANSLATE_NOOP("labels", "退回合议"),
    CaseAction.CLOSE_BY_MEDIATION: QT_TRANSLATE_NOOP("labels", "调解结案"),
    CaseAction.REVOKE: QT_TRANSLATE_NOOP("labels", "撤销案件"),
    CaseAction.SUSPEND: QT_TRANSLATE_NOOP("labels", "中止处理"),
    CaseAction.REFUSE_SUSPENSION: QT_TRANSLATE_NOOP("labels", "不予中止"),
    CaseAction.RESUME: QT_TRANSLATE_NOOP("labels", "恢复处理"),
    CaseAction.START_PAUSE: QT_TRANSLATE_NOOP("labels", "开始不计入期间"),
    CaseAction.END_PAUSE: QT_TRANSLATE_NOOP("labels", "结束不计入期间"),
    CaseAction.EXTEND_CLOSING: QT_TRANSLATE_NOOP("labels", "延长结案期限"),
    CaseAction.RECORD_RULING_SERVICE: QT_TRANSLATE_NOOP("labels", "送达裁决书"),
    CaseAction.ARCHIVE: QT_TRANSLATE_NOOP("labels", "归档"),
}

# Timeline entries that are not workflow actions.
TIMELINE_KIND = {
    "created": QT_TRANSLATE_NOOP("labels", "登记请求书"),
    "edited": QT_TRANSLATE_NOOP("labels", "修改请求信息"),
    "panel": QT_TRANSLATE_NOOP("labels", "组成合议组"),
    "approval_requested": QT_TRANSLATE_NOOP("labels", "提交审批"),
    "approval_reviewed": QT_TRANSLATE_NOOP("labels", "审核意见"),
    "approval_decided": QT_TRANSLATE_NOOP("labels", "审批决定"),
    "deadlines_recomputed": QT_TRANSLATE_NOOP("labels", "期限重新计算"),
    "document_issued": QT_TRANSLATE_NOOP("labels", "签发文书"),
    "document_served": QT_TRANSLATE_NOOP("labels", "登记送达"),
    "consent_recorded": QT_TRANSLATE_NOOP("labels", "同意电子送达"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("labels", "撤回电子送达同意"),
    "attachment_added": QT_TRANSLATE_NOOP("labels", "添加附件"),
    "case_file_bound": QT_TRANSLATE_NOOP("labels", "装订案卷"),
}

# Names of the fields of workflow actions, of the request form and of other inputs; also used to
# name the field in an error message.
FIELD = {
    # workflow
    "defects": QT_TRANSLATE_NOOP("labels", "需补正事项"),
    "correction_due": QT_TRANSLATE_NOOP("labels", "补正期限"),
    "received_date": QT_TRANSLATE_NOOP("labels", "收到日期"),
    "reason": QT_TRANSLATE_NOOP("labels", "理由"),
    "registered_date": QT_TRANSLATE_NOOP("labels", "立案日期"),
    "summary": QT_TRANSLATE_NOOP("labels", "案情简介"),
    "refusal_reasons": QT_TRANSLATE_NOOP("labels", "不予受理理由"),
    "reason_text": QT_TRANSLATE_NOOP("labels", "理由说明"),
    "decided_date": QT_TRANSLATE_NOOP("labels", "决定日期"),
    "served": QT_TRANSLATE_NOOP("labels", "送达日期"),
    "method": QT_TRANSLATE_NOOP("labels", "送达方式"),
    "party_id": QT_TRANSLATE_NOOP("labels", "当事人"),
    "party": QT_TRANSLATE_NOOP("labels", "当事人"),
    "forwarded_date": QT_TRANSLATE_NOOP("labels", "转送日期"),
    "hearing_at": QT_TRANSLATE_NOOP("labels", "口审时间"),
    "room": QT_TRANSLATE_NOOP("labels", "口审地点"),
    "held_date": QT_TRANSLATE_NOOP("labels", "口审日期"),
    "respondent_absent": QT_TRANSLATE_NOOP("labels", "被请求人缺席"),
    "reply_given": QT_TRANSLATE_NOOP("labels", "已告知被请求人事实、理由和证据并给予陈述期间"),
    "note": QT_TRANSLATE_NOOP("labels", "备注"),
    "outcome": QT_TRANSLATE_NOOP("labels", "合议结论"),
    "majority_opinion": QT_TRANSLATE_NOOP("labels", "多数意见"),
    "dissent": QT_TRANSLATE_NOOP("labels", "不同意见"),
    "ruling_date": QT_TRANSLATE_NOOP("labels", "裁决日期"),
    "agreement_date": QT_TRANSLATE_NOOP("labels", "调解协议签署日期"),
    "terms": QT_TRANSLATE_NOOP("labels", "调解协议内容"),
    "revoke_reason": QT_TRANSLATE_NOOP("labels", "撤销理由"),
    "transfer_to": QT_TRANSLATE_NOOP("labels", "移送机关"),
    "ground": QT_TRANSLATE_NOOP("labels", "中止事由"),
    "start_date": QT_TRANSLATE_NOOP("labels", "开始日期"),
    "resume_date": QT_TRANSLATE_NOOP("labels", "恢复日期"),
    "pause_kind": QT_TRANSLATE_NOOP("labels", "期间类型"),
    "end_date": QT_TRANSLATE_NOOP("labels", "结束日期"),
    "length": QT_TRANSLATE_NOOP("labels", "延长期限"),
    "unit": QT_TRANSLATE_NOOP("labels", "单位"),
    "higher_office_ref": QT_TRANSLATE_NOOP("labels", "上级部门批准文号"),
    # request form (the service names patent fields "patent.<name>")
    "patent.number": QT_TRANSLATE_NOOP("labels", "专利号"),
    "patent.patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "patent.title": QT_TRANSLATE_NOOP("labels", "专利名称"),
    "patent.patentee": QT_TRANSLATE_NOOP("labels", "专利权人"),
    "patent.filing_date": QT_TRANSLATE_NOOP("labels", "申请日"),
    "patent.grant_date": QT_TRANSLATE_NOOP("labels", "授权公告日"),
    "patent": QT_TRANSLATE_NOOP("labels", "专利"),
    "patent_number": QT_TRANSLATE_NOOP("labels", "专利号"),
    "patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "patent_title": QT_TRANSLATE_NOOP("labels", "专利名称"),
    "patentee": QT_TRANSLATE_NOOP("labels", "专利权人"),
    "filing_date": QT_TRANSLATE_NOOP("labels", "申请日"),
    "grant_date": QT_TRANSLATE_NOOP("labels", "授权公告日"),
    "requesters": QT_TRANSLATE_NOOP("labels", "请求人"),
    "respondents": QT_TRANSLATE_NOOP("labels", "被请求人"),
    "name": QT_TRANSLATE_NOOP("labels", "名称/姓名"),
    "kind": QT_TRANSLATE_NOOP("labels", "主体类型"),
    "credit_code": QT_TRANSLATE_NOOP("labels", "统一社会信用代码"),
    "id_number": QT_TRANSLATE_NOOP("labels", "身份证号"),
    "legal_rep": QT_TRANSLATE_NOOP("labels", "法定代表人"),
    "legal_rep_title": QT_TRANSLATE_NOOP("labels", "职务"),
    "address": QT_TRANSLATE_NOOP("labels", "地址"),
    "phone": QT_TRANSLATE_NOOP("labels", "电话"),
    "no_domicile_in_prc": QT_TRANSLATE_NOOP("labels", "在中国境内无住所"),
    "agents": QT_TRANSLATE_NOOP("labels", "委托代理人"),
    "organization": QT_TRANSLATE_NOOP("labels", "单位"),
    "claims_asserted": QT_TRANSLATE_NOOP("labels", "请求保护的权利要求"),
    "accused_product": QT_TRANSLATE_NOOP("labels", "被控侵权产品"),
    "acts": QT_TRANSLATE_NOOP("labels", "侵权行为"),
    "request_summary": QT_TRANSLATE_NOOP("labels", "请求事项"),
    "officer_id": QT_TRANSLATE_NOOP("labels", "承办人"),
    "panel": QT_TRANSLATE_NOOP("labels", "合议组"),
    "leader_id": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member_ids": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk_id": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator_id": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    # settings
    "username": QT_TRANSLATE_NOOP("labels", "用户名"),
    "full_name": QT_TRANSLATE_NOOP("labels", "姓名"),
    "role": QT_TRANSLATE_NOOP("labels", "角色"),
    "password": QT_TRANSLATE_NOOP("labels", "密码"),
    "short_name": QT_TRANSLATE_NOOP("labels", "机关简称"),
    "case_number_pattern": QT_TRANSLATE_NOOP("labels", "案号格式"),
    "postcode": QT_TRANSLATE_NOOP("labels", "邮编"),
    "higher_office": QT_TRANSLATE_NOOP("labels", "上级部门"),
    "opinion": QT_TRANSLATE_NOOP("labels", "意见"),
    "date": QT_TRANSLATE_NOOP("labels", "日期"),
    "year": QT_TRANSLATE_NOOP("labels", "年份"),
    "file": QT_TRANSLATE_NOOP("labels", "文件"),
    "active": QT_TRANSLATE_NOOP("labels", "启用"),
    "user": QT_TRANSLATE_NOOP("labels", "用户"),
    "approval": QT_TRANSLATE_NOOP("labels", "审批事项"),
    "approved": QT_TRANSLATE_NOOP("labels", "是否批准"),
    "action": QT_TRANSLATE_NOOP("labels", "事项"),
    "payload": QT_TRANSLATE_NOOP("labels", "内容"),
    "case_number": QT_TRANSLATE_NOOP("labels", "案号"),
    "problems": QT_TRANSLATE_NOOP("labels", "问题"),
    "level": QT_TRANSLATE_NOOP("labels", "延长次数"),
    "leader": QT_TRANSLATE_NOOP("labels", "合议组长"),
    "member": QT_TRANSLATE_NOOP("labels", "审理员"),
    "clerk": QT_TRANSLATE_NOOP("labels", "书记员"),
    "tech_investigator": QT_TRANSLATE_NOOP("labels", "技术调查官"),
    # documents (timeline details)
    "document": QT_TRANSLATE_NOOP("labels", "文书"),
    "number": QT_TRANSLATE_NOOP("labels", "文号"),
    "corrects": QT_TRANSLATE_NOOP("labels", "更正"),
    "deemed": QT_TRANSLATE_NOOP("labels", "视为送达日期"),
    "pages": QT_TRANSLATE_NOOP("labels", "页数"),
    "title": QT_TRANSLATE_NOOP("labels", "名称"),
}

_CHOICE_TABLES: dict[str, dict] = {
    "refusal_reasons": REFUSAL_REASON,
    "method": SERVICE_METHOD,
    "outcome": CLOSING_OUTCOME,
    "revoke_reason": REVOKE_REASON,
    "ground": SUSPENSION_GROUND,
    "pause_kind": PAUSE_KIND,
    "unit": EXTENSION_UNIT,
}


def _lookup(table: dict, value) -> str:
    if value is None:
        return ""
    # Tables are keyed by StrEnum members, which hash and compare like their plain string values.
    text = table.get(value)
    return tr_ctx(CTX, text) if text else str(value)


def case_state(value) -> str:
    return _lookup(CASE_STATE, value)


def patent_type(value) -> str:
    return _lookup(PATENT_TYPE, value)


def infringing_act(value) -> str:
    return _lookup(INFRINGING_ACT, value)


def party_role(value) -> str:
    return _lookup(PARTY_ROLE, value)


def party_kind(value) -> str:
    return _lookup(PARTY_KIND, value)


def role(value) -> str:
    return _lookup(ROLE, value)


def panel_role(value) -> str:
    return _lookup(PANEL_ROLE, value)


def revoke_reason(value) -> str:
    return _lookup(REVOKE_REASON, value)


def refusal_reason(value) -> str:
    return _lookup(REFUSAL_REASON, value)


def suspension_ground(value) -> str:
    return _lookup(SUSPENSION_GROUND, value)


def pause_kind(value) -> str:
    return _lookup(PAUSE_KIND, value)


def closing_outcome(value) -> str:
    return _lookup(CLOSING_OUTCOME, value)


def closing_method(value) -> str:
    return _lookup(CLOSING_METHOD, value)


def service_method(value) -> str:
    return _lookup(SERVICE_METHOD, value)


def approval_status(value) -> str:
    return _lookup(APPROVAL_STATUS, value)


def deadline_code(value) -> str:
    return _lookup(DEADLINE_CODE, value)


def deadline_status(value) -> str:
    return _lookup(DEADLINE_STATUS, value)


def urgency(value) -> str:
    return _lookup(URGENCY, value)


def holiday_source(value) -> str:
    return _lookup(HOLIDAY_SOURCE, value)


def action(value) -> str:
    return _lookup(ACTION, value)


def timeline_kind(value) -> str:
    if value in ACTION:
        return action(value)
    return _lookup(TIMELINE_KIND, value)


def field(name: str) -> str:
    return _lookup(FIELD, name)


def choice(field_name: str, value) -> str:
    """Label of one value of a CHOICE/MULTICHOICE workflow field."""
    table = _CHOICE_TABLES.get(field_name)
    return _lookup(table, value) if table else str(value)


def yes_no(value: bool) -> str:
    return tr("是") if value else tr("否")


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def provisional_date(value: date | None, provisional: bool) -> str:
    text = fmt_date(value)
    return tr("%1（暂定）").replace("%1", text) if provisional and text else text


def detail_value(name: str, value) -> str:
    """A timeline/approval payload value in words: enum labels, dates, party-date maps."""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, (list, tuple)):
        return "、".join(choice(name, v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}: {detail_value(name, v)}" for k, v in value.items())
    if name in _CHOICE_TABLES:
        return choice(name, value)
    if isinstance(value, (date, datetime)):
        return fmt_date(value)
    if isinstance(value, str) and len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
        # Timeline details are stored as JSON: datetimes come back as ISO strings.
        try:
            return fmt_date(datetime.fromisoformat(value))
        except ValueError:
            pass
    return "" if value is None else str(value)


def describe_payload(payload: dict) -> str:
    parts = []
    for key, value in (payload or {}).items():
        if value in (None, "", (), [], {}):
            continue
        parts.append(f"{field(key)}：{detail_value(key, value)}")
    return "\n".join(parts)
