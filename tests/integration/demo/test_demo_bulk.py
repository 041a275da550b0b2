"""The large-register generator (`python main.py demo --cases N`) writes rows the domain agrees with, and the
statistics migration fills the closing method of cases closed before it."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from case_helpers import sample_request
from ipcase.db.engine import make_engine
from ipcase.db.migrate import alembic_config, upgrade_to_head
from ipcase.db.models.admin import Office, Sequence, User
from ipcase.db.models.cases import Case, DeadlineRow, Pause
from ipcase.demo.bulk import generate
from ipcase.domain.cases.deadlines import compute_deadlines
from ipcase.domain.enums import CLOSED_STATES, CaseState, DeadlineCode, Role
from ipcase.domain.statistics.counting import closing_method_for, closing_method_of_archived
from ipcase.dto.statistics import StatsFilter
from ipcase.loaders.cases import case_facts
from ipcase.loaders.settings import load_calendar, load_settings
from ipcase.queries.statistics.figures import dashboard
from ipcase.services.cases import actions as case_services
from ipcase.uow import uow_factory

TODAY = date(2026, 11, 2)


def test_generated_cases_agree_with_the_domain(new_uow):
    assert generate(new_uow, cases=400, today=TODAY, sub_offices=2, seed=3) == 400
    with new_uow() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Office).where(Office.parent_id.is_not(None))) == 2
        top = s.scalar(select(Office.id).where(Office.parent_id.is_(None)))
        cal, settings = load_calendar(s), load_settings(s, top)
        cases = s.scalars(select(Case).options(selectinload(Case.pauses), selectinload(Case.extensions),
                                               selectinload(Case.parties))).all()
        stored = {(d.case_id, d.code): d for d in s.scalars(select(DeadlineRow))}
        assert len(cases) == 400 and {c.state for c in cases} >= {CaseState.RECEIVED.value, CaseState.ARCHIVED.value}
        for c in cases:
            state = CaseState(c.state)
            expected = (closing_method_of_archived(c.closing_detail) if state == CaseState.ARCHIVED
                        else closing_method_for(state, c.closing_detail))
            assert c.closing_method == (expected.value if expected else None), c.id
            for pause in c.pauses:
                assert pause.end_date is None or pause.start_date <= pause.end_date
                assert c.closed_date is None or pause.end_date is not None and pause.end_date <= c.closed_date
            if c.registered_date is None:
                continue
            d12 = stored[(c.id, DeadlineCode.D12.value)]
            computed = next(d for d in compute_deadlines(case_facts(c), cal, settings, TODAY)
                            if d.code == DeadlineCode.D12)
            assert (d12.due_date, d12.status, d12.met_date) == (computed.due, computed.status.value,
                                                                computed.met_date), c.id
            if state in CLOSED_STATES:
                assert d12.met_date == c.closed_date
        seqs = {(q.office_id, q.year): q.last_value for q in s.scalars(select(Sequence).where(Sequence.kind == "case"))}
        used = s.execute(select(Case.office_id, Case.case_year, func.max(Case.case_seq))
                         .where(Case.case_seq.is_not(None)).group_by(Case.office_id, Case.case_year)).all()
        assert {(o, y): n for o, y, n in used} == seqs
        officer = s.scalar(select(User.id).where(User.username == "zhangwei"))
        head = s.scalar(select(User.id).where(User.role == Role.DEPT_HEAD.value))
        assert s.scalar(select(func.count()).select_from(Pause)) > 0
    # The services go on from the generated rows: ids (PostgreSQL sequences) and 案号 do not clash.
    with new_uow() as uow:
        ref = case_services.register_request(uow, actor_id=officer, data=sample_request(received=TODAY),
                                             now=datetime(2026, 11, 2, 10))
    assert ref.id > 400
    with new_uow() as uow:
        d = dashboard(uow, StatsFilter(date(2026, 1, 1), TODAY), viewer_id=head, today=TODAY)
    assert d.closing.closed > 0 and sum(n for _, n in d.closing.by_method) >= d.closing.closed
    assert d.period.received > 0 and d.open_cases > 0


def test_the_migration_fills_the_closing_method_of_closed_cases(db_url):
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    rows = [("not_accepted", '{"refusal_reasons": ["sued_in_court"]}'),
            ("closed_revoked", '{"revoke_reason": "jurisdiction"}'),
            ("closed_mediated", '{"agreement_date": "2026-10-15"}'),
            ("archived", '{"outcome": "rejected", "ruling_date": "2026-10-20"}'),
            ("investigation", "{}")]
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO offices (id, name, short_name, case_number_pattern, address, phone, postcode,"
                          " higher_office) VALUES (1, '某局', '某', 'p', '', '', '', '')"))
        conn.execute(text("INSERT INTO patents (id, number, patent_type, title, patentee) "
                          "VALUES (1, 'ZL1', 'design', 't', 'p')"))
        for i, (state, detail) in enumerate(rows, start=1):
            conn.execute(text(
                "INSERT INTO cases (id, office_id, version, state, patent_id, claims_asserted, accused_product, acts,"
                " request_summary, flag_foreign, flag_ecommerce, flag_trade_fair, received_date, decision_extended,"
                " hearing_room, closing_detail, search_text, created_at, updated_at) VALUES (:id, 1, 1, :state, 1,"
                " '', '', '[]', '', false, false, false, '2026-10-01', false, '', :detail, '', :now, :now)"),
                {"id": i, "state": state, "detail": detail, "now": datetime(2026, 10, 1)})
    upgrade_to_head(engine)
    with uow_factory(engine)() as uow:
        methods = dict(uow.session.execute(select(Case.state, Case.closing_method)).all())
    assert methods == {"not_accepted": "not_accepted", "closed_revoked": "transferred",
                       "closed_mediated": "mediated", "archived": "ruling_rejected", "investigation": None}
    engine.dispose()


def test_generated_patent_numbers_never_collide_with_stored_ones(new_uow):
    """The demo's own patents take random serials anywhere in the 7-digit range (the 1M register failed at
    220,000 cases on one of them): every serial the generator would take first is stored already here."""
    from ipcase.db.models.cases import Patent
    from ipcase.demo import names
    from ipcase.domain.identifiers import make_patent_number

    type_digits = {t for t, *_ in names.PATENTS}
    with new_uow() as uow:
        for year in range(2012, 2026):
            for digit in type_digits:
                for serial in range(1_000_000, 1_000_003):
                    uow.session.add(Patent(number=make_patent_number(year, digit, serial), patent_type="design",
                                           title="占用", patentee="某"))
        uow.commit()
    with new_uow() as uow:
        stored = uow.session.scalar(select(func.count()).select_from(Patent))
    assert generate(new_uow, cases=300, today=TODAY, seed=5) == 300
    with new_uow() as uow:
        s = uow.session
        numbers = s.scalars(select(Patent.number)).all()
        assert len(numbers) == len(set(numbers)) == stored + 300
        assert s.scalar(select(func.count()).select_from(Case)) == 300


def test_a_run_stopped_half_way_leaves_rows_the_services_can_add_to(new_uow, monkeypatch):
    """A generation stopped after its committed batches (Ctrl+C during the registers' top-up, a full disk) leaves
    PostgreSQL's id sequences past the ids it wrote: the next patent (or 期限) a service adds does not fail with a
    duplicate key. Before, the sequences were moved only at the very end of a run."""
    import ipcase.demo.bulk as bulk
    from ipcase.db.models.cases import Patent

    def stopped(*_args, **_kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(bulk, "_store_sequences", stopped)   # right after the committed batches of cases
    with pytest.raises(KeyboardInterrupt):
        generate(new_uow, cases=60, today=TODAY, seed=11)
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 60
        uow.session.add(Patent(number="ZL202510000001.X", patent_type="design", title="新增", patentee="某"))
        uow.commit()
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Patent).where(Patent.title == "新增")) == 1
