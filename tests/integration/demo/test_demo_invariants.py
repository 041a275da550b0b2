"""What a newcomer sees in the demo must hold up (issue 16): nothing dated after the moment it was built, no
mediation session on a day the office is closed, a damages mediation resting on a ruling between the same
parties, and each company's credit code and telephone belonging to the city it is named after."""
from __future__ import annotations

import pytest
from demo_helpers import DEMO_BUILT, DEMO_TODAY, copy_demo_file
from sqlalchemy import select

from ipcase.db.models.cases import Case, Party, TimelineEntry
from ipcase.db.models.documents import IssuedDocument, ServiceRecord
from ipcase.db.models.intake import IntakeEvent, IntakeItem, IntakeTarget
from ipcase.db.models.mediation import MediationCase, MediationEvent, MediationParty, MediationSession
from ipcase.demo.names import CITY_CODES
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.identifiers import check_credit_code
from ipcase.uow import uow_factory

# one worker builds the session's demo office for every test that reads it (pyproject: --dist loadgroup)
pytestmark = pytest.mark.xdist_group("demo")

TODAY, BUILT = DEMO_TODAY, DEMO_BUILT   # a working day, built at 08:05: before the office's first gestures (9:30)


@pytest.fixture(scope="module")
def demo(demo_database, tmp_path_factory):
    """The session's demo office, a copy for this module."""
    from ipcase.db.engine import make_engine
    engine = make_engine(f"sqlite:///{copy_demo_file(demo_database, tmp_path_factory.mktemp('demo_inv') / 'demo.db')}")
    with uow_factory(engine)() as uow:
        yield uow.session
    engine.dispose()


def test_nothing_is_dated_after_the_moment_the_demo_was_built(demo):
    for model, column in ((TimelineEntry, TimelineEntry.at), (MediationEvent, MediationEvent.at),
                          (IntakeEvent, IntakeEvent.at), (IssuedDocument, IssuedDocument.issued_at),
                          (IntakeItem, IntakeItem.received_at)):
        latest = demo.scalar(select(column).order_by(column.desc()).limit(1))
        assert latest is not None and latest <= BUILT, model.__name__


def test_mediation_sessions_fall_on_working_days(demo):
    cal = OfficialCalendar()
    held = demo.scalars(select(MediationSession.held_on)).all()
    planned = [at.date() for at in demo.scalars(select(MediationCase.session_at)
                                                .where(MediationCase.session_at.is_not(None)))]
    assert held and planned
    assert [d for d in [*held, *planned] if not cal.is_workday(d)] == []


def test_a_damages_mediation_rests_on_a_ruling_between_the_same_parties(demo):
    cited = demo.scalars(select(MediationCase).where(MediationCase.ruling_case_id.is_not(None))).all()
    assert cited
    for mc in cited:
        ruling = demo.get(Case, mc.ruling_case_id)
        assert ruling.state in ("closed_ruling_infringement", "archived")
        for role in ("requester", "respondent"):
            ours = {p.name for p in demo.scalars(select(MediationParty).where(
                MediationParty.mediation_case_id == mc.id, MediationParty.role == role))}
            theirs = {p.name for p in ruling.parties if p.role == role}
            assert ours == theirs and ours, role


def test_a_finished_case_has_its_documents_issued_and_served(demo):
    papers = {"acceptance_notice", "answer_notice", "hearing_notice", "ruling", "service_proof"}
    finished = demo.scalars(select(Case).where(Case.state.in_(("closed_ruling_infringement", "archived")))).all()
    complete = []
    for case in finished:
        issued = demo.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case.id)).all()
        if not papers <= {d.doc_type for d in issued}:
            continue
        served = {(s.document_id, s.party_id) for s in demo.scalars(
            select(ServiceRecord).where(ServiceRecord.document_id.in_([d.id for d in issued])))}
        ruling = next(d for d in issued if d.doc_type == "ruling")
        assert {(ruling.id, p.id) for p in case.parties} <= served          # the ruling reached every party
        assert all((d.id, d.party_id) in served for d in issued if d.doc_type in papers - {"ruling", "service_proof"})
        complete.append(case.id)
    assert complete


