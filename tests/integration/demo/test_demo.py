"""The demo database a newcomer sees on first start: realistic and covering every state."""
from __future__ import annotations

from datetime import date

import pytest
from demo_helpers import DEMO_TODAY, copy_demo_file

from ipcase.demo.office import DEMO_PASSWORD, DEMO_USERS, ensure_demo_database
from ipcase.domain.enums import CaseState
from ipcase.domain.identifiers import check_credit_code, parse_patent_number
from ipcase.dto.cases import CaseFilter
from ipcase.queries.admin.users import list_users
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.queries.cases.register import case_detail, list_cases
from ipcase.services.admin import auth
from ipcase.uow import uow_factory

# one worker builds the session's demo office for every test that reads it (pyproject: --dist loadgroup)
pytestmark = pytest.mark.xdist_group("demo")

TODAY = DEMO_TODAY


@pytest.fixture(scope="module")
def demo(demo_database, tmp_path_factory):
    """The session's demo office (built by a first start on DEMO_TODAY at DEMO_BUILT), a copy for this module."""
    from ipcase.db.engine import make_engine
    engine = make_engine(f"sqlite:///{copy_demo_file(demo_database, tmp_path_factory.mktemp('demo') / 'demo.db')}")
    new_uow = uow_factory(engine)
    assert not ensure_demo_database(new_uow, today=TODAY)     # second start: untouched
    yield new_uow
    engine.dispose()


def test_demo_covers_every_state_with_valid_identifiers(demo):
    with demo() as uow:
        page = list_cases(uow, CaseFilter(limit=1000), today=TODAY)
    assert 180 <= page.total <= 220
    assert {r.state for r in page.rows} == set(CaseState)
    assert any(r.suspended for r in page.rows)
    for r in page.rows:
        parse_patent_number(r.patent_number)
    with demo() as uow:
        d = case_detail(uow, page.rows[0].id, viewer_id=1, today=TODAY)
    assert all(check_credit_code(p.credit_code) for p in d.parties if p.credit_code)


def test_demo_has_overdue_and_near_due_deadlines_and_one_user_per_role(demo):
    with demo() as uow:
        users = list_users(uow)
        everyone = my_deadlines(uow, user_id=users[0].id, today=TODAY, everyone=True)
    assert {u.role for u in users} == {role for _, _, role in DEMO_USERS}
    urgencies = {d.urgency for d in everyone}
    assert {"overdue", "due_soon", "normal"} <= urgencies
    assert any(d.provisional for d in everyone)          # 2027 dates before the year is entered
    for username, _, _ in DEMO_USERS:
        with demo() as uow:
            assert auth.login(uow, username=username, password=DEMO_PASSWORD).username == username


def test_demo_intake_register_covers_kinds_channels_outcomes_and_one_repeat(demo):
    from ipcase.domain.intake.items import IntakeChannel, IntakeKind, IntakeState
    from ipcase.dto.intake import IntakeFilter
    from ipcase.queries.intake.register import case_intake, list_items
    with demo() as uow:
        page = list_items(uow, IntakeFilter(limit=1000), today=TODAY)
        users = list_users(uow)
        everyone = my_deadlines(uow, user_id=users[0].id, today=TODAY, everyone=True)
    assert 55 <= page.total <= 65
    assert {r.kind for r in page.rows} == set(IntakeKind)
    assert {r.channel for r in page.rows} == set(IntakeChannel)
    assert {r.state for r in page.rows} == set(IntakeState)
    assert [r.repeat_case_number for r in page.rows if r.repeat_case_number is not None] != []
    assert len([r for r in page.rows if r.repeat_case_number]) == 1
    linked = [r for r in page.rows if r.case_number]   # items that became cases already registered
    assert len(linked) >= 3
    intake_limits = {d.urgency for d in everyone if d.intake_id is not None}
    assert {"overdue", "due_soon", "normal"} <= intake_limits
    # the dashboard counts the stored limits: the demo's must be the ones the register computes
    from sqlalchemy import select

    from ipcase.db.models.intake import IntakeDeadlineRow
    with demo() as uow:
        stored = set(uow.session.execute(select(IntakeDeadlineRow.item_id, IntakeDeadlineRow.code,
                                                IntakeDeadlineRow.due_date).where(IntakeDeadlineRow.status == "open")))
    assert stored == {(d.intake_id, d.code, d.due_date) for d in everyone
                      if d.intake_id is not None and d.status == "open"}
    with demo() as uow:
        case_ids = [r.id for r in list_cases(uow, CaseFilter(limit=1000), today=TODAY).rows]
        from_intake = [c for c in case_ids if case_intake(uow, c).item_id is not None]
    assert len(from_intake) == len([r for r in page.rows if r.state == IntakeState.CASE])


def test_the_demo_builds_on_a_day_a_recent_case_could_not_have_let_its_answer_period_run_out(demo):
    # Regression: on 2026-11-20 (DEMO_TODAY) the builder drove a recently received case to "answer period over"
    # while the period was still running, and the first start of the app failed.
    assert TODAY == date(2026, 11, 20)
    with demo() as uow:
        assert {r.state for r in list_cases(uow, CaseFilter(limit=1000), today=TODAY).rows} == set(CaseState)


def test_demo_shows_mediation_agreements_signed_by_every_party_and_one_reneged(demo):
    # Regression: with two respondents the builder signed for the first and last party only, so the "closed by
    # mediation" and "awaiting approval" demo agreements stayed unsigned drafts.
    from sqlalchemy import select

    from ipcase.db.models.mediation import MediationAgreement
    with demo() as uow:
        rows = uow.session.execute(select(MediationAgreement.status, MediationAgreement.case_id)
                                   .where(MediationAgreement.case_id.is_not(None))).all()
        closed = [case_detail(uow, cid, viewer_id=1, today=TODAY).state for status, cid in rows if status == "signed"]
    assert sorted(status for status, _ in rows) == ["signed", "signed", "withdrawn"]
    assert CaseState.CLOSED_MEDIATED in closed
