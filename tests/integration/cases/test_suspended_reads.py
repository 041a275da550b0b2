"""The case list's 中止 filter reads the suspended cases through their own small indexes on both backends (issue 19,
migration 0042_filter_reads): the first page and the count, for a viewer of every office and for a sub-office's
viewer. Before, the filter probed the pauses for every case the page walked past: at 1,000,000 cases (7,669
suspended) the first page took 63 ms and its count 43 ms on PostgreSQL, the count 0.6 s on SQLite. The partial
indexes are used only when the statement's condition is written as their WHERE, which is what this test guards;
test_list_copied_columns checks that the rows are the running suspensions after every kind of write.

The plans are read with sequential scans off on PostgreSQL (a test register is small enough for the planner to
prefer reading the table), from the statements the list really sends (captured on the engine)."""
from __future__ import annotations

from datetime import date
from itertools import product

from sqlalchemy import select, update

from ipcase.db.models.cases import Case, Pause
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import count_cases, list_cases
from tests.register_viewers import generated_register
from tests.sent_statements import plan_text, sent_statements

TODAY = date(2026, 11, 2)
INDEXES = ("ix_cases_suspended_received", "ix_cases_office_suspended_received")


def test_the_suspended_page_and_count_read_their_own_indexes(engine, new_uow):
    (top_viewer, _top), (sub_viewer, sub) = generated_register(new_uow, TODAY)
    with engine.begin() as conn:   # a running suspension in the sub-office and elsewhere (the trigger copies it)
        for office in (sub, None):
            case_id = conn.scalar(select(Case.id).where(*([Case.office_id == office] if office else []))
                                  .order_by(Case.id.desc()).limit(1))
            conn.execute(Pause.__table__.insert().values(case_id=case_id, kind="suspension", start_date=TODAY,
                                                         note="测试"))
        running = set(conn.scalars(select(Case.id).where(Case.sort_suspended)))
    assert len(running) >= 2
    with sent_statements(engine, lambda statement: "FROM cases" in statement and
                         "sort_suspended" in statement.split("FROM cases", 1)[1]) as sent:
        for viewer in (top_viewer, sub_viewer):
            sent.clear()
            with new_uow(viewer_id=viewer, read_only=True) as uow:
                page = list_cases(uow, CaseFilter(suspended=True, limit=50, count=False), today=TODAY).rows
                total = count_cases(uow, CaseFilter(suspended=True))
            assert page and {r.id for r in page} <= running and all(r.suspended for r in page)
            assert total == len(page)
            statements = list(sent)
            assert len(statements) == 2, statements   # the page and the count
            for statement, parameters in statements:
                plan = plan_text(engine, statement, parameters)
                assert any(name in plan for name in INDEXES), (viewer, statement, plan)
    # an ended suspension leaves both the copy and the indexes
    with engine.begin() as conn:
        conn.execute(update(Pause).where(Pause.kind == "suspension").values(end_date=TODAY))
    with new_uow(viewer_id=top_viewer, read_only=True) as uow:
        assert list_cases(uow, CaseFilter(suspended=True, count=False), today=TODAY).rows == ()
        assert count_cases(uow, CaseFilter(suspended=True)) == 0


def test_every_setting_of_the_constant_filters_lists_its_own_rows(engine, new_uow):
    """The lists filtered only by the flags and 中止 are built once per setting (register._filtered): each setting,
    asked twice and after the others, lists exactly the unfiltered list's rows that have it, in the same order,
    searched or not, sorted by 收到日期 or by 请求人 (on SQLite the 中止 filter then probes the pauses:
    register._probes_suspension), for both viewers — no setting is served another's statement."""
    (top_viewer, _top), (sub_viewer, _sub) = generated_register(new_uow, TODAY)
    with engine.begin() as conn:   # some cases of every flag and some suspended, so that each setting selects
        ids = list(conn.scalars(select(Case.id).order_by(Case.id)))
        for i, name in enumerate(("flag_foreign", "flag_ecommerce", "flag_trade_fair")):
            conn.execute(update(Case).where(Case.id.in_(ids[i::4])).values({name: True}))
        for case_id in ids[1::5]:
            conn.execute(Pause.__table__.insert().values(case_id=case_id, kind="suspension", start_date=TODAY,
                                                         note="测试"))
    names = ("flag_foreign", "flag_ecommerce", "flag_trade_fair", "suspended")
    settings = [{}, *({n: v} for n in names for v in (True, False)),
                {"flag_foreign": True, "suspended": False}, {"flag_ecommerce": False, "flag_trade_fair": True}]
    for viewer, text, sort in product((top_viewer, sub_viewer), ("", "有限公司"), ("received_date", "requesters")):
        with new_uow(viewer_id=viewer, read_only=True) as uow:
            every = list_cases(uow, CaseFilter(text=text, sort=sort, limit=10_000, count=False), today=TODAY).rows
        for _round in range(2):
            for setting in settings:
                with new_uow(viewer_id=viewer, read_only=True) as uow:
                    rows = list_cases(uow, CaseFilter(text=text, sort=sort, limit=10_000, count=False, **setting),
                                      today=TODAY).rows
                want = [r.id for r in every if all(getattr(r, n) == v for n, v in setting.items())]
                assert [r.id for r in rows] == want, (viewer, text, sort, setting)
                assert want or not setting, (viewer, text, sort, setting)   # each setting selects some rows