def test_case_numbers_follow_the_order_of_registration(demo):
    """A 案号 is drawn at 立案: within a year, a later number never has an earlier 立案 date (the showcase, the
    finished case with its whole paper trail, was once numbered last though registered months before). Known limit:
    the three requests the intake register turns into cases are registered after the register's cases, so they are
    left out here."""
    from ipcase.db.models.intake import IntakeItem
    from_intake = set(demo.scalars(select(IntakeItem.case_id).where(IntakeItem.case_id.is_not(None))))
    rows = [r for r in demo.execute(select(Case.id, Case.case_year, Case.case_seq, Case.registered_date,
                                           Case.case_number)
                                    .where(Case.case_seq.is_not(None)).order_by(Case.case_year, Case.case_seq))
            if r.id not in from_intake]
    assert len(rows) > 150
    backwards = [(a.case_number, a.registered_date, b.case_number, b.registered_date)
                 for a, b in zip(rows, rows[1:], strict=False)
                 if a.case_year == b.case_year and b.registered_date < a.registered_date]
    assert backwards == []


def test_every_line_of_my_deadlines_names_its_parties(demo):
    from ipcase.db.models.admin import User
    from ipcase.queries.cases.deadlines import my_deadlines
    head = demo.scalar(select(User).where(User.username == "liuyang"))
    rows = my_deadlines(_Uow(demo), user_id=head.id, today=TODAY, everyone=True)
    assert len(rows) > 50
    assert [(r.code, r.case_number, r.intake_number) for r in rows if not r.party_name] == []


LATE_DAYS = 30   # a story may show a step a few weeks late (an intake item, a mediation case); nothing older


def test_a_newcomer_sees_an_office_that_keeps_its_deadlines(demo):
    """我的期限 of every case at the demo's today: no ruling waits for its publication (D13) — but the newest, whose
    respondent asked to keep a name out (the redaction editor's story) — and no other line is more than a month
    overdue (about ninety red "裁决公开期限 逾期 200+ 天" lines once opened the demo)."""
    from ipcase.db.models.admin import User
    from ipcase.db.models.publication import ConfidentialityRequest
    from ipcase.queries.cases.deadlines import my_deadlines
    head = demo.scalar(select(User).where(User.username == "liuyang"))
    overdue = [r for r in my_deadlines(_Uow(demo), user_id=head.id, today=TODAY, everyone=True)
               if r.urgency == "overdue"]
    asked = set(demo.scalars(select(ConfidentialityRequest.case_id)))
    unpublished = [(r.case_number, r.days_remaining) for r in overdue if r.code == "D13"]
    assert len(unpublished) <= 1 and all(r.case_id in asked for r in overdue if r.code == "D13"), unpublished
    assert [(r.code, r.case_number or r.intake_number, r.days_remaining) for r in overdue
            if r.days_remaining < -LATE_DAYS] == []


class _Uow:
    """The read query's unit of work over the module's open session."""
    def __init__(self, session):
        self.session = session


def _city(name: str) -> str | None:
    return next((c for c in CITY_CODES if name.startswith(c)), None)


def test_credit_codes_and_phones_belong_to_the_city_a_company_is_named_after(demo):
    rows = [(p.name, p.credit_code, p.phone) for p in demo.scalars(select(Party))]
    rows += [(p.name, p.credit_code, p.phone) for p in demo.scalars(select(MediationParty))]
    rows += [(t.name, t.credit_code, "") for t in demo.scalars(select(IntakeTarget))]
    rows += [(i.submitter_name, i.submitter_credit_code, "") for i in demo.scalars(select(IntakeItem))]
    checked = 0
    for name, code, phone in rows:
        city = _city(name)
        if city is None:
            continue
        region, area = CITY_CODES[city]
        if code:
            assert check_credit_code(code) and code[2:8] == region, (name, code)
            checked += 1
        if phone and not (len(phone) == 11 and phone.startswith("1")):   # a mobile belongs to no city
            assert phone.startswith(area + "-") and len(phone.split("-")[1]) == 8, (name, phone)
    assert checked > 200
