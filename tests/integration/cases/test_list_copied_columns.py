"""Issue 19 (G19e): every page of the case list reads its 结案期限, （暂定） and 中止 columns from the cases' copies
kept by triggers (sort_closing_due, sort_closing_provisional, sort_suspended: migration 0040_case_flags) instead of
joining the D12 deadline and probing the running suspensions; the 中止 filter reads the copy too (indexed where
it is true: migration 0042_filter_reads, test_suspended_reads). On SQLite and PostgreSQL,
after every kind of write of deadlines and pauses (Core inserts, updates and deletes: test_case_flags.write_steps;
the services' 立案, 中止 and 恢复), the list says what the deadlines and pauses tables say, worked out in Python
(test_case_flags._truth): an unsearched page, a page sorted by 结案期限, a searched page (a text and a 案号), and the
中止 filter both ways — only a running suspension counts, not an ended one, not another kind of pause."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from case_helpers import Driver, at
from ipcase.db.models.cases import Case, Pause
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from tests.integration.db.test_case_flags import _truth, write_steps

TODAY = date(2026, 11, 2)
ALL = 10_000


def _columns(rows) -> dict[int, tuple]:
    return {r.id: (r.closing_due, r.closing_due_provisional, r.suspended) for r in rows}


def _assert_list_follows(new_uow, engine, step: str) -> dict:
    with engine.connect() as conn:
        truth = _truth(conn)
        number = conn.scalar(select(Case.case_number).where(Case.case_number.is_not(None)).order_by(Case.id))
    running = {i for i, (_due, _provisional, suspended) in truth.items() if suspended}

    def page(**kw):
        with new_uow(read_only=True) as uow:   # as the window reads (ctx.db_query)
            return list_cases(uow, CaseFilter(limit=ALL, **kw), today=TODAY).rows

    listed = page()
    assert _columns(listed) == truth, step
    assert {(type(r.suspended), type(r.closing_due_provisional)) for r in listed} == {(bool, bool)}
    by_due = page(sort="closing_due", descending=False)
    dues = [r.closing_due for r in by_due if r.closing_due is not None]
    assert _columns(by_due) == truth and dues == sorted(dues), step
    for text in ("有限公司", number):
        searched = _columns(page(text=text))
        assert searched and searched == {i: truth[i] for i in searched}, (step, text)
    only = page(suspended=True)
    assert {r.id for r in only} == running and all(r.suspended for r in only), step
    # sorted by another key SQLite probes the pauses instead of reading the copy (register._probes_suspension)
    assert {r.id for r in page(suspended=True, sort="requesters", descending=False)} == running, step
    assert {r.id for r in page(suspended=False)} == set(truth) - running, step
    assert {r.id for r in page(suspended=True, text="有限公司")} == running & set(_columns(page(text="有限公司"))), step
    return truth


def test_the_list_follows_every_write_of_deadlines_and_pauses(new_uow, engine):
    generate(new_uow, cases=150, today=TODAY, seed=7, years=1)   # as test_case_flags (four cases without D12)
    with engine.begin() as conn:   # an ended suspension running again, and an open pause of another kind
        conn.execute(update(Pause).where(Pause.id == select(Pause.id).where(
            Pause.kind == "suspension", Pause.end_date.is_not(None)).order_by(Pause.id).limit(1).scalar_subquery())
            .values(end_date=None))
        conn.execute(update(Pause).where(Pause.id == select(Pause.id).where(
            Pause.kind != "suspension").order_by(Pause.id).limit(1).scalar_subquery()).values(end_date=None))
    truth = _assert_list_follows(new_uow, engine, "generated")
    assert any(due for due, _p, _s in truth.values()) and sum(s for _d, _p, s in truth.values()) >= 2
    steps, _cases = write_steps(engine)
    for name, statement in steps:
        with engine.begin() as conn:
            conn.execute(statement)
        _assert_list_follows(new_uow, engine, name)


def test_the_list_follows_the_services(new_uow, staff, engine):
    """立案 (the deadline engine writes D12), 中止 and 恢复 through the case services."""
    d = Driver.new(new_uow, staff, at(date(2026, 9, 1)), received=date(2026, 9, 1))
    d.panel(at(date(2026, 9, 1)))
    d.act_approved("register", {"registered_date": date(2026, 9, 1)}, at(date(2026, 9, 1)))
    assert _assert_list_follows(new_uow, engine, "registered")[d.ref.id][0] is not None
    d.act_approved("suspend", {"ground": "party_died", "start_date": date(2026, 9, 10)}, at(date(2026, 9, 10)))
    assert _assert_list_follows(new_uow, engine, "suspended")[d.ref.id][2]
    d.act("resume", {"resume_date": date(2026, 9, 20), "reason_text": "继承人已确定"}, at(date(2026, 9, 20)))
    assert not _assert_list_follows(new_uow, engine, "resumed")[d.ref.id][2]
