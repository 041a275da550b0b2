"""The one place for the Chinese labels of enum values, workflow actions and form field names.

Source strings are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` extracts them, and translated at
lookup time (after main.py installed the translators), so an English .qm can later replace them.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

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
from ipcase.domain.statistics import ClosingMethod
from ipcase.domain.workflow import CaseAction
from ui.i18n import tr, tr_ctx

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

# 结案方式 in the statistics (ipcase.domain.statistics.ClosingMethod, plus a request withdrawn before 立案).
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



# ---- documents (文书) -------------------------------------------------------------------------------
# Titles of the document types (ipcase.domain.document_types) and names of the text the clerk supplies.
DOC_TYPE = {
    "correction_notice": QT_TRANSLATE_NOOP("labels", "补正通知书"),
    "evaluation_report_notice": QT_TRANSLATE_NOOP("labels", "提交专利权评价报告通知书"),
    "registration_approval": QT_TRANSLATE_NOOP("labels", "立案审批表"),
    "acceptance_notice": QT_TRANSLATE_NOOP("labels", "受理通知书"),
    "refusal_notice": QT_TRANSLATE_NOOP("labels", "不予受理通知书"),
    "answer_notice": QT_TRANSLATE_NOOP("labels", "答辩通知书"),
    "service_proof": QT_TRANSLATE_NOOP("labels", "送达回证"),
    "investigation_notice": QT_TRANSLATE_NOOP("labels", "调查通知书"),
    "investigation_record": QT_TRANSLATE_NOOP("labels", "调查笔录"),
    "inspection_record": QT_TRANSLATE_NOOP("labels", "现场检查（勘验）笔录"),
    "preservation_decision": QT_TRANSLATE_NOOP("labels", "证据登记保存决定书"),
    "appraisal_commission": QT_TRANSLATE_NOOP("labels", "技术鉴定委托书"),
    "recusal_decision": QT_TRANSLATE_NOOP("labels", "回避申请决定书"),
    "suspension_notice": QT_TRANSLATE_NOOP("labels", "中止处理通知书"),
    "suspension_refusal_notice": QT_TRANSLATE_NOOP("labels", "不予中止处理通知书"),
    "resumption_notice": QT_TRANSLATE_NOOP("labels", "恢复处理通知书"),
    "extension_approval": QT_TRANSLATE_NOOP("labels", "延长期限审批表"),
    "hearing_notice": QT_TRANSLATE_NOOP("labels", "口头审理通知书"),
    "hearing_record": QT_TRANSLATE_NOOP("labels", "口头审理笔录"),
    "deliberation_record": QT_TRANSLATE_NOOP("labels", "合议笔录"),
    "closing_approval": QT_TRANSLATE_NOOP("labels", "结案审批表"),
    "ruling": QT_TRANSLATE_NOOP("labels", "行政裁决书"),
    "mediation_agreement": QT_TRANSLATE_NOOP("labels", "调解协议书"),
    "revocation_decision": QT_TRANSLATE_NOOP("labels", "撤销案件决定书"),
    "transfer_letter": QT_TRANSLATE_NOOP("labels", "案件移送函"),
    "intake_transfer_letter": QT_TRANSLATE_NOOP("labels", "转交函"),
    "ruling_correction_notice": QT_TRANSLATE_NOOP("labels", "行政裁决修改更正通知书"),
    "reminder": QT_TRANSLATE_NOOP("labels", "催告书"),
    "enforcement_application": QT_TRANSLATE_NOOP("labels", "强制执行申请书"),
}

DOC_FIELD = {
    "defects": QT_TRANSLATE_NOOP("labels", "需补正的全部事项"),
    "days": QT_TRANSLATE_NOOP("labels", "提交期限（日）"),
    "summary": QT_TRANSLATE_NOOP("labels", "案情简介"),
    "officer_opinion": QT_TRANSLATE_NOOP("labels", "承办人意见"),
    "reason_text": QT_TRANSLATE_NOOP("labels", "理由"),
    "matters": QT_TRANSLATE_NOOP("labels", "调查事项"),
    "time_place": QT_TRANSLATE_NOOP("labels", "接受调查的时间和地点"),
    "materials": QT_TRANSLATE_NOOP("labels", "需携带或提交的材料"),
    "interviewee": QT_TRANSLATE_NOOP("labels", "被调查人（姓名、单位、职务、联系方式）"),
    "investigators": QT_TRANSLATE_NOOP("labels", "调查/检查人员"),
    "place": QT_TRANSLATE_NOOP("labels", "地点"),
    "time_range": QT_TRANSLATE_NOOP("labels", "起止时间"),
    "record": QT_TRANSLATE_NOOP("labels", "记录"),
    "present": QT_TRANSLATE_NOOP("labels", "当事人（姓名、身份证件号码、单位、地址、电话）"),
    "witness": QT_TRANSLATE_NOOP("labels", "见证人"),
    "informed": QT_TRANSLATE_NOOP("labels", "告知情况"),
    "findings": QT_TRANSLATE_NOOP("labels", "检查情况"),
    "from_time": QT_TRANSLATE_NOOP("labels", "登记保存起始时间"),
    "item_list": QT_TRANSLATE_NOOP("labels", "物品清单（每行一项）"),
    "institution": QT_TRANSLATE_NOOP("labels", "鉴定机构"),
    "due": QT_TRANSLATE_NOOP("labels", "出具鉴定意见的期限"),
    "challenged": QT_TRANSLATE_NOOP("labels", "被申请回避的人员"),
    "grounds": QT_TRANSLATE_NOOP("labels", "申请理由"),
    "decision": QT_TRANSLATE_NOOP("labels", "决定"),
    "reason": QT_TRANSLATE_NOOP("labels", "延长理由"),
    "bring": QT_TRANSLATE_NOOP("labels", "需携带的材料"),
    "attendance": QT_TRANSLATE_NOOP("labels", "到庭人员"),
    "dissent": QT_TRANSLATE_NOOP("labels", "不同意见"),
    "panel_opinion": QT_TRANSLATE_NOOP("labels", "合议组意见"),
    "requester_says": QT_TRANSLATE_NOOP("labels", "请求人称"),
    "respondent_says": QT_TRANSLATE_NOOP("labels", "被请求人辩称"),
    "evidence": QT_TRANSLATE_NOOP("labels", "证据及质证情况"),
    "facts": QT_TRANSLATE_NOOP("labels", "经审理查明"),
    "reasoning": QT_TRANSLATE_NOOP("labels", "本局认为"),
    "orders": QT_TRANSLATE_NOOP("labels", "裁决主文"),
    "costs": QT_TRANSLATE_NOOP("labels", "费用负担"),
    "history": QT_TRANSLATE_NOOP("labels", "调解经过"),
    "terms": QT_TRANSLATE_NOOP("labels", "协议条款"),
    "transfer_to": QT_TRANSLATE_NOOP("labels", "受移送机关"),
    "corrections": QT_TRANSLATE_NOOP("labels", "更正内容"),
    "obligations": QT_TRANSLATE_NOOP("labels", "未履行的义务"),
    "court": QT_TRANSLATE_NOOP("labels", "人民法院"),
    "attachments": QT_TRANSLATE_NOOP("labels", "附件"),
    # the document dialog and the service dialog
    "party_id": QT_TRANSLATE_NOOP("labels", "受送达人"),
    "subject_id": QT_TRANSLATE_NOOP("labels", "所涉文书"),
    "sent_date": QT_TRANSLATE_NOOP("labels", "发出日期"),
    "received_date": QT_TRANSLATE_NOOP("labels", "签收日期"),
    "tracking_no": QT_TRANSLATE_NOOP("labels", "邮件单号"),
    "refusal_note": QT_TRANSLATE_NOOP("labels", "拒收情况（见证人等）"),
    "addressee": QT_TRANSLATE_NOOP("labels", "受送达单位"),
    "proof": QT_TRANSLATE_NOOP("labels", "回证扫描件"),
    "public_notice_days": QT_TRANSLATE_NOOP("labels", "公告送达视为送达的期间（日）"),
    "title": QT_TRANSLATE_NOOP("labels", "名称"),
    "consented_on": QT_TRANSLATE_NOOP("labels", "同意日期"),
    "corrects_id": QT_TRANSLATE_NOOP("labels", "更正的文书"),
    "case": QT_TRANSLATE_NOOP("labels", "案件"),
}


def doc_type(value) -> str:
    return _lookup(DOC_TYPE, value)


def doc_field(name: str) -> str:
    """A document field's name (also the `fields.<name>` keys of the core's errors)."""
    name = name.removeprefix("fields.")
    if name in DOC_FIELD:
        return _lookup(DOC_FIELD, name)
    if name.startswith("pattern."):
        return tr("%1的文号格式").replace("%1", doc_type(name.removeprefix("pattern.")))
    return field(name)


# ---- intake (收案登记) ------------------------------------------------------------------------------
# Kinds, channels, states, outcomes and tracks of the intake register (ipcase.domain.intake*), the names of
# its fields in error messages, and its time limits in the deadline lists.
INTAKE_KIND = {
    "request": QT_TRANSLATE_NOOP("labels", "处理请求"),
    "mediation": QT_TRANSLATE_NOOP("labels", "调解请求"),
    "complaint": QT_TRANSLATE_NOOP("labels", "侵权投诉举报"),
    "counterfeit": QT_TRANSLATE_NOOP("labels", "假冒专利投诉举报"),
    "consultation": QT_TRANSLATE_NOOP("labels", "咨询"),
}

INTAKE_CHANNEL = {
    "counter": QT_TRANSLATE_NOOP("labels", "窗口来访"),
    "letter": QT_TRANSLATE_NOOP("labels", "信函"),
    "hotline": QT_TRANSLATE_NOOP("labels", "12330热线"),
    "online": QT_TRANSLATE_NOOP("labels", "网上平台"),
    "ecommerce": QT_TRANSLATE_NOOP("labels", "电商平台通知"),
    "trade_fair": QT_TRANSLATE_NOOP("labels", "展会现场"),
    "referral": QT_TRANSLATE_NOOP("labels", "移送"),
}

INTAKE_STATE = {
    "open": QT_TRANSLATE_NOOP("labels", "待处理"),
    "pending_correction": QT_TRANSLATE_NOOP("labels", "补正中"),
    "case": QT_TRANSLATE_NOOP("labels", "已登记为裁决案件"),
    "mediation": QT_TRANSLATE_NOOP("labels", "已登记为调解案件"),
    "refused": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "forwarded": QT_TRANSLATE_NOOP("labels", "已转交"),
    "enforcement": QT_TRANSLATE_NOOP("labels", "已移交执法"),
    "closed": QT_TRANSLATE_NOOP("labels", "已办结"),
}

TRIAGE_OUTCOME = {
    "case": QT_TRANSLATE_NOOP("labels", "登记为行政裁决案件"),
    "mediation": QT_TRANSLATE_NOOP("labels", "登记为调解案件"),
    "correction": QT_TRANSLATE_NOOP("labels", "一次性告知补正"),
    "refuse": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "forward": QT_TRANSLATE_NOOP("labels", "转交有权机关"),
    "enforcement": QT_TRANSLATE_NOOP("labels", "作为假冒专利线索移交执法"),
    "close": QT_TRANSLATE_NOOP("labels", "办结"),
}

CLOSE_REASON = {
    "answered": QT_TRANSLATE_NOOP("labels", "咨询已答复"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "来件人撤回"),
    "duplicate": QT_TRANSLATE_NOOP("labels", "重复登记，已并入他件"),
    "no_contact": QT_TRANSLATE_NOOP("labels", "无法联系来件人"),
    "not_patent": QT_TRANSLATE_NOOP("labels", "不属于专利事项"),
    "other": QT_TRANSLATE_NOOP("labels", "其他"),
}

TRACK = {
    "fast": QT_TRANSLATE_NOOP("labels", "简案快办"),
    "standard": QT_TRANSLATE_NOOP("labels", "普通程序"),
    "complex": QT_TRANSLATE_NOOP("labels", "繁案精办"),
}

ROUTING_FACT = {
    "kind": QT_TRANSLATE_NOOP("labels", "事项类型"),
    "channel": QT_TRANSLATE_NOOP("labels", "来源渠道"),
    "patent_type": QT_TRANSLATE_NOOP("labels", "专利类型"),
    "evaluation_report": QT_TRANSLATE_NOOP("labels", "已提交专利权评价报告"),
    "respondent_count": QT_TRANSLATE_NOOP("labels", "被请求人数"),
    "venue": QT_TRANSLATE_NOOP("labels", "发现场合"),
    "foreign": QT_TRANSLATE_NOOP("labels", "涉外或涉港澳台"),
    "repeat": QT_TRANSLATE_NOOP("labels", "重复侵权"),
}

VENUE = {
    "trade_fair": QT_TRANSLATE_NOOP("labels", "展会"),
    "ecommerce": QT_TRANSLATE_NOOP("labels", "电商平台"),
    "offline": QT_TRANSLATE_NOOP("labels", "线下其他"),
}

INTAKE_EVENT = {
    "registered": QT_TRANSLATE_NOOP("labels", "收案登记"),
    "edited": QT_TRANSLATE_NOOP("labels", "修改登记信息"),
    "track": QT_TRANSLATE_NOOP("labels", "确定程序（繁简分流）"),
    "case": QT_TRANSLATE_NOOP("labels", "登记为行政裁决案件"),
    "mediation": QT_TRANSLATE_NOOP("labels", "登记为调解案件"),
    "correction": QT_TRANSLATE_NOOP("labels", "告知补正"),
    "refuse": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "forward": QT_TRANSLATE_NOOP("labels", "转交有权机关"),
    "enforcement": QT_TRANSLATE_NOOP("labels", "移交执法"),
    "close": QT_TRANSLATE_NOOP("labels", "办结"),
    "correction_received": QT_TRANSLATE_NOOP("labels", "收到补正材料"),
    "extended": QT_TRANSLATE_NOOP("labels", "延长立案审查期限"),
    "converted": QT_TRANSLATE_NOOP("labels", "收到正式请求书，转为处理请求"),
    "notified": QT_TRANSLATE_NOOP("labels", "告知举报人"),
    "attachment_added": QT_TRANSLATE_NOOP("labels", "添加附件"),
    "attachment_removed": QT_TRANSLATE_NOOP("labels", "删除附件"),
}

INTAKE_FIELD = {
    "intake_number": QT_TRANSLATE_NOOP("labels", "收案编号"),
    "intake_kind": QT_TRANSLATE_NOOP("labels", "事项类型"),
    "intake_channel": QT_TRANSLATE_NOOP("labels", "来源渠道"),
    "item_kind": QT_TRANSLATE_NOOP("labels", "事项类型"),
    "channel": QT_TRANSLATE_NOOP("labels", "来源渠道"),
    "received_at": QT_TRANSLATE_NOOP("labels", "收到时间"),
    "anonymous": QT_TRANSLATE_NOOP("labels", "匿名"),
    "submitter_name": QT_TRANSLATE_NOOP("labels", "来件人"),
    "submitter_credit_code": QT_TRANSLATE_NOOP("labels", "来件人统一社会信用代码"),
    "submitter_phone": QT_TRANSLATE_NOOP("labels", "联系电话"),
    "referred_by": QT_TRANSLATE_NOOP("labels", "移送机关"),
    "targets": QT_TRANSLATE_NOOP("labels", "被投诉举报对象/被请求人"),
    "patents": QT_TRANSLATE_NOOP("labels", "专利号"),
    "handler_id": QT_TRANSLATE_NOOP("labels", "承办人"),
    "attachment": QT_TRANSLATE_NOOP("labels", "附件"),
    "attachments": QT_TRANSLATE_NOOP("labels", "附件"),
    "track": QT_TRANSLATE_NOOP("labels", "程序（繁简分流）"),
    "track_reason": QT_TRANSLATE_NOOP("labels", "改变程序的理由"),
    "suggested": QT_TRANSLATE_NOOP("labels", "规则建议"),
    "rule": QT_TRANSLATE_NOOP("labels", "所依规则"),
    "overridden": QT_TRANSLATE_NOOP("labels", "改变了建议"),
    "authority": QT_TRANSLATE_NOOP("labels", "接收机关/部门"),
    "letter_number": QT_TRANSLATE_NOOP("labels", "转交函文号"),
    "close_reason": QT_TRANSLATE_NOOP("labels", "办结理由"),
    "notified_on": QT_TRANSLATE_NOOP("labels", "告知日期"),
    "notify_method": QT_TRANSLATE_NOOP("labels", "告知方式"),
    "request_received": QT_TRANSLATE_NOOP("labels", "收到请求书日期"),
    "late": QT_TRANSLATE_NOOP("labels", "逾期补正"),
    "rules": QT_TRANSLATE_NOOP("labels", "分流规则"),
    "conditions": QT_TRANSLATE_NOOP("labels", "条件"),
    "fact": QT_TRANSLATE_NOOP("labels", "事实"),
    "value": QT_TRANSLATE_NOOP("labels", "取值"),
}
# Merged into FIELD so that error messages name the intake fields (e.g. 'targets[1].credit_code');
# the keys are new, none replaces a case-register field.
FIELD.update(INTAKE_FIELD)
_CHOICE_TABLES.update({"item_kind": INTAKE_KIND, "channel": INTAKE_CHANNEL, "track": TRACK, "suggested": TRACK,
                       "close_reason": CLOSE_REASON})

DEADLINE_CODE.update({
    "intake_d1": QT_TRANSLATE_NOOP("labels", "收案审查期限"),
    "intake_complaint": QT_TRANSLATE_NOOP("labels", "投诉受理期限"),
    "D23": QT_TRANSLATE_NOOP("labels", "假冒专利举报立案期限"),
    "intake_notify": QT_TRANSLATE_NOOP("labels", "告知实名举报人"),
    "intake_correction": QT_TRANSLATE_NOOP("labels", "收案补正期限"),
})

# Gestures of the intake register, for refusals and permission messages.
ACTION.update({
    "intake.register": QT_TRANSLATE_NOOP("labels", "收案登记"),
    "intake.update": QT_TRANSLATE_NOOP("labels", "修改登记信息"),
    "intake.attach": QT_TRANSLATE_NOOP("labels", "附件"),
    "intake.track": QT_TRANSLATE_NOOP("labels", "确定程序"),
    "intake.case": QT_TRANSLATE_NOOP("labels", "登记为行政裁决案件"),
    "intake.mediation": QT_TRANSLATE_NOOP("labels", "登记为调解案件"),
    "intake.correction": QT_TRANSLATE_NOOP("labels", "告知补正"),
    "intake.refuse": QT_TRANSLATE_NOOP("labels", "不予受理"),
    "intake.forward": QT_TRANSLATE_NOOP("labels", "转交有权机关"),
    "intake.enforcement": QT_TRANSLATE_NOOP("labels", "移交执法"),
    "intake.close": QT_TRANSLATE_NOOP("labels", "办结"),
    "intake.correction_received": QT_TRANSLATE_NOOP("labels", "收到补正材料"),
    "intake.extend": QT_TRANSLATE_NOOP("labels", "延长立案审查期限"),
    "intake.convert": QT_TRANSLATE_NOOP("labels", "转为处理请求"),
    "intake.notify": QT_TRANSLATE_NOOP("labels", "告知举报人"),
    "intake.routing": QT_TRANSLATE_NOOP("labels", "修改分流规则"),
})


def intake_kind(value) -> str:
    return _lookup(INTAKE_KIND, value)


def intake_channel(value) -> str:
    return _lookup(INTAKE_CHANNEL, value)


def intake_state(value) -> str:
    return _lookup(INTAKE_STATE, value)


def triage_outcome(value) -> str:
    return _lookup(TRIAGE_OUTCOME, value)


def close_reason(value) -> str:
    return _lookup(CLOSE_REASON, value)


def track(value) -> str:
    return _lookup(TRACK, value)


def routing_fact(value) -> str:
    return _lookup(ROUTING_FACT, value)


def venue(value) -> str:
    return _lookup(VENUE, value)


def intake_event(value) -> str:
    return _lookup(INTAKE_EVENT, value)
