"""Issue 19 (I19): the generator's 收案登记 and 调解 registers (ipcase.demo.bulk_registers), on SQLite and PostgreSQL.

Office by office they reach ~1.5 intake items and ~0.1 mediation case per case (60 % of the cases named by the
request they were registered from); a second run, or a top-up of a register that has them, adds nothing; a
register that has cases but no items is topped up. The rows are what the services and the triggers would store:
sort keys (refresh_intake_sort_keys), search indexes (the searches equal a LIKE scan and do not change after a
rebuild), stored time limits (item_deadlines), unique numbers with the counters after them; the triggers are back,
`stats verify` agrees and `audit verify` lists only the noted rows."""
from __future__ import annotations

import json
from datetime import date

from sqlalchemy import delete, func, or_, select, text

from ipcase.audit.verify import verify
from ipcase.db import aggregates, search_index
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeDeadlineRow, IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.demo.bulk import generate, top_up_registers
from ipcase.demo.bulk_registers import INTAKE_PER_CASE, LINKED_SHARE, MEDIATION_PER_CASE
from ipcase.domain.intake.items import IntakeState
from ipcase.domain.mediation.cases import MediationState
from ipcase.dto.intake import IntakeFilter
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.loaders.intake import item_deadlines, load_limits
from ipcase.loaders.settings import load_calendar
from ipcase.queries.intake.register import list_items
from ipcase.queries.mediation.cases import list_cases
from ipcase.queries.search import text_key

TODAY = date(2026, 11, 2)
NEEDLES = ("科", "科技", "有限公司", "收〔", "ZL20", "zl", "号", "调解", "2025")


def per_office(s, model, *where) -> dict[int, int]:
    return dict(s.execute(select(model.office_id, func.count()).where(*where).group_by(model.office_id)).all())


def check_proportions(new_uow, *, every_state: bool = True) -> None:
    with new_uow() as uow:
        s = uow.session
        cases = per_office(s, Case)
        assert per_office(s, IntakeItem) == {o: round(INTAKE_PER_CASE * n) for o, n in cases.items()}
        assert per_office(s, IntakeItem, IntakeItem.case_id.is_not(None)) == {
            o: round(LINKED_SHARE * n) for o, n in cases.items()}
        assert per_office(s, MediationCase) == {o: round(MEDIATION_PER_CASE * n) for o, n in cases.items()}
        # a linked item names a case of its own office, received the day the case was, once
        linked = s.execute(select(IntakeItem.office_id, IntakeItem.received_at, Case.office_id, Case.received_date)
                           .join(Case, Case.id == IntakeItem.case_id)).all()
        assert all(a == b and t.date() == d for a, t, b, d in linked)
        assert s.scalar(select(func.count(func.distinct(IntakeItem.case_id)))) == len(linked)
        # every state the registers have, and numbers that never clash
        assert {IntakeState(x) for x in s.scalars(select(IntakeItem.state).distinct())} >= {
            IntakeState.CASE, IntakeState.CLOSED, IntakeState.REFUSED, IntakeState.FORWARDED, IntakeState.MEDIATION,
            IntakeState.ENFORCEMENT}
        assert not every_state or {MediationState(x) for x in s.scalars(select(MediationCase.state).distinct())} >= {
            MediationState.CLOSED_AGREEMENT, MediationState.NOT_REGISTERED, MediationState.CLOSED_REVOKED}
        numbers = s.scalars(select(IntakeItem.number)).all()
        assert len(numbers) == len(set(numbers))
        # mediation cases from an item point at an item in state 已登记为调解案件
        from_items = s.execute(select(IntakeItem.state).join(MediationCase, MediationCase.intake_item_id ==
                                                             IntakeItem.id)).scalars().all()
        assert from_items and set(from_items) == {IntakeState.MEDIATION.value}


def intake_keys(conn) -> list[tuple]:
    return conn.execute(text("SELECT id, sort_targets, sort_handler FROM intake_items ORDER BY id")).all()


def searches(new_uow) -> dict[str, tuple[set[int], set[int]]]:
    out = {}
    for needle in NEEDLES:
        with new_uow() as uow:
            out[needle] = (
                {r.id for r in list_items(uow, IntakeFilter(text=needle, limit=100_000), today=TODAY).rows},
                {r.id for r in list_cases(uow, MediationCaseFilter(text=needle, limit=100_000), today=TODAY).rows})
    return out


def like_scan(new_uow) -> dict[str, tuple[set[int], set[int]]]:
    with new_uow() as uow:
        s = uow.session
        return {n: tuple(set(s.scalars(select(m.id).where(or_(*(m.search_text.icontains(k, autoescape=True)
                                                                  for k in {text_key(n), n} if k)))))
                         for m in (IntakeItem, MediationCase)) for n in NEEDLES}


