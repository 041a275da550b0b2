"""The official documents of a case (DOMAIN §9): who each is addressed to, when it is offered, what the clerk
must still write, how it may be served, and which party date its service starts.

Pure data: the document engine renders them (ipcase/documents), the services issue and serve them, the UI
offers them. Templates are `resources/templates/<key>.txt`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ipcase.domain.cases.patent_type_rules import EVALUATION_REPORT_TYPES
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import (
    CLOSED_STATES,
    PRE_REGISTRATION_STATES,
    REGISTERED_OPEN_STATES,
    CaseState,
    PartyRole,
    PatentType,
    ServiceMethod,
)


class Addressee(StrEnum):
    REQUESTER = "requester"    # one document per requester
    RESPONDENT = "respondent"  # one document per respondent
    PARTY = "party"            # one document to one chosen party
    PARTIES = "parties"        # one document served on every party
    EXTERNAL = "external"      # an organisation named in the document (court, office, appraiser)
    INTERNAL = "internal"      # forms and records kept in the file: never served


@dataclass(frozen=True)
class TextField:
    """Something only the clerk knows. `source` names a value the engine pre-fills (see context.defaults)."""
    name: str
    multiline: bool = True
    required: bool = True
    source: str = ""


@dataclass(frozen=True)
class DocType:
    key: str
    title: str
    code: str                          # short word in the default 文号 pattern
    addressee: Addressee
    layout: str = "notice"             # 'notice' (GB/T 9704) or 'form' (ruled table)
    states: frozenset[CaseState] | None = None   # offered in these states (None: always)
    fields: tuple[TextField, ...] = ()
    starts: CaseAction | None = None   # serving it on a party records this workflow action
    electronic_ok: bool = True         # M25 10 / G19: never rulings and mediation agreements
    left_ok: bool = True               # G19: a mediation agreement is not served by 留置
    needs_subject: bool = False        # refers to another issued document (送达回证, 更正通知, 催告…)
    of_intake: bool = False            # issued for an intake item, never offered for a case
    of_mediation_case: bool = False    # issued for a stand-alone mediation case (domain.mediation_cases)
    patent_types: frozenset[PatentType] | None = None   # only for these patent types (None: any)
    # Issued by a step of its own feature (the credit list's 告知书 and 决定书), with the step's facts: never
    # offered in the 文书 dialog, refused by the generic issue, and possible on an archived file (a listing runs
    # for years after the case it rests on was archived).
    by_step: bool = False

    @property
    def template(self) -> str:
        return f"{self.key}.txt"

    @property
    def served(self) -> bool:
        return self.addressee != Addressee.INTERNAL

    def default_pattern(self) -> str:
        return "{机关简称}知" + self.code + "字〔{YYYY}〕{n}号"


S = CaseState
T = TextField
A = Addressee
_PRE = frozenset(PRE_REGISTRATION_STATES)
_OPEN = frozenset(REGISTERED_OPEN_STATES)
_RULED = frozenset({S.CLOSED_RULING_INFRINGEMENT, S.CLOSED_RULING_REJECTED})
_CLOSED = frozenset(CLOSED_STATES)   # an archived file is read-only
_CREDIT = frozenset({S.CLOSED_RULING_INFRINGEMENT, S.ARCHIVED})   # the credit list rests on an infringement ruling

CATALOG: tuple[DocType, ...] = (
    # ---- intake
    DocType("correction_notice", "补正通知书", "裁补", A.REQUESTER, states=_PRE,
            fields=(T("defects", source="defects"),)),
    DocType("evaluation_report_notice", "提交专利权评价报告通知书", "裁评", A.REQUESTER, states=_PRE | _OPEN,
            fields=(T("days", multiline=False, source="evaluation_days"),),
            patent_types=EVALUATION_REPORT_TYPES),   # 专利法 art 66: utility models and designs only
    DocType("registration_approval", "立案审批表", "裁立审", A.INTERNAL, "form", states=_PRE | _OPEN,
            fields=(T("summary", source="summary"), T("officer_opinion", source="register_opinion"))),
    DocType("acceptance_notice", "专利侵权纠纷处理请求受理通知书", "裁受", A.REQUESTER, states=_OPEN | _CLOSED,
            starts=CaseAction.SERVE_REGISTRATION_NOTICE),
    DocType("refusal_notice", "不予受理通知书", "裁不受", A.REQUESTER, states=frozenset({S.NOT_ACCEPTED}),
            fields=(T("reason_text", source="refusal_text"),)),
    # ---- service and the answer
    DocType("answer_notice", "答辩通知书", "裁答", A.RESPONDENT, states=_OPEN,
            starts=CaseAction.SERVE_COPY),
    DocType("service_proof", "送达回证", "裁送", A.INTERNAL, "form", needs_subject=True),
    # ---- investigation
    DocType("investigation_notice", "调查通知书", "裁调", A.PARTY, states=_OPEN,
            fields=(T("matters"), T("time_place", multiline=False), T("materials", required=False))),
    DocType("investigation_record", "调查笔录", "裁调录", A.INTERNAL, "form", states=_OPEN,
            fields=(T("interviewee", multiline=False), T("investigators", multiline=False, source="investigators"),
                    T("place", multiline=False), T("time_range", multiline=False), T("record"))),
    DocType("inspection_record", "现场检查（勘验）笔录", "裁勘录", A.INTERNAL, "form", states=_OPEN,
            fields=(T("time_range", multiline=False), T("place", multiline=False),
                    T("investigators", multiline=False, source="investigators"),
                    T("present", source=""), T("witness", required=False), T("informed", source="informed"),
                    T("findings"))),
    DocType("preservation_decision", "证据登记保存决定书", "裁存", A.PARTY, states=_OPEN,
            fields=(T("from_time", multiline=False), T("place", multiline=False), T("item_list"))),
    # (evidence feature) the register printed, sampling and the end of a preservation; `items` carries one
    # row a line with tab-separated cells, pre-filled from the structured records (documents/evidence_drafts.py)
    DocType("evidence_list", "证据材料清单", "裁证", A.INTERNAL, "form", states=_PRE | _OPEN | _CLOSED,
            fields=(T("submitter", multiline=False, required=False, source="evidence_submitter"),
                    T("items", source="evidence_rows"),
                    T("receiver", multiline=False, required=False, source="evidence_receiver"))),
    DocType("sampling_decision", "抽样取证决定书", "裁抽", A.PARTY, states=_OPEN,
            fields=(T("place", multiline=False), T("items", source="sampling_rows"))),
    DocType("release_decision", "解除登记保存决定书", "裁解存", A.PARTY, states=_OPEN,
            fields=(T("preserved_on", multiline=False, source="preserved_on"),
                    T("item_list", source="preserved_items"), T("release_reason", required=False))),
    DocType("appraisal_commission", "技术鉴定委托书", "裁鉴", A.EXTERNAL, states=_OPEN,
            fields=(T("institution", multiline=False), T("item_list"), T("materials"),
                    T("due", multiline=False))),
    # Issued with the 部门负责人's decision on an application (services/recusal.py); the sources start a manual
    # one from the latest decision.
    DocType("recusal_decision", "回避申请决定书", "裁回", A.PARTY, states=_OPEN,
            fields=(T("challenged", multiline=False, source="recusal_challenged"),
                    T("grounds", source="recusal_grounds"), T("examination", source="recusal_examination"),
                    T("decision", source="recusal_decision"))),
    # ---- suspension, extension
    DocType("suspension_notice", "中止处理通知书", "裁中", A.PARTIES, states=_OPEN,
            fields=(T("reason_text", source="suspension_text"),)),
    DocType("suspension_refusal_notice", "不予中止处理通知书", "裁不中", A.PARTY, states=_OPEN,
            fields=(T("reason_text", source="refuse_suspension_text"),)),
    DocType("resumption_notice", "恢复处理通知书", "裁恢", A.PARTIES, states=_OPEN,
            fields=(T("reason_text", source="resume_text"),)),
    DocType("extension_approval", "延长期限审批表", "裁延审", A.INTERNAL, "form", states=_OPEN | _CLOSED,
            fields=(T("reason", source="extension_reason"),)),
    # ---- hearing and deliberation
    DocType("hearing_notice", "口头审理通知书", "裁审", A.PARTY,
            states=frozenset({S.HEARING_SCHEDULED}), fields=(T("bring", required=False, source="bring"),)),
    DocType("hearing_change_notice", "口头审理变更通知书", "裁审变", A.PARTY,
            states=frozenset({S.HEARING_SCHEDULED}),
            fields=(T("previous", multiline=False, source="previous_hearing"), T("reason", source="change_reason"))),
    # Prints the structured record of the hearing editor (services/hearing_records.py): the session named by
    # the draft's `hearing_id`, else the case's latest; `record` adds free text (all of it without a record).
    DocType("hearing_record", "口头审理笔录", "裁审录", A.INTERNAL, "form",
            states=frozenset({S.HEARING_SCHEDULED, S.HEARD}) | _CLOSED,
            fields=(T("record", required=False),)),
    DocType("deliberation_record", "合议笔录", "裁合录", A.INTERNAL, "form",
            states=frozenset({S.DELIBERATION, S.CLOSURE_APPROVAL}) | _CLOSED,
            fields=(T("record", source="majority_opinion"), T("dissent", required=False, source="dissent"))),
    # ---- closing
    DocType("closing_approval", "结案审批表", "裁结审", A.INTERNAL, "form",
            states=frozenset({S.DELIBERATION, S.CLOSURE_APPROVAL}) | _CLOSED,
            fields=(T("summary", source="summary"), T("panel_opinion", source="majority_opinion"))),
    DocType("ruling", "专利侵权纠纷案件行政裁决书", "裁决", A.PARTIES,
            states=frozenset({S.CLOSURE_APPROVAL}) | _RULED, starts=CaseAction.RECORD_RULING_SERVICE,
            electronic_ok=False,
            # requests: the numbered requests as filed (one per line), answered by the orders; the three
            # defence fields hold the panel's finding on a defence raised (its article is cited, ruling/orders.py)
            fields=(T("requests", required=False, source="requests"), T("requester_says"),
                    T("respondent_says", source="respondent_says"),
                    T("evidence", source="ruling_evidence"), T("facts"),
                    T("disputes", required=False, source="disputes"), T("reasoning"),
                    T("defence_prior_art", required=False), T("defence_prior_use", required=False),
                    T("defence_legal_source", required=False), T("orders", source="orders"),
                    T("costs", required=False), T("attachments", required=False))),
    DocType("mediation_agreement", "专利侵权纠纷调解协议书", "裁调协", A.PARTIES,
            states=_OPEN | frozenset({S.CLOSED_MEDIATED}), electronic_ok=False, left_ok=False,
            fields=(T("history", source="mediation_history"), T("terms", source="terms"))),
    DocType("revocation_decision", "撤销专利侵权纠纷案件决定书", "裁撤", A.PARTIES,
            states=frozenset({S.CLOSED_REVOKED}),
            fields=(T("reason_text", source="revoke_text"), T("costs", required=False))),
    DocType("transfer_letter", "案件移送函", "裁移", A.EXTERNAL, states=frozenset({S.CLOSED_REVOKED}) | _OPEN,
            fields=(T("transfer_to", multiline=False, source="transfer_to"), T("reason_text", source="revoke_text"))),
    # ---- of an intake item that never became a case (issued by the triage, services/intake_letters.py)
    DocType("intake_transfer_letter", "转交函", "收转", A.EXTERNAL, states=frozenset(), of_intake=True,
            fields=(T("transfer_to", multiline=False), T("reason_text"))),
    # ---- of a stand-alone mediation case (offered by domain.mediation_case_documents, M25 arts 65-69)
    DocType("mediation_statement_notice", "陈述意见通知书", "调陈", A.RESPONDENT, states=frozenset(),
            of_mediation_case=True, fields=(T("days", multiline=False, source="statement_days"),)),
    DocType("mediation_refusal_notice", "不予受理调解请求通知书", "调不受", A.REQUESTER, states=frozenset(),
            of_mediation_case=True, fields=(T("reason_text", source="mediation_refusal_text"),)),
    DocType("mediation_session_notice", "调解通知书", "调通", A.PARTIES, states=frozenset(),
            of_mediation_case=True, fields=(T("bring", required=False, source="bring"),)),
    DocType("mediation_revocation_notice", "撤销案件通知书", "调撤", A.PARTIES, states=frozenset(),
            of_mediation_case=True, fields=(T("reason_text", source="mediation_revoke_text"),)),
    DocType("mediation_case_agreement", "专利纠纷调解协议书", "调协", A.PARTIES, states=frozenset(),
            of_mediation_case=True, electronic_ok=False, left_ok=False,
            fields=(T("history", source="mediation_case_history"), T("terms", source="mediation_case_terms"))),
    # ---- after the ruling
    DocType("ruling_correction_notice", "行政裁决修改更正通知书", "裁更", A.PARTIES, states=_RULED,
            needs_subject=True, fields=(T("corrections"),)),
    DocType("reminder", "催告书", "裁催", A.PARTY, states=frozenset({S.CLOSED_RULING_INFRINGEMENT}),
            needs_subject=True, fields=(T("obligations", source="obligations"),)),
    DocType("enforcement_application", "强制执行申请书", "裁执", A.EXTERNAL,
            states=frozenset({S.CLOSED_RULING_INFRINGEMENT}), needs_subject=True,
            fields=(T("court", multiline=False), T("obligations", source="obligations"),
                    T("attachments", source="enforcement_attachments"))),
    # ---- the credit list (专利领域严重失信; issued by the steps of services/credit/listings.py, wording from
    # documents/credit.py): the notice before listing, the listing, the removal, the repair decided
    DocType("credit_listing_notice", "列入严重失信主体名单告知书", "裁信告", A.PARTY, states=_CREDIT, by_step=True,
            fields=(T("ground"), T("facts"), T("days", multiline=False))),
    DocType("credit_listing_decision", "列入严重失信主体名单决定书", "裁信列", A.PARTY, states=_CREDIT, by_step=True,
            fields=(T("ground"), T("facts"), T("heard"), T("period", multiline=False))),
    DocType("credit_removal_decision", "移出严重失信主体名单决定书", "裁信移", A.PARTY, states=_CREDIT, by_step=True,
            fields=(T("ground"), T("listed"), T("reason"))),
    DocType("credit_repair_decision", "信用修复决定书", "裁信修", A.PARTY, states=_CREDIT, by_step=True,
            fields=(T("ground"), T("listed"), T("application"), T("examination"), T("decision"))),
)

BY_KEY: dict[str, DocType] = {d.key: d for d in CATALOG}
assert len(BY_KEY) == len(CATALOG)


def doc_type(key: str) -> DocType:
    from ipcase.errors import ValidationFailed
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationFailed("doc_type", "choice", key, value=key) from None


def offered(state: CaseState, patent_type: PatentType | None = None) -> list[DocType]:
    """The documents that make sense in `state` (and for the case's patent type), in lifecycle order."""
    return [d for d in CATALOG if (d.states is None or state in d.states) and fits_patent(d, patent_type)
            and not d.by_step]


def fits_patent(dt: DocType, patent_type: PatentType | None) -> bool:
    return dt.patent_types is None or patent_type is None or PatentType(patent_type) in dt.patent_types


# ---- service (送达) ------------------------------------------------------------------------------

# Which party date each service-driving action fills (ipcase/services/cases/actions.py writes it).
STARTS_COLUMN = {
    CaseAction.SERVE_REGISTRATION_NOTICE: "notice_served",
    CaseAction.SERVE_COPY: "copy_served",
    CaseAction.RECORD_RULING_SERVICE: "ruling_served",
}
STARTS_ROLE = {
    CaseAction.SERVE_REGISTRATION_NOTICE: PartyRole.REQUESTER,
    CaseAction.SERVE_COPY: PartyRole.RESPONDENT,
}


def service_refusal(dt: DocType, method: ServiceMethod, *, has_consent: bool) -> str | None:
    """Why `method` may not be used for `dt` (a refusal code), or None."""
    if not dt.served:
        return "not_served"
    if method == ServiceMethod.ELECTRONIC:
        if not dt.electronic_ok:
            return "electronic_not_allowed"
        if not has_consent:
            return "no_electronic_consent"
    if method == ServiceMethod.LEFT and not dt.left_ok:
        return "left_not_allowed"
    return None


def served_by(action: CaseAction) -> DocType:
    """The document whose service a case's own service action records (受理通知书, 答辩通知书, 裁决书)."""
    return next(d for d in CATALOG if d.starts == action)


def action_service_refusal(action: CaseAction, method: ServiceMethod, *, has_consent: bool) -> str | None:
    """The 送达 register's rule for the case's own service action: one rule on both paths, so a ruling is never
    served electronically whichever button records it (M25 art 10; G19)."""
    return service_refusal(served_by(action), method, has_consent=has_consent)


@dataclass(frozen=True)
class Waiting:
    """A period that cannot start until a party has been served."""
    party_id: int
    party_name: str
    document: str      # DocType key whose service starts it
    periods: tuple[str, ...]   # DeadlineCode values


@dataclass(frozen=True)
class PartyService:
    party_id: int
    name: str
    role: PartyRole
    notice_served: date | None
    copy_served: date | None
    ruling_served: date | None


def waiting_for_service(state: CaseState, parties: Iterable[PartyService]) -> list[Waiting]:
    """Deadlines that run from service and have not started (DOMAIN §4): the recusal and evidence periods
    (D6, D10) from the 受理通知书 / 答辩通知书, the answer period (D3) from the copy of the request, the
    suit period (D14) from the ruling."""
    out = []
    for p in parties:
        if state in REGISTERED_OPEN_STATES:
            if p.role == PartyRole.REQUESTER and p.notice_served is None:
                out.append(Waiting(p.party_id, p.name, "acceptance_notice", ("D6", "D10")))
            if p.role == PartyRole.RESPONDENT and p.copy_served is None:
                out.append(Waiting(p.party_id, p.name, "answer_notice", ("D3", "D6", "D10")))
        if state in _RULED and p.role in (PartyRole.REQUESTER, PartyRole.RESPONDENT) and p.ruling_served is None:
            out.append(Waiting(p.party_id, p.name, "ruling", ("D14",)))
    return out
