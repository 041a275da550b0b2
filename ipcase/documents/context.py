"""Template context of one document, built from what the office knows (DocumentCase) and what the clerk
wrote (DocumentDraft). Pure: no database, no clock (the issue date is a parameter)."""
from __future__ import annotations

from datetime import date

from ipcase.documents.hearings import record_context
from ipcase.documents.recusal import prefill
from ipcase.documents.ruling.compose import ruling_context, ruling_defaults
from ipcase.documents.ruling.parties import agent_description
from ipcase.documents.signature_lines import signature_lines
from ipcase.documents.templates import cn_date
from ipcase.domain import terms
from ipcase.domain.cases.panel import VOTING_ROLES
from ipcase.domain.documents.types import Addressee, DocType
from ipcase.domain.enums import (
    ClosingOutcome,
    PanelRole,
    PartyKind,
    PartyRole,
    PatentType,
    RefusalReason,
    RevokeReason,
    SuspensionGround,
)
from ipcase.dto.documents import DocParty, DocumentCase, DocumentDraft, IssuedRef
from ipcase.errors import ValidationErrors, ValidationFailed

# The documents' own wording of refusal and revocation grounds (legal prose; the UI's labels are shorter).
REFUSAL = {
    RefusalReason.NOT_INTERESTED_PARTY: "请求人不是专利权人或者利害关系人",
    RefusalReason.NO_DEFINITE_RESPONDENT: "没有明确的被请求人",
    RefusalReason.NO_DEFINITE_CLAIMS: "没有明确的请求事项和具体事实、理由",
    RefusalReason.OUTSIDE_JURISDICTION: "不属于本机关受案范围和管辖",
    RefusalReason.SUED_IN_COURT: "当事人已就该专利侵权纠纷向人民法院起诉",
}
REVOKE = {
    RevokeReason.WITHDRAWAL: "请求人撤回处理请求",
    RevokeReason.NO_SHOW: "请求人经书面通知，无正当理由拒不参加口头审理，按撤回请求处理",
    RevokeReason.NOT_QUALIFYING: "立案后发现不符合受理条件",
    RevokeReason.DEATH_DISSOLUTION: "当事人死亡或者终止，没有继承人或者权利义务承受人",
    RevokeReason.CLAIMS_UNSPECIFIED: "经释明，请求人仍不明确请求保护的权利要求",
    RevokeReason.LIMITATION_DEFENCE: "被请求人提出的时效抗辩成立",
    RevokeReason.JURISDICTION: "本案不属于本局管辖，应当移送有管辖权的部门处理",
    RevokeReason.SUED_IN_COURT: "当事人已就本纠纷向人民法院起诉",
    RevokeReason.OTHER: "其他应当撤销案件的情形",
}
SUSPENSION = {
    SuspensionGround.INVALIDATION_UM_DESIGN: "被请求人对涉案专利提出无效宣告请求，国家知识产权局已受理",
    SuspensionGround.PARTY_DIED: "一方当事人死亡，需要等待继承人表明是否参加处理",
    SuspensionGround.LOST_CAPACITY: "一方当事人丧失行为能力，尚未确定法定代理人",
    SuspensionGround.ENTITY_TERMINATED: "作为一方当事人的法人或者非法人组织终止，尚未确定权利义务承受人",
    SuspensionGround.FORCE_MAJEURE: "一方当事人因不可抗拒的事由，不能参加处理",
    SuspensionGround.DEPENDS_ON_OTHER_CASE: "本案必须以另一案的审理结果为依据，而另一案尚未审结",
    SuspensionGround.AWAITING_REPLY: "本案涉及的法律适用问题需要请示上级机关答复",
}
SUSPENSION_ITEM = {g: i for i, g in enumerate(SuspensionGround, 1)}
PANEL_TITLE = {PanelRole.LEADER: "合议组长", PanelRole.MEMBER: "审理员", PanelRole.CLERK: "书记员",
               PanelRole.TECH_INVESTIGATOR: "技术调查官"}
DRAFT_NUMBER = "（签发时编号）"


def party_context(p: DocParty) -> dict:
    natural = p.kind == PartyKind.NATURAL
    return {
        "id": p.id, "name": p.name, "role": p.role, "natural": natural,
        "kind": terms.PARTY_KIND.get(p.kind, ""),
        "credit_code": p.credit_code, "id_number": p.id_number,
        "legal_rep": p.legal_rep, "legal_rep_title": p.legal_rep_title,
        "rep_label": terms.REPRESENTATIVE.get(p.kind, "法定代表人"),
        "business": p.kind == PartyKind.INDIVIDUAL_BUSINESS,
        "address_label": terms.ADDRESS.get(p.kind, "住所"), "address": p.address, "phone": p.phone, "no_domicile": p.no_domicile_in_prc,
        "notice_served": p.notice_served, "copy_served": p.copy_served, "ruling_served": p.ruling_served,
        "agents": [{"name": a.name, "organization": a.organization, "phone": a.phone, "address": a.address,
                    "described": agent_description(a)} for a in p.agents],
    }