def stored_limits(s) -> tuple[set, set]:
    stored = {(r.item_id, r.code, r.start_date, r.due_date, r.provisional, r.status, r.met_date)
              for r in s.scalars(select(IntakeDeadlineRow))}
    cal = load_calendar(s)
    computed = {(i.id, d.code.value, d.start, d.due, d.provisional, d.status.value, d.met_date)
                for i in s.scalars(select(IntakeItem)) for d in item_deadlines(i, cal, load_limits(s, i.office_id))}
    return stored, computed


def triggers(conn) -> list[tuple]:
    if conn.dialect.name == "sqlite":
        return conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()
    return conn.execute(text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname")).all()


def test_the_generated_registers_are_what_the_services_and_triggers_store(new_uow, engine):
    with engine.connect() as conn:
        before = triggers(conn)
    generate(new_uow, cases=160, today=TODAY, sub_offices=2, seed=31)
    generate(new_uow, cases=90, today=TODAY, seed=32)             # more cases: their share is added
    check_proportions(new_uow)
    assert top_up_registers(new_uow, today=TODAY) == {}           # nothing missing: nothing added
    with engine.connect() as conn:
        assert triggers(conn) == before
        keys = intake_keys(conn)
    found = searches(new_uow)
    assert found == like_scan(new_uow)
    assert all(found[n][0] for n in ("有限公司", "ZL20", "收〔")) and all(found[n][1] for n in ("有限公司", "调解"))
    with engine.begin() as conn:                                  # what the triggers/rebuild would have written
        search_index.refresh_sort_keys(conn)
        search_index.rebuild(conn)
        assert intake_keys(conn) == keys
    assert searches(new_uow) == found
    with new_uow() as uow:
        stored, computed = stored_limits(uow.session)
        assert stored == computed and stored
        # the register shows the generated parties and numbers
        row = list_cases(uow, MediationCaseFilter(limit=1, states=(MediationState.CLOSED_AGREEMENT,)),
                         today=TODAY).rows[0]
        assert row.case_number and row.requesters and row.respondents
    with engine.connect() as conn:
        assert aggregates.verify(conn) == []


def test_a_register_without_intake_items_is_topped_up(new_uow, engine):
    """The 1M registers of earlier rounds have cases only: `demo --cases 0` adds their items and mediation cases,
    numbered after what is stored, and notes them in the audit chain."""
    generate(new_uow, cases=120, today=TODAY, sub_offices=1, seed=33)
    with new_uow() as uow:                                        # as if made before the generator made them
        s = uow.session
        kept = s.execute(select(IntakeItem.office_id, IntakeItem.year, IntakeItem.seq)
                         .where(IntakeItem.id == select(func.min(IntakeItem.id)).scalar_subquery())).one()
        s.execute(delete(MediationCase))
        s.execute(delete(IntakeItem).where(IntakeItem.seq != kept.seq))
        uow.commit()
    added = top_up_registers(new_uow, today=TODAY, seed=34)
    assert added["intake_items"] and added["mediation_cases"]
    check_proportions(new_uow, every_state=False)   # 12 mediation cases: not every state
    assert searches(new_uow) == like_scan(new_uow)
    with new_uow() as uow:
        s = uow.session
        note = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_generated")
                         .order_by(AuditEntry.seq.desc())).first()
        assert json.loads(note.changes)["ids"] == added
        problems = {f.problem for f in verify(s).findings}
    assert problems <= {"row_inserted", "row_deleted", "row_changed"}
    with engine.connect() as conn:
        assert aggregates.verify(conn) == []


def test_the_generator_leaves_the_registers_analyzed(new_uow, engine):
    """PostgreSQL: after generating and after a top-up the filled tables have statistics — the grams index's among
    them, which the searches read (search._common_on_postgresql) — without waiting for autovacuum."""
    if engine.dialect.name != "postgresql":
        return
    def analyzed(name: str) -> bool:
        with engine.connect() as conn:
            return bool(conn.scalar(text("SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() "
                                         "AND tablename = :t"), {"t": name}))
    generate(new_uow, cases=40, today=TODAY, sub_offices=1, seed=35)
    assert all(analyzed(t) for t in ("cases", "parties", "intake_items", "ix_grams_intake_items", "mediation_cases"))
    with engine.begin() as conn:   # the statistics gone, as after a bulk load nobody analysed
        conn.execute(delete(MediationCase))
        conn.execute(text("DELETE FROM pg_statistic WHERE starelid IN ('intake_items'::regclass, "
                          "'ix_grams_intake_items'::regclass, 'mediation_cases'::regclass)"))
    assert not analyzed("intake_items")
    assert top_up_registers(new_uow, today=TODAY, seed=36)["mediation_cases"]
    assert all(analyzed(t) for t in ("intake_items", "ix_grams_intake_items", "mediation_cases"))
