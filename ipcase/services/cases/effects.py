"""What each action of the case state machine does to the record, as a table (action → effect).

`apply_transition` is the one way a checked transition changes a case: it runs the action's effect, moves the
state, records the closing method, writes the timeline entry and recomputes the deadlines. An action without an
effect only moves the state (e.g. 进入合议, 归档).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Approval, Case, Extension, Pause
from ipcase.db.models.documents import IssuedDocument, ServiceConsent, ServiceRecord
from ipcase.db.models.evidence import Appraisal
from ipcase.domain.cases.answers import answer_period_refusal
from ipcase.domain.cases.workflow import CaseAction, CaseTransition
from ipcase.domain.documents.types import action_service_refusal
from ipcase.domain.enums import ApprovalStatus, CaseState, PartyRole, PauseKind, ServiceMethod
from ipcase.domain.extensions import validate_closing_extension
from ipcase.domain.statistics.counting import closing_method_for
from ipcase.errors import TransitionRefused, ValidationFailed
from ipcase.loaders.cases import answer_periods
from ipcase.loaders.served_documents import issued_for_service
from ipcase.services.common import recompute_deadlines, record, search_text
from ipcase.services.history import jsonable
from ipcase.services.numbering import register_number

A = CaseAction


@dataclass
class Step:
    """One action being applied: its clean payload, the state it leads to (an effect may keep the case where
    it is) and the detail of its timeline entry (the payload, plus what the effect adds)."""
    s: Session
    case: Case
    action: CaseAction
    p: dict
    user: User
    now: datetime
    approval: Approval | None
    before: CaseState
    target: CaseState
    detail: dict


def apply_transition(s: Session, case: Case, t: CaseTransition, p: dict, user: User, now: datetime,
                     approval: Approval | None = None) -> None:
    before = CaseState(case.state)
    target = t.target_for(before, {**p, "outcome": case.proposed_outcome})
    step = Step(s, case, CaseAction(t.action), p, user, now, approval, before, target, dict(p))
    effect = EFFECTS.get(step.action)
    if effect is not None:
        effect(step)
    case.state = step.target.value
    method = closing_method_for(step.target, case.closing_detail)
    if method is not None:
        case.closing_method = method.value
    record(s, case, user, step.action.value, now, from_state=before.value,
           to_state=step.target.value if step.target != before else None, **step.detail)
    s.flush()
    recompute_deadlines(s, case, now.date())


# ---- the effects ---------------------------------------------------------------------------------

def _request_correction(st: Step) -> None:
    st.case.correction_due = st.p["correction_due"]
    st.case.correction_received = None


def _correction_received(st: Step) -> None:
    st.case.correction_received = st.p["received_date"]


def _extend_decision(st: Step) -> None:
    st.case.decision_extended = True


def _register(st: Step) -> None:
    case = st.case
    case.registered_date = case.decided_date = st.p["registered_date"]
    office = st.s.get(Office, case.office_id)
    year = case.registered_date.year
    n, case.case_number = register_number(st.s, office_id=office.id, kind="case", year=year,
                                          pattern=office.case_number_pattern, short_name=office.short_name)
    case.case_year, case.case_seq = year, n
    case.search_text = search_text(case)
    st.detail["case_number"] = case.case_number


def _close_early(st: Step, reason: str | None) -> None:
    """Closed without a ruling (不予受理, 撤销案件, the requester's no-show): the closing detail says why."""
    st.case.closed_date = st.p["decided_date"]
    st.case.closing_detail = jsonable({**st.p, "revoke_reason": reason} if reason else st.p)


def _refuse(st: Step) -> None:
    st.case.decided_date = st.p["decided_date"]
    _close_early(st, st.p.get("revoke_reason"))


def _revoke(st: Step) -> None:
    _close_early(st, st.p.get("revoke_reason"))


def _requester_no_show(st: Step) -> None:
    _close_early(st, "no_show")


# Which party column a service fills, and whose parties it may name (None: every party).
_SERVED: Mapping[CaseAction, tuple[str, PartyRole | None]] = {
    A.SERVE_REGISTRATION_NOTICE: ("notice_served", PartyRole.REQUESTER),
    A.SERVE_COPY: ("copy_served", PartyRole.RESPONDENT),
    A.RECORD_RULING_SERVICE: ("ruling_served", None),
}


def _serve(st: Step) -> None:
    column, role = _SERVED[st.action]
    parties = {x.id: x for x in st.case.parties if role is None or x.role == role}
    issued = issued_for_service(st.s, st.case)[st.action.value]   # the guard made sure each party has one
    for pid, day in st.p["served"].items():
        if pid not in parties:
            raise ValidationFailed("served", "choice", value=pid)
        if st.p.get("method"):
            code = action_service_refusal(st.action, ServiceMethod(st.p["method"]),
                                          has_consent=st.s.get(ServiceConsent, pid) is not None)
            if code:
                raise ValidationFailed("method", code, parties[pid].name)
        if st.case.registered_date and day < st.case.registered_date:
            # the message quotes the 立案日期 the date is compared with, not the date typed
            raise ValidationFailed("served", "before_registered", st.case.registered_date.isoformat())
        _register_service(st, issued[pid], parties[pid], day)
        setattr(parties[pid], column, day)
    st.detail["served"] = {parties[pid].name: day for pid, day in st.p["served"].items()}
    if st.action == A.SERVE_COPY and any(x.copy_served is None for x in parties.values()):
        st.target = st.before  # the answer period starts when every respondent has the copy


def _register_service(st: Step, doc: IssuedDocument, party, day) -> None:
    """The 送达 register's record of this service: one path for the case's button and the register (issue 15).
    When the register itself recorded it (services.documents.service), its row is already there."""
    if day < doc.issued_on:
        raise ValidationFailed("served", "before_issued", doc.issued_on.isoformat())
    if st.s.scalar(select(ServiceRecord.id).where(
            ServiceRecord.document_id == doc.id, ServiceRecord.party_id == party.id,
            (ServiceRecord.received_date == day) | (ServiceRecord.deemed_date == day))) is not None:
        return
    st.s.add(ServiceRecord(document_id=doc.id, party_id=party.id, addressee=party.name,
                           method=st.p["method"], received_date=day, applied=True,
                           recorded_by=st.user.id, recorded_at=st.now))


def _receive_answer(st: Step) -> None:
    party = next((x for x in st.case.parties if x.id == st.p["party_id"] and x.role == PartyRole.RESPONDENT),
                 None)
    if party is None:
        raise ValidationFailed("party_id", "choice", value=st.p["party_id"])
    party.answer_received = st.p["received_date"]
    st.detail["party"] = party.name
    # One respondent's answer does not end another's own period (M25 art 22): the case moves on only when
    # every respondent has answered or its period has ended.
    if st.before == CaseState.ANSWER_PERIOD and answer_period_refusal(
            answer_periods(st.s, st.case, st.now.date()), st.now.date()):
        st.target = st.before


def _forward_answer(st: Step) -> None:
    st.case.answer_forwarded = st.p["forwarded_date"]


def _set_hearing(st: Step) -> None:
    st.case.hearing_at, st.case.hearing_room = st.p["hearing_at"], st.p["room"]


def _submit_closing(st: Step) -> None:
    st.case.proposed_outcome = st.p["outcome"]
    st.case.closing_detail = jsonable({"majority_opinion": st.p["majority_opinion"], "dissent": st.p.get("dissent")})
    # Closing needs the 部门负责人's approval: file it together with the panel's proposal.
    st.s.add(Approval(case_id=st.case.id, action=A.CLOSE_BY_RULING.value, payload={"outcome": st.p["outcome"]},
                      status=ApprovalStatus.PENDING.value, requested_by=st.user.id, requested_at=st.now))


def _return_to_deliberation(st: Step) -> None:
    st.case.proposed_outcome = None
    for other in st.s.scalars(select(Approval).where(Approval.case_id == st.case.id,
                                                     Approval.action == A.CLOSE_BY_RULING.value,
                                                     Approval.status == ApprovalStatus.PENDING.value)):
        other.status = ApprovalStatus.REJECTED.value


def _close_by_ruling(st: Step) -> None:
    st.case.closed_date = st.p["ruling_date"]
    st.case.closing_detail = {**st.case.closing_detail, "outcome": st.case.proposed_outcome,
                              "ruling_date": st.p["ruling_date"].isoformat()}


def _close_by_mediation(st: Step) -> None:
    st.case.closed_date = st.p["agreement_date"]
    st.case.closing_detail = jsonable(st.p)


def _suspend(st: Step) -> None:
    st.case.pauses.append(Pause(kind=PauseKind.SUSPENSION.value, ground=st.p["ground"],
                                start_date=st.p["start_date"], note=st.p.get("note") or ""))


def _start_pause(st: Step) -> None:
    st.case.pauses.append(Pause(kind=st.p["pause_kind"], start_date=st.p["start_date"],
                                note=st.p.get("note") or ""))


def _end_pause(st: Step) -> None:
    resume = st.action == A.RESUME
    kind = PauseKind.SUSPENSION.value if resume else st.p["pause_kind"]
    end = st.p["resume_date"] if resume else st.p["end_date"]
    pause = next(x for x in st.case.pauses if x.kind == kind and x.end_date is None)
    if not resume and kind == PauseKind.APPRAISAL and st.s.scalar(
            select(Appraisal.id).where(Appraisal.pause_id == pause.id, Appraisal.report_on.is_(None))):
        # A commissioned appraisal ends its pause when its report is entered on the 证据 tab; ending the
        # pause here would leave the appraisal open and its report date unable to move D12 again.
        raise TransitionRefused(st.action.value, st.before.value, "pause_owned_by_appraisal")
    if end < pause.start_date:
        raise ValidationFailed("resume_date" if resume else "end_date", "before_start", pause.start_date.isoformat())
    pause.end_date = end


def _extend_closing(st: Step) -> None:
    level = len(st.case.extensions) + 1
    higher = (st.approval.higher_office_ref if st.approval else "") or st.p.get("higher_office_ref") or ""
    validate_closing_extension(level, st.p["length"], st.p["unit"], higher)
    st.case.extensions.append(Extension(level=level, length=st.p["length"], unit=st.p["unit"],
                                        reason=st.p["reason"], higher_office_ref=higher,
                                        approval_id=st.approval.id if st.approval else None))
    st.detail["level"] = level


EFFECTS: Mapping[CaseAction, Callable[[Step], None]] = {
    A.REQUEST_CORRECTION: _request_correction,
    A.CORRECTION_RECEIVED: _correction_received,
    A.EXTEND_DECISION: _extend_decision,
    A.REGISTER: _register,
    A.REFUSE: _refuse,
    A.REVOKE: _revoke,
    A.REQUESTER_NO_SHOW: _requester_no_show,
    A.SERVE_REGISTRATION_NOTICE: _serve,
    A.SERVE_COPY: _serve,
    A.RECORD_RULING_SERVICE: _serve,
    A.RECEIVE_ANSWER: _receive_answer,
    A.FORWARD_ANSWER: _forward_answer,
    A.SCHEDULE_HEARING: _set_hearing,
    A.RESCHEDULE_HEARING: _set_hearing,
    A.SUBMIT_CLOSING: _submit_closing,
    A.RETURN_TO_DELIBERATION: _return_to_deliberation,
    A.CLOSE_BY_RULING: _close_by_ruling,
    A.CLOSE_BY_MEDIATION: _close_by_mediation,
    A.SUSPEND: _suspend,
    A.START_PAUSE: _start_pause,
    A.END_PAUSE: _end_pause,
    A.RESUME: _end_pause,
    A.EXTEND_CLOSING: _extend_closing,
}