def _latest(case: DocumentCase, doc_type: str) -> IssuedRef | None:
    found = [d for d in case.issued if d.doc_type == doc_type]
    return found[-1] if found else None


def defaults(case: DocumentCase) -> dict[str, str]:
    """Pre-filled text for the TextField sources: what the app can already say, for the clerk to edit."""
    p = case.payloads
    cd = case.closing_detail or {}
    requesters = "、".join(x.name for x in case.parties if x.role == PartyRole.REQUESTER)
    respondents = "、".join(x.name for x in case.parties if x.role == PartyRole.RESPONDENT)
    suspension = next((x for x in reversed(case.pauses) if x.kind == "suspension"), None)
    refusal = [REFUSAL.get(r, "") for r in cd.get("refusal_reasons") or () if REFUSAL.get(r)]
    investigators = [n for r, n in case.panel if r in VOTING_ROLES][:2]
    officer_line = case.officer_name or (investigators[0] if investigators else "")
    return {
        "defects": (p.get("request_correction") or {}).get("defects", ""),
        "evaluation_days": "15",
        "summary": (p.get("register") or {}).get("summary") or case.request_summary
        or f"请求人{requesters}请求处理被请求人{respondents}侵犯其{case.patent_number}号专利权的纠纷。",
        "register_opinion": "经审查，本案符合《专利纠纷行政裁决和调解办法》规定的受理条件，建议立案。",
        "refusal_text": cd.get("reason_text") or "；".join(refusal),
        "investigators": "、".join(investigators) or officer_line,
        "informed": "已向当事人出示执法证件，告知其检查事由、依法配合的义务及陈述、申辩的权利。",
        "suspension_text": (SUSPENSION.get(suspension.ground, "") if suspension else ""),
        "refuse_suspension_text": (p.get("refuse_suspension") or {}).get("reason_text", ""),
        "resume_text": (p.get("resume") or {}).get("reason_text", "中止处理的原因已经消除"),
        "extension_reason": (case.extensions[-1].reason if case.extensions else
                             (p.get("extend_closing") or {}).get("reason", "")),
        "bring": "身份证明、授权委托书原件及证据原件",
        **prefill(p.get("recusal_decided") or {}),
        "previous_hearing": (p.get("hearing_changed") or {}).get("previous", ""),
        "change_reason": (p.get("hearing_changed") or {}).get("reason", ""),
        "attendance": f"请求人：{requesters}\n被请求人：{respondents}",
        "majority_opinion": cd.get("majority_opinion") or (p.get("submit_closing") or {}).get("majority_opinion", ""),
        "dissent": cd.get("dissent") or (p.get("submit_closing") or {}).get("dissent") or "",
        "respondent_says": "" if any(x.answer_received for x in case.parties) else "被请求人在答辩期内未提交答辩书。",
        # The 调解 tab's agreement (its latest timeline entry) says the history and the numbered terms.
        "mediation_history": (p.get("mediation_agreement") or {}).get("history")
        or f"本局于{cn_date(case.registered_date)}立案受理后，在本局主持下，双方当事人自愿达成如下协议：",
        "terms": cd.get("terms") or (p.get("mediation_agreement") or {}).get("terms")
        or (p.get("close_by_mediation") or {}).get("terms", ""),
        "revoke_text": REVOKE.get(cd.get("revoke_reason"), "") + (f"。{cd['reason_text']}" if cd.get("reason_text") else ""),
        "transfer_to": cd.get("transfer_to") or "",
        "obligations": "立即停止侵犯涉案专利权的行为",
        "enforcement_attachments": "1. 行政裁决书及送达回证\n2. 催告书及送达回证\n3. 当事人未履行义务的情况说明",
        **ruling_defaults(case),   # requests, evidence, disputes and orders of the 行政裁决书
    }


def check_fields(dt: DocType, draft: DocumentDraft) -> dict[str, str]:
    """The clerk's text, with every required field present; raises naming each missing one."""
    errors, out = [], {}
    for f in dt.fields:
        value = str(draft.fields.get(f.name) or "").strip()
        if f.required and not value:
            errors.append(ValidationFailed(f"fields.{f.name}", "required"))
        out[f.name] = value
    if dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT, Addressee.PARTY) and draft.party_id is None:
        errors.append(ValidationFailed("party_id", "required"))
    if dt.needs_subject and draft.subject_id is None:
        errors.append(ValidationFailed("subject_id", "required"))
    if errors:
        raise ValidationErrors(errors)
    return out


