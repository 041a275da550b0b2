"""Labels of the documents feature (文书): the titles of every document type (the case register's, evidence's and
the mediation cases'), the text the clerk supplies, and the document entries of a case's timeline."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common import texts
from ui.common.i18n import tr
from ui.common.labels import FieldScope, lookup

# Titles of the document types (ipcase.domain.documents.types) and names of the text the clerk supplies.
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
    # evidence (证据)
    "evidence_list": QT_TRANSLATE_NOOP("labels", "证据材料清单"),
    "sampling_decision": QT_TRANSLATE_NOOP("labels", "抽样取证决定书"),
    "release_decision": QT_TRANSLATE_NOOP("labels", "解除登记保存决定书"),
    # stand-alone mediation cases (调解案件)
    "mediation_statement_notice": QT_TRANSLATE_NOOP("labels", "陈述意见通知书"),
    "mediation_refusal_notice": QT_TRANSLATE_NOOP("labels", "不予受理调解请求通知书"),
    "mediation_session_notice": QT_TRANSLATE_NOOP("labels", "调解通知书"),
    "mediation_revocation_notice": QT_TRANSLATE_NOOP("labels", "撤销案件通知书"),
    "mediation_case_agreement": QT_TRANSLATE_NOOP("labels", "专利纠纷调解协议书"),
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
    "requests": QT_TRANSLATE_NOOP("labels", "请求事项"),
    "requester_says": QT_TRANSLATE_NOOP("labels", "请求人称"),
    "respondent_says": QT_TRANSLATE_NOOP("labels", "被请求人辩称"),
    "evidence": QT_TRANSLATE_NOOP("labels", "证据及质证情况"),
    "facts": QT_TRANSLATE_NOOP("labels", "经审理查明"),
    "reasoning": QT_TRANSLATE_NOOP("labels", "本局认为"),
    "disputes": QT_TRANSLATE_NOOP("labels", "争议焦点"),
    "defence_prior_art": QT_TRANSLATE_NOOP("labels", "现有技术（设计）抗辩"),
    "defence_prior_use": QT_TRANSLATE_NOOP("labels", "先用权抗辩"),
    "defence_legal_source": QT_TRANSLATE_NOOP("labels", "合法来源抗辩"),
    "orders": QT_TRANSLATE_NOOP("labels", "裁决主文"),
    "costs": QT_TRANSLATE_NOOP("labels", "费用负担"),
    "history": QT_TRANSLATE_NOOP("labels", "调解经过"),
    "terms": QT_TRANSLATE_NOOP("labels", "协议条款"),
    "transfer_to": QT_TRANSLATE_NOOP("labels", "受移送机关"),
    "corrections": QT_TRANSLATE_NOOP("labels", "更正内容"),
    "obligations": QT_TRANSLATE_NOOP("labels", "未履行的义务"),
    "court": QT_TRANSLATE_NOOP("labels", "人民法院"),
    "attachments": QT_TRANSLATE_NOOP("labels", "附件"),
    "examination": QT_TRANSLATE_NOOP("labels", "审查意见"),
    # evidence documents
    "submitter": QT_TRANSLATE_NOOP("labels", "递交人"),
    "items": QT_TRANSLATE_NOOP("labels", "清单（每行一项，各栏以制表符分隔）"),
    "receiver": QT_TRANSLATE_NOOP("labels", "接收人"),
    "preserved_on": QT_TRANSLATE_NOOP("labels", "登记保存日期"),
    "release_reason": QT_TRANSLATE_NOOP("labels", "解除理由"),
    # the document dialog and the service dialog
    "party_id": QT_TRANSLATE_NOOP("labels", "受送达人"),
    "subject_id": QT_TRANSLATE_NOOP("labels", "所涉文书"),
    "signed_by": QT_TRANSLATE_NOOP("labels", "签发人"),
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

# Document entries of a case's timeline, and the names of their details.
TIMELINE_KIND = {
    "document_issued": QT_TRANSLATE_NOOP("labels", "签发文书"),
    "document_served": QT_TRANSLATE_NOOP("labels", "登记送达"),
    "consent_recorded": QT_TRANSLATE_NOOP("labels", "同意电子送达"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("labels", "撤回电子送达同意"),
}

FIELD = {
    "document": QT_TRANSLATE_NOOP("labels", "文书"),
    "number": QT_TRANSLATE_NOOP("labels", "文号"),
    "corrects": QT_TRANSLATE_NOOP("labels", "更正"),
    "deemed": QT_TRANSLATE_NOOP("labels", "视为送达日期"),
    "pages": QT_TRANSLATE_NOOP("labels", "页数"),
}


def doc_type(value) -> str:
    return lookup(DOC_TYPE, value)


def doc_field(name: str, fallback: FieldScope | None = None) -> str:
    """A document field's name (also the `fields.<name>` keys of the core's errors); a name that is not a
    document's own is looked up in `fallback`, by default every feature's field names (a hearing-change notice
    names the `previous` arrangement as the hearings do)."""
    name = name.removeprefix("fields.")
    if name in DOC_FIELD:
        return lookup(DOC_FIELD, name)
    if name.startswith("pattern."):
        return tr("%1的文号格式").replace("%1", doc_type(name.removeprefix("pattern.")))
    return (fallback or texts.current().fields).field(name)
