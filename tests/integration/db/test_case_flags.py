"""Issue 19 (G19d): the case list's copied flags (migration 0040_case_flags) — cases.sort_closing_provisional (the D12
deadline's provisional flag, of its latest due date) and cases.sort_suspended (a running suspension) — and
sort_closing_due stay equal to their source rows on SQLite and PostgreSQL after every kind of write: the services'
actions (立案, 中止, 恢复, the deadline engine's recomputation), ORM and Core inserts, updates and deletes of
deadlines and pauses (the code, the due date, the flag, the end date, the kind, a move to another case); after
the migration's own backfill (its downgrade and upgrade over existing rows) and after a bulk load's refresh. The truth is worked out in Python from the source rows, not with the triggers' SQL."""
from __future__ import annotations

import importlib
from datetime import date

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, insert, inspect, select, text, update

from case_helpers import Driver, at
from ipcase.db import search_index
from ipcase.db.models.cases import Case, DeadlineRow, Pause
from ipcase.demo.bulk import generate

TODAY = date(2026, 11, 2)


def _truth(conn) -> dict[int, tuple]:
    """Per case: (its D12 deadline's latest due date, that deadline's provisional flag, a running suspension)."""
    d12: dict[int, tuple] = {}
    for case_id, due, provisional, ident in conn.execute(select(
            DeadlineRow.case_id, DeadlineRow.due_date, DeadlineRow.provisional, DeadlineRow.id)
            .where(DeadlineRow.code == "D12")):
        if case_id not in d12 or (due, -ident) > (d12[case_id][0], -d12[case_id][2]):
            d12[case_id] = (due, bool(provisional), ident)
    running = set(conn.scalars(select(Pause.case_id).where(Pause.kind == "suspension", Pause.end_date.is_(None))))
    return {i: (d12[i][0] if i in d12 else None, d12[i][1] if i in d12 else False, i in running)
            for i in conn.scalars(select(Case.id))}


def _copies(conn) -> dict[int, tuple]:
    return {i: (due, bool(p), bool(s)) for i, due, p, s in conn.execute(select(
        Case.id, Case.sort_closing_due, Case.sort_closing_provisional, Case.sort_suspended))}


def _assert_kept(engine, step: str) -> dict:
    with engine.connect() as conn:
        truth = _truth(conn)
        assert _copies(conn) == truth, step
    return truth


