"""The dashboard's aggregates (ipcase.db.aggregates, issue 19) give exactly the full SQL's figures, on SQLite and
PostgreSQL, after inserts, edits, state changes, deletes and office moves written through the services and the ORM;
`verify` names a difference, `rebuild` repairs what a writer outside the ORM left, and a database upgraded with
cases is built once."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, func, insert, select
from stats_fixture import TODAY, build

from case_helpers import Driver, at
from ipcase.cli.main import main
from ipcase.db import aggregates
from ipcase.db.models.admin import Office, RoutineRun
from ipcase.db.models.aggregates import CaseFacts, StatsCell
from ipcase.db.models.cases import Case, Patent, Pause
from ipcase.domain.enums import PatentType
from ipcase.dto.cases import CaseRef
from ipcase.dto.statistics import StatsFilter
from ipcase.queries.statistics.figures import dashboard, split_period

PERIODS = [
    (date(2026, 10, 1), date(2026, 10, 31)),    # one whole month: cells only
    (date(2026, 10, 5), date(2026, 11, 2)),     # edges only
    (date(2026, 1, 1), TODAY),                  # whole months and the days of November
    (date(2026, 6, 15), date(2026, 10, 20)),    # both edges and months between
    (date(2025, 12, 1), date(2026, 12, 31)),    # across a year, into the future
]


def _filters(staff) -> list[dict]:
    return [{}, {"officer_id": staff.officer.id}, {"patent_type": PatentType.INVENTION},
            {"flag_ecommerce": True}, {"flag_foreign": False, "flag_trade_fair": False}]


def _assert_same_as_full_sql(engine, new_uow, staff) -> None:
    with engine.connect() as conn:
        assert aggregates.usable(conn)
        assert aggregates.verify(conn) == []
    for basis in ("closed", "registered"):
        for lo, hi in PERIODS:
            for extra in _filters(staff):
                flt = StatsFilter(lo, hi, basis=basis, **extra)
                with new_uow() as uow:
                    fast = dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY)
                with new_uow() as uow:
                    full = dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY, use_aggregates=False)
                assert fast == full, (basis, lo, hi, extra)


def test_split_period_into_whole_months_and_edge_days():
    assert split_period(date(2026, 10, 1), date(2026, 10, 31)) == ((202610, 202610), [])
    assert split_period(date(2026, 1, 1), date(2026, 11, 2)) == ((202601, 202610),
                                                                 [(date(2026, 11, 1), date(2026, 11, 2))])
    assert split_period(date(2026, 10, 5), date(2026, 11, 2)) == (None, [(date(2026, 10, 5), date(2026, 11, 2))])
    assert split_period(date(2025, 12, 31), date(2026, 2, 1)) == (
        (202601, 202601), [(date(2025, 12, 31), date(2025, 12, 31)), (date(2026, 2, 1), date(2026, 2, 1))])


def test_aggregates_equal_the_full_sql_after_every_kind_of_write(engine, new_uow, staff):
    ids = build(new_uow, staff)
    with engine.connect() as conn:    # a new database is built from its first case on
        assert conn.scalar(select(func.count()).select_from(CaseFacts)) == len(ids)
        assert conn.scalar(select(func.count()).select_from(StatsCell)) > 0
    _assert_same_as_full_sql(engine, new_uow, staff)

    # A state change through the services: F (registered 11-01) withdrawn; a new case received.
    f = Driver(new_uow, staff, None)
    with new_uow() as uow:
        case_f = uow.session.get(Case, ids["F"])
        f.ref = CaseRef(case_f.id, case_f.version, case_f.case_number)
    f.act_approved("revoke", {"revoke_reason": "withdrawal", "reason_text": "撤回。",
                              "decided_date": date(2026, 11, 2)}, at(date(2026, 11, 2)))
    Driver.new(new_uow, staff, at(date(2026, 10, 20)), received=date(2026, 10, 20), officer_id=staff.officer2.id)
    _assert_same_as_full_sql(engine, new_uow, staff)

    # Edits through the ORM: another 承办人, flags, the patent's type, a pause gone, a case moved to a sub-office.
    with new_uow() as uow:
        s = uow.session
        sub = Office(name="测试县市场监督管理局", short_name="测试县", parent_id=staff.office.id)
        s.add(sub)
        s.flush()
        s.get(Case, ids["A"]).officer_id = staff.officer3.id
        s.get(Case, ids["G"]).flag_foreign = True
        s.get(Patent, s.get(Case, ids["B"]).patent_id).patent_type = PatentType.DESIGN.value
        for pause in s.scalars(select(Pause).where(Pause.case_id == ids["A"])).all()[:1]:
            s.delete(pause)
        s.get(Case, ids["C"]).office_id = sub.id
        uow.commit()
    _assert_same_as_full_sql(engine, new_uow, staff)
    with new_uow() as uow:   # the sub-office's own figures
        fast = dashboard(uow, StatsFilter(date(2026, 1, 1), TODAY, office_ids=(sub.id,)),
                         viewer_id=staff.dept_head.id, today=TODAY)
    assert fast.closing.closed == 1

    # A delete: case I (received, never registered) goes with its rows.
    with new_uow() as uow:
        uow.session.delete(uow.session.get(Case, ids["I"]))
        uow.commit()
    _assert_same_as_full_sql(engine, new_uow, staff)

    # A rolled-back transaction leaves nothing behind.
    with new_uow() as uow:
        uow.session.get(Case, ids["D"]).officer_id = staff.officer.id
        uow.session.flush()
    _assert_same_as_full_sql(engine, new_uow, staff)


def test_verify_names_a_difference_and_rebuild_repairs_a_core_write(engine, new_uow, staff):
    ids = build(new_uow, staff)
    with engine.begin() as conn:   # a writer outside the ORM: the hook never sees it
        conn.execute(StatsCell.__table__.update().where(StatsCell.basis == "closed").values(n=StatsCell.n + 1))
        conn.execute(CaseFacts.__table__.update().where(CaseFacts.case_id == ids["A"]).values(on_time=0))
    with engine.connect() as conn:
        found = aggregates.verify(conn)
    assert aggregates.Difference("case", (ids["A"],), "on_time", 0, 1) in found
    assert any(d.what == "cell" and d.key[0] == "closed" and d.field == "n" for d in found)
    with engine.begin() as conn:
        assert aggregates.rebuild(conn) == len(ids)
    _assert_same_as_full_sql(engine, new_uow, staff)

    # Cases appended by Core inserts (a bulk loader that forgot the rebuild): the dashboard stops reading the
    # cells rather than showing short figures, verify names the case, rebuild takes it in.
    with engine.begin() as conn:
        row = conn.execute(select(Case.__table__).where(Case.id == ids["A"])).mappings().one()
        copy = {k: v for k, v in row.items() if k != "id" and not k.startswith("sort_")}
        copy.update(case_number=None, case_seq=None)
        new_id = conn.execute(insert(Case.__table__).values(**copy).returning(Case.id)).scalar_one()
        assert not aggregates.usable(conn)
        assert aggregates.Difference("case", (new_id,), "missing") in aggregates.verify(conn)
    flt = StatsFilter(date(2026, 10, 1), date(2026, 10, 31))
    with new_uow() as uow:
        fast = dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY)
    with new_uow() as uow:
        full = dashboard(uow, flt, viewer_id=staff.dept_head.id, today=TODAY, use_aggregates=False)
    assert fast == full and fast.closing.closed == 5
    with engine.begin() as conn:
        aggregates.rebuild(conn)
    _assert_same_as_full_sql(engine, new_uow, staff)


def test_a_database_upgraded_with_cases_is_built_once(engine, new_uow, staff):
    build(new_uow, staff)
    with engine.begin() as conn:    # as migration 0028 leaves a database that had cases
        conn.execute(delete(StatsCell.__table__))
        conn.execute(delete(CaseFacts.__table__))
        conn.execute(delete(RoutineRun.__table__).where(RoutineRun.name == aggregates.MARKER))
    with engine.connect() as conn:
        assert not aggregates.built(conn) and not aggregates.usable(conn)
        assert aggregates.verify(conn) == [aggregates.Difference("build", (), "missing")]
    with new_uow() as uow:          # not built: the dashboard computes from the cases, the hook does nothing
        d = dashboard(uow, StatsFilter(date(2026, 10, 1), date(2026, 10, 31)), viewer_id=staff.dept_head.id,
                      today=TODAY)
    assert d.closing.closed == 4
    with engine.begin() as conn:
        assert aggregates.build_if_missing(conn)
    with engine.begin() as conn:
        assert not aggregates.build_if_missing(conn)
    _assert_same_as_full_sql(engine, new_uow, staff)


def test_stats_commands(sqlite_engine, tmp_path, capsys):
    from ipcase.uow import uow_factory
    from tests.conftest import make_staff

    new_uow = uow_factory(sqlite_engine)
    staff = make_staff(new_uow)
    build(new_uow, staff)
    url = sqlite_engine.url.render_as_string(hide_password=False)
    common = ["--no-demo", "--data-dir", str(tmp_path / "data")]
    assert main([*common, "stats", "verify", "--db", url], gui=lambda _a: 0) == 0
    assert "一致" in capsys.readouterr().out
    with sqlite_engine.begin() as conn:
        conn.execute(StatsCell.__table__.update().where(StatsCell.basis == "received").values(n=StatsCell.n + 2))
    assert main([*common, "stats", "verify", "--db", url], gui=lambda _a: 0) == 1
    out = capsys.readouterr().out
    assert "汇总格 收案" in out and "n 为" in out and "stats rebuild" in out
    assert main([*common, "stats", "rebuild", "--db", url], gui=lambda _a: 0) == 0
    assert "11 件案件" in capsys.readouterr().out
    assert main([*common, "stats", "verify", "--db", url], gui=lambda _a: 0) == 0


@pytest.mark.xdist_group("demo")   # on the worker that builds the session's demo office
def test_the_demo_office_is_kept_exactly(demo_copy):
    """The demo office is written by every feature's services (intake items registered into cases with their
    繁简分流 and 重复侵权, a year of finished past cases, pauses, extensions): the hook kept every case."""
    from demo_helpers import DEMO_TODAY

    from ipcase.db.engine import make_engine
    from ipcase.db.models.admin import User
    from ipcase.domain.enums import Role
    from ipcase.uow import uow_factory

    engine = make_engine(f"sqlite:///{demo_copy}")
    try:
        with engine.connect() as conn:
            assert aggregates.usable(conn)
            assert aggregates.verify(conn) == []
            tracked = conn.scalar(select(func.sum(CaseFacts.track_fast + CaseFacts.track_standard
                                                  + CaseFacts.track_complex)))
            head = conn.scalar(select(User.id).where(User.role == Role.DEPT_HEAD.value).order_by(User.id))
        assert tracked > 0
        new_uow = uow_factory(engine)
        for basis in ("closed", "registered"):
            flt = StatsFilter(date(DEMO_TODAY.year - 1, 3, 9), DEMO_TODAY, basis=basis)
            with new_uow() as uow:
                fast = dashboard(uow, flt, viewer_id=head, today=DEMO_TODAY)
            with new_uow() as uow:
                full = dashboard(uow, flt, viewer_id=head, today=DEMO_TODAY, use_aggregates=False)
            assert fast == full and fast.closing.closed > 0
    finally:
        engine.dispose()
