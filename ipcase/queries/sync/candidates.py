"""What the 检出 dialog offers (issue 14): the office's open cases, intake items and mediation cases that are not out
on a laptop already, the officers who may hold them, and the documents whose 文号 a laptop may reserve."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, PanelSeat
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.db.models.sync import Checkout, CheckoutRecord
from ipcase.domain.documents.types import CATALOG
from ipcase.domain.enums import OPEN_STATES, Role
from ipcase.domain.intake.items import IntakeState
from ipcase.domain.mediation.cases import OPEN_STATES as MEDIATION_OPEN_STATES
from ipcase.uow import UnitOfWork

# Documents an officer issues on the spot (现场检查, 登记保存, 抽样取证, 调查, 口审): offered first.
ON_SITE = ("preservation_decision", "sampling_decision", "release_decision", "investigation_notice",
           "investigation_record", "inspection_record", "evidence_list", "hearing_record", "service_proof")


@dataclass(frozen=True)
class Candidate:
    kind: str            # case | intake | mediation
    id: int
    number: str          # 案号 / 收案编号 / 调解案号 ("" before 立案)
    title: str           # who against whom, or what it is about
    officer_name: str    # 承办人 (收案: the handler)
    state: str
    holders: frozenset[int] = frozenset()   # who may take it out as their own: 承办人, panel members, handler


@dataclass(frozen=True)
class DocumentKind:
    key: str             # the document type; its counter is "doc:<key>"
    title: str
    on_site: bool


@dataclass(frozen=True)
class CheckoutChoices:
    records: tuple[Candidate, ...]
    officers: tuple[tuple[int, str], ...]      # (user id, full name) of those who may hold a check-out
    documents: tuple[DocumentKind, ...]


def _not_out(kind: str, id_column):
    return ~exists(select(CheckoutRecord.id).join(Checkout, Checkout.id == CheckoutRecord.checkout_id).where(
        and_(CheckoutRecord.kind == kind, CheckoutRecord.record_id == id_column,
             CheckoutRecord.returned_at.is_(None), Checkout.state == "out")))


def checkout_choices(uow: UnitOfWork, *, office_id: int) -> CheckoutChoices:
    s = uow.session
    officer = User.full_name
    records: list[Candidate] = []
    q = (select(Case.id, Case.case_number, Case.sort_requesters, Case.sort_respondents, Case.accused_product,
                Case.officer_id, officer, Case.state)
         .outerjoin(User, User.id == Case.officer_id)
         .where(Case.office_id == office_id, Case.state.in_([str(x) for x in OPEN_STATES]), _not_out("case", Case.id))
         .order_by(Case.received_date.desc(), Case.id.desc()))
    rows = s.execute(q).all()
    seats: dict[int, set[int]] = {}
    for case_id, user_id in s.execute(select(PanelSeat.case_id, PanelSeat.user_id).where(
            PanelSeat.case_id.in_([r[0] for r in rows]))):
        seats.setdefault(case_id, set()).add(user_id)
    for cid, number, req, resp, product, oid, oname, state in rows:
        title = " 诉 ".join(p for p in (req or "", resp or "") if p) or product or ""
        holders = frozenset(seats.get(cid, set()) | ({oid} if oid else set()))
        records.append(Candidate("case", cid, number or "", title, oname or "", state, holders))
    q = (select(IntakeItem.id, IntakeItem.number, IntakeItem.submitter_name, IntakeItem.sort_targets,
                IntakeItem.state, IntakeItem.handler_id, officer)
         .outerjoin(User, User.id == IntakeItem.handler_id)
         .where(IntakeItem.office_id == office_id,
                IntakeItem.state.in_([IntakeState.OPEN.value, IntakeState.PENDING_CORRECTION.value]),
                _not_out("intake", IntakeItem.id))
         .order_by(IntakeItem.received_at.desc(), IntakeItem.id.desc()))
    for iid, number, submitter, targets, state, hid, hname in s.execute(q):
        title = " 诉 ".join(p for p in (submitter or "", targets or "") if p)
        records.append(Candidate("intake", iid, number, title, hname or "", state,
                                 frozenset({hid}) if hid else frozenset()))
    q = (select(MediationCase.id, MediationCase.case_number, MediationCase.subject, MediationCase.patent_title,
                MediationCase.officer_id, officer, MediationCase.state)
         .outerjoin(User, User.id == MediationCase.officer_id)
         .where(MediationCase.office_id == office_id,
                MediationCase.state.in_([str(x) for x in MEDIATION_OPEN_STATES]),
                _not_out("mediation", MediationCase.id))
         .order_by(MediationCase.received_date.desc(), MediationCase.id.desc()))
    for mid, number, subject, patent_title, oid, oname, state in s.execute(q):
        title = (subject or patent_title or "").splitlines()[0][:60] if (subject or patent_title) else ""
        records.append(Candidate("mediation", mid, number or "", title, oname or "", state,
                                 frozenset({oid}) if oid else frozenset()))
    officers = tuple((uid, name) for uid, name in s.execute(
        select(User.id, User.full_name)
        .where(User.office_id == office_id, User.active.is_(True),
               User.role.in_([Role.OFFICER.value, Role.SECTION_HEAD.value, Role.DEPT_HEAD.value]))
        .order_by(User.full_name)))
    documents = tuple(sorted((DocumentKind(d.key, d.title, d.key in ON_SITE) for d in CATALOG if not d.by_step),
                             key=lambda d: (not d.on_site, ON_SITE.index(d.key) if d.on_site else 0)))
    return CheckoutChoices(tuple(records), officers, documents)