def write_steps(engine) -> tuple[list, tuple]:
    """The Core writes of deadlines and pauses the copies must follow, one of each kind, on a generated register:
    [(name, statement)] and the cases they change (case_a, case_b: two with a D12 deadline; bare: four without)."""
    with engine.connect() as conn:
        d12 = conn.execute(select(DeadlineRow.id, DeadlineRow.case_id).where(DeadlineRow.code == "D12")
                           .order_by(DeadlineRow.id)).all()
        bare = conn.scalars(select(Case.id).where(Case.id.not_in(select(DeadlineRow.case_id).where(
            DeadlineRow.code == "D12"))).order_by(Case.id)).all()
    (first, case_a), (second, case_b) = d12[0], d12[1]
    assert len(bare) >= 4
    steps = [
        ("provisional on", update(DeadlineRow).where(DeadlineRow.id == first).values(provisional=True)),
        ("due date moved", update(DeadlineRow).where(DeadlineRow.id == first).values(
            due_date=date(2027, 3, 1))),
        ("provisional off", update(DeadlineRow).where(DeadlineRow.id == first).values(provisional=False)),
        ("a second, later D12 (provisional)", insert(DeadlineRow).values(
            case_id=case_a, code="D12", start_date=date(2026, 10, 1), due_date=date(2027, 5, 1), provisional=True,
            basis="", status="open", paused=False, hide_after_due=False)),
        ("code D12 → D1", update(DeadlineRow).where(DeadlineRow.id == first).values(code="D1")),
        ("moved to another case", update(DeadlineRow).where(DeadlineRow.id == second).values(case_id=bare[0])),
        ("code D1 → D12", update(DeadlineRow).where(DeadlineRow.id == first).values(code="D12", provisional=True)),
        ("deleted", delete(DeadlineRow).where(DeadlineRow.case_id == case_a, DeadlineRow.code == "D12")),
        ("a running suspension", insert(Pause).values(case_id=case_b, kind="suspension", ground="", note="",
                                                      start_date=date(2026, 10, 2))),
        ("another pause kind, open", insert(Pause).values(case_id=bare[1], kind="appraisal", ground="", note="",
                                                          start_date=date(2026, 10, 2))),
        ("suspension ended", update(Pause).where(Pause.case_id == case_b, Pause.kind == "suspension",
                                                 Pause.end_date.is_(None)).values(end_date=date(2026, 10, 20))),
        ("suspension reopened", update(Pause).where(Pause.case_id == case_b, Pause.kind == "suspension",
                                                    Pause.end_date == date(2026, 10, 20)).values(end_date=None)),
        ("kind suspension → appraisal", update(Pause).where(Pause.case_id == case_b, Pause.end_date.is_(None))
         .values(kind="appraisal")),
        ("kind appraisal → suspension", update(Pause).where(Pause.case_id == bare[1]).values(kind="suspension")),
        ("moved to another case", update(Pause).where(Pause.case_id == bare[1]).values(case_id=bare[2])),
        ("deleted", delete(Pause).where(Pause.case_id == bare[2])),
    ]
    return steps, (case_a, case_b, bare)


def test_the_copies_follow_core_and_orm_writes(new_uow, engine):
    generate(new_uow, cases=150, today=TODAY, seed=7, years=1)   # written with the triggers off: the bulk's values
    truth = _assert_kept(engine, "generated")
    assert any(p for _d, p, _s in truth.values()) and any(s for _d, _p, s in truth.values())
    steps, (case_a, case_b, bare) = write_steps(engine)
    seen = set()
    for name, statement in steps:
        with engine.begin() as conn:
            conn.execute(statement)
        truth = _assert_kept(engine, name)
        seen |= {("provisional", i) for i, (_d, p, _s) in truth.items() if p and i in (case_a, bare[0])}
        seen |= {("suspended", i) for i, (_d, _p, s) in truth.items() if s and i in (case_b, bare[1], bare[2])}
    assert ("provisional", case_a) in seen and ("suspended", case_b) in seen and ("suspended", bare[1]) in seen
    # the ORM's unit of work (a flush of new and changed objects)
    with new_uow() as uow:
        s = uow.session
        case = s.get(Case, bare[3])
        case.pauses.append(Pause(kind="suspension", ground="", start_date=date(2026, 10, 5), note=""))
        s.add(DeadlineRow(case_id=bare[3], code="D12", start_date=date(2026, 10, 1), due_date=date(2027, 1, 5),
                          provisional=True, basis="", status="open"))
        uow.commit()
    assert _assert_kept(engine, "ORM inserts")[bare[3]] == (date(2027, 1, 5), True, True)
    with new_uow() as uow:
        s = uow.session
        s.scalars(select(Pause).where(Pause.case_id == bare[3])).one().end_date = date(2026, 10, 9)
        s.scalars(select(DeadlineRow).where(DeadlineRow.case_id == bare[3])).one().provisional = False
        uow.commit()
    assert _assert_kept(engine, "ORM updates")[bare[3]] == (date(2027, 1, 5), False, False)
    with new_uow() as uow:   # the ORM deletes a running suspension and a D12 deadline
        s = uow.session
        running = s.scalars(select(Pause).where(Pause.kind == "suspension", Pause.end_date.is_(None))
                            .order_by(Pause.id)).first()
        s.delete(running)
        s.delete(s.scalars(select(DeadlineRow).where(DeadlineRow.code == "D12").order_by(DeadlineRow.id)).first())
        uow.commit()
    _assert_kept(engine, "ORM deletes")