def build_context(case: DocumentCase, dt: DocType, draft: DocumentDraft, *, number: str | None,
                  issue_date: date, subject: IssuedRef | None = None, corrects: IssuedRef | None = None,
                  subject_addressee: DocParty | None = None, service_method: str = "") -> dict:
    fields = check_fields(dt, draft)
    parties = [party_context(p) for p in case.parties]
    by_id = {p["id"]: p for p in parties}
    addressee = by_id.get(draft.party_id) if draft.party_id is not None else None
    if dt.addressee in (Addressee.REQUESTER, Addressee.RESPONDENT) and (addressee is None or addressee["role"] != dt.addressee):
        raise ValidationFailed("party_id", "choice", value=draft.party_id)
    if dt.addressee == Addressee.PARTY and addressee is None:
        raise ValidationFailed("party_id", "choice", value=draft.party_id)
    panel = {"leader": "", "members": [], "clerk": "", "tech": ""}
    for role, name in case.panel:
        if role == PanelRole.LEADER:
            panel["leader"] = name
        elif role == PanelRole.MEMBER:
            panel["members"].append(name)
        elif role == PanelRole.CLERK:
            panel["clerk"] = name
        elif role == PanelRole.TECH_INVESTIGATOR:
            panel["tech"] = name
    panel["names"] = "、".join(n for n in [panel["leader"], *panel["members"]] if n)
    cd = dict(case.closing_detail or {})
    suspension = next((x for x in reversed(case.pauses) if x.kind == "suspension"), None)
    ruling = _latest(case, "ruling")
    return {
        "office": case.office,
        "case": case,
        "case_number": case.case_number or "（立案后编号）",
        "patent": {"number": case.patent_number, "title": case.patent_title, "patentee": case.patentee,
                   "type": terms.PATENT_TYPE.get(case.patent_type, ""), "filing_date": case.filing_date,
                   "grant_date": case.grant_date, "um_or_design": case.patent_type != PatentType.INVENTION},
        "cause": f"“{case.patent_title}”（专利号：{case.patent_number}）{terms.PATENT_TYPE.get(case.patent_type, '')}专利侵权纠纷",
        "acts": "、".join(terms.INFRINGING_ACT.get(a, a) for a in case.acts),
        "signers": signature_lines((case.payloads.get("mediation_agreement") or {}).get("signers"), parties),
        "requesters": [p for p in parties if p["role"] == PartyRole.REQUESTER],
        "respondents": [p for p in parties if p["role"] == PartyRole.RESPONDENT],
        "third_parties": [p for p in parties if p["role"] == PartyRole.THIRD_PARTY],
        "requester_names": "、".join(p["name"] for p in parties if p["role"] == PartyRole.REQUESTER),
        "respondent_names": "、".join(p["name"] for p in parties if p["role"] == PartyRole.RESPONDENT),
        "addressee": addressee,
        "panel": panel,
        "record": record_context(case, draft),
        "closing": cd,
        "refusal": [(text, r in (cd.get("refusal_reasons") or ())) for r, text in REFUSAL.items()],
        "refusal_other": any(r not in REFUSAL for r in cd.get("refusal_reasons") or ()),
        "suspension": suspension,
        "suspension_item": SUSPENSION_ITEM.get(suspension.ground, 0) if suspension else 0,
        "suspension_invalidation": bool(suspension and suspension.ground == SuspensionGround.INVALIDATION_UM_DESIGN),
        "resumed_on": suspension.end_date if suspension else None,
        "extension": case.extensions[-1] if case.extensions else None,
        "approvals": {a.action: a for a in case.approvals},
        "outcome_infringement": case.proposed_outcome == ClosingOutcome.INFRINGEMENT
        or case.state == "closed_ruling_infringement",
        "ruling": ruling,
        "subject": subject,
        "subject_addressee": party_context(subject_addressee) if subject_addressee else None,
        "service_method": service_method,
        "corrects": corrects,
        "f": fields,
        "ruling_text": ruling_context(case, fields, SUSPENSION, number) if dt.key == "ruling" else None,
        "doc": {"title": dt.title, "number": number or DRAFT_NUMBER, "date": issue_date, "draft": number is None},
        "days": {"answer": case.answer_days, "answer_no_domicile": case.answer_days_no_domicile,
                 "evidence": case.evidence_days, "suit": case.suit_days},
    }