def test_the_copies_follow_the_services(new_uow, staff, engine):
    """立案 (the deadline engine writes D12), 中止 and 恢复 through the case services."""
    d = Driver.new(new_uow, staff, at(date(2026, 9, 1)), received=date(2026, 9, 1))
    d.panel(at(date(2026, 9, 1)))
    d.act_approved("register", {"registered_date": date(2026, 9, 1)}, at(date(2026, 9, 1)))
    assert _assert_kept(engine, "registered")[d.ref.id][0] is not None
    d.act_approved("suspend", {"ground": "party_died", "start_date": date(2026, 9, 10)}, at(date(2026, 9, 10)))
    assert _assert_kept(engine, "suspended")[d.ref.id][2]
    d.act("resume", {"resume_date": date(2026, 9, 20), "reason_text": "继承人已确定"}, at(date(2026, 9, 20)))
    assert not _assert_kept(engine, "resumed")[d.ref.id][2]


def _migration(conn, step: str) -> None:
    """0040's upgrade or downgrade on a database at head: 0042_filter_reads indexes sort_suspended, so it is
    undone first and done again after (SQLite refuses to drop an indexed column)."""
    later = importlib.import_module("ipcase.db.migrations.versions.0042_filter_reads")
    module = importlib.import_module("ipcase.db.migrations.versions.0040_case_flags")
    with Operations.context(MigrationContext.configure(conn)):
        if step == "downgrade":
            later.downgrade()
            module.downgrade()
        else:
            module.upgrade()
            later.upgrade()


def test_the_migration_fills_existing_cases_and_its_downgrade_restores_0039(new_uow, engine):
    generate(new_uow, cases=50, today=TODAY, seed=11, years=1)
    with engine.begin() as conn:   # more true values than the generator gives
        conn.execute(update(DeadlineRow).where(DeadlineRow.code == "D12", DeadlineRow.id % 3 == 0)
                     .values(provisional=True))
        conn.execute(update(Pause).where(Pause.kind == "suspension", Pause.id % 2 == 0).values(end_date=None))
    want = _assert_kept(engine, "before")
    assert sum(p for _d, p, _s in want.values()) >= 5 and any(s for _d, _p, s in want.values())
    with engine.begin() as conn:
        _migration(conn, "downgrade")
        columns = [c["name"] for c in inspect(conn).get_columns("cases")]
        assert "sort_closing_provisional" not in columns and "sort_suspended" not in columns
        # 0039's trigger still keeps sort_closing_due
        conn.execute(update(DeadlineRow).where(DeadlineRow.code == "D12", DeadlineRow.id % 3 == 1)
                     .values(due_date=date(2027, 2, 2), provisional=True))
        assert conn.scalar(text("SELECT count(*) FROM cases WHERE sort_closing_due = '2027-02-02'")) > 0
        _migration(conn, "upgrade")
    truth = _assert_kept(engine, "upgraded again")
    assert truth != want
    with engine.begin() as conn:   # and the triggers are back
        conn.execute(update(DeadlineRow).where(DeadlineRow.code == "D12").values(provisional=False))
        conn.execute(update(Pause).where(Pause.kind == "suspension").values(end_date=None))
    truth = _assert_kept(engine, "after the upgrade")
    assert not any(p for _d, p, _s in truth.values()) and sum(s for _d, _p, s in truth.values()) >= 3


def test_a_load_without_triggers_is_made_right_by_the_refresh(new_uow, engine):
    generate(new_uow, cases=40, today=TODAY, seed=13, years=1)
    want = _assert_kept(engine, "generated")
    with engine.begin() as conn:
        conn.execute(update(Case).values(sort_closing_provisional=True, sort_suspended=True))
        search_index.refresh_sort_keys(conn)
    assert _assert_kept(engine, "refreshed") == want
