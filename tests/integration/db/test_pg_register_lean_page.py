"""Issue 19 (P19d): on PostgreSQL a 收案登记 search by text reads a lean page — the items' own columns — and then the
rows' patents, running time limits and repeat/linked cases in ONE statement by the page's ids, kept on the server
(`register._page_extras`). Whatever plan runs (auto, forced custom, forced generic) the searched pages are the rows
the unsearched list gives for the items the unindexed scan finds, in order, every column: the 专利号 joined in the
patents' order (not their ids'), the 下一期限 (the first running limit by due date, then id; met ones aside), the 案号
of a repeat or linked case only when the viewer may read its office — for a viewer of every office and a county's, for
several sorts and the next page. On SQLite (no lean page) the same comparison holds."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, event, select, text

from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeDeadlineRow, IntakeItem, IntakePatent
from ipcase.dto.intake import IntakeFilter
from ipcase.queries.intake.register import list_items
from ipcase.queries.search import _needles
from tests.plan_modes import plan_cache_mode
from tests.register_viewers import generated_register

TODAY = date(2026, 11, 2)
MODES = ("auto", "force_custom_plan", "force_generic_plan")
SORTS = (("received_at", True), ("targets", False), ("number", True), ("state", False))


@pytest.fixture
def registers(new_uow):
    """Generated cases with their 收案登记 items, two sub-offices, and four items made awkward: patents placed out of
    id order, running limits tied on their due date with met ones before them, no patent or limit at all, repeat
    and linked cases of other offices. ((top viewer, office), (county viewer, office), the awkward items' ids)."""
    top_viewer, county_viewer = generated_register(new_uow, TODAY)
    top, county = top_viewer[1], county_viewer[1]
    with new_uow() as uow:
        s = uow.session
        items = list(s.scalars(select(IntakeItem).where(IntakeItem.office_id == county,
                                                        IntakeItem.search_text.contains("有限公司"))
                               .order_by(IntakeItem.received_at.desc(), IntakeItem.id.desc()).limit(4)))
        top_case = s.scalar(select(Case.id).where(Case.office_id == top, Case.case_number.is_not(None))
                            .order_by(Case.id).limit(1))
        other_case = s.scalar(select(Case.id).where(Case.office_id.not_in([top, county]),
                                                    Case.case_number.is_not(None)).order_by(Case.id).limit(1))
        assert len(items) == 4 and top_case and other_case
        first, second, third, fourth = items
        # patents added last, placed first and last: their order is not their ids'
        s.add(IntakePatent(item_id=first.id, position=-1, number="ZL202010000001.1"))
        s.add(IntakePatent(item_id=first.id, position=99, number="ZL202010000002.2"))
        s.add(IntakePatent(item_id=second.id, position=-5, number="ZL202010000003.3"))
        ids = [i.id for i in items]
        s.execute(delete(IntakeDeadlineRow).where(IntakeDeadlineRow.item_id.in_(ids)))
        s.execute(delete(IntakePatent).where(IntakePatent.item_id == third.id))
        day = TODAY + timedelta(days=10)
        for item, rows in ((first, [("D1", day - timedelta(days=20), "met"), ("D3", day, "open"),
                                    ("D2", day, "open"), ("D4", day - timedelta(days=1), "met")]),
                           (second, [("D2", TODAY - timedelta(days=3), "open", True)]),
                           (fourth, [("D1", TODAY, "open")])):
            for code, due, status, *provisional in rows:
                s.add(IntakeDeadlineRow(item_id=item.id, code=code, start_date=due - timedelta(days=15),
                                        due_date=due, provisional=bool(provisional), status=status))
        first.repeat_case_id, first.case_id = top_case, other_case   # neither readable by the county's viewer
        second.repeat_case_id = other_case
        third.case_id, third.repeat_case_id = top_case, None
        fourth.case_id = fourth.repeat_case_id = None
        uow.commit()
    return top_viewer, county_viewer, ids


def _found(new_uow, needle: str) -> set[int]:
    """The items whose search text holds one of the search's needles, by a scan in Python (no index)."""
    with new_uow() as uow:
        rows = uow.session.execute(select(IntakeItem.id, IntakeItem.search_text)).all()
    needles = [n.lower() for n in _needles(needle)]
    return {i for i, t in rows if any(n in (t or "").lower() for n in needles)}


def _pages(uow, flt: IntakeFilter, pages: int = 2) -> list:
    """The first `pages` pages of `flt`, by key."""
    got, after = [], None
    for _ in range(pages):
        page = list_items(uow, replace(flt, after=after), today=TODAY)
        got += page.rows
        after = page.after
        if after is None:
            break
    return got


def test_a_text_searchs_lean_page_gives_the_lists_rows(new_uow, engine, registers):
    postgresql = engine.dialect.name == "postgresql"
    (top, _), (county, _), awkward = registers
    with new_uow() as uow:
        s = uow.session
        name = s.scalar(select(IntakeItem.submitter_name).where(IntakeItem.id == awkward[0]))
        patent = s.scalar(select(IntakePatent.number).where(IntakePatent.item_id == awkward[1],
                                                            IntakePatent.position >= 0).limit(1))
    # a common word, a gram, a name, a patent number, its beginning in lower case (ILIKE), two characters
    needles = ("有限公司", "科技", name, patent, patent[:6].lower(), "公司")
    found = {n: _found(new_uow, n) for n in needles}
    assert all(found.values()) and set(awkward) <= found["有限公司"]
    statements: list[str] = []

    def sent(_conn, _cursor, statement, *_args):
        statements.append(statement)
    event.listen(engine, "before_cursor_execute", sent)
    try:
        for viewer in (top, county):
            for sort, descending in SORTS:
                for needle in needles:
                    base = IntakeFilter(sort=sort, descending=descending, limit=30, count=False)
                    with new_uow(viewer_id=viewer, read_only=True) as uow:   # the unsearched list of the same items
                        want = _pages(uow, replace(base, ids=tuple(sorted(found[needle]))), pages=3)
                    if needle == "有限公司":
                        assert {r.id for r in want} & set(awkward) or viewer == top
                    for mode in MODES if sort == "received_at" else ("auto",):
                        for _ in range(7 if sort == "received_at" else 1):   # past the five-run thresholds
                            with new_uow(viewer_id=viewer, read_only=True) as uow, plan_cache_mode(uow, mode):
                                got = _pages(uow, replace(base, text=needle), pages=3)
                            assert got == want[:len(got)] and len(got) == min(len(want), 90), (viewer, sort, needle)
        # a filtered search (a statement built for the page, not kept): the same rows as the filtered list's
        kinds = tuple({r.kind for r in want})[:1]
        for viewer in (top, county):
            for needle in ("有限公司", "公司", name):
                base = IntakeFilter(kinds=kinds, received_from=TODAY - timedelta(days=200), limit=20, count=False)
                with new_uow(viewer_id=viewer, read_only=True) as uow:
                    want = _pages(uow, replace(base, ids=tuple(sorted(found[needle]))))
                    got = _pages(uow, replace(base, text=needle))
                assert got == want and (got or needle == name), (viewer, needle)
    finally:
        event.remove(engine, "before_cursor_execute", sent)
    searched = [s for s in statements if "search_text" in s and "FROM intake_items" in s]
    assert searched
    if postgresql:
        # the lean page: no patent, limit or case in the searched statement; the rest by the page's ids, kept
        assert not [s for s in searched if "intake_patents" in s or "intake_deadlines" in s or "cases" in s]
        with new_uow(viewer_id=top, read_only=True) as uow:
            list_items(uow, IntakeFilter(text="有限公司", limit=30, count=False), today=TODAY)
            kept = list(uow.connection().execute(text("SELECT statement FROM pg_prepared_statements")).scalars())
        assert any("FROM intake_patents" in k and "FROM intake_deadlines" in k for k in kept)
        assert not [k for k in kept if "search_text" in k]


def test_the_awkward_items_columns(new_uow, registers):
    """What the rows say of the awkward items, by the register's rules, for a search and for the list alike."""
    (top, _), (county, _), awkward = registers
    first, second, third, fourth = awkward
    with new_uow() as uow:
        s = uow.session
        numbers = {i: [p for p in s.scalars(select(IntakePatent.number).where(IntakePatent.item_id == i)
                                           .order_by(IntakePatent.position, IntakePatent.id))] for i in awkward}
        case_numbers = dict(s.execute(select(Case.id, Case.case_number)).all())
        linked = dict(s.execute(select(IntakeItem.id, IntakeItem.case_id).where(IntakeItem.id.in_(awkward))).all())
        repeat = dict(s.execute(select(IntakeItem.id, IntakeItem.repeat_case_id)
                                .where(IntakeItem.id.in_(awkward))).all())
    assert numbers[first][0] == "ZL202010000001.1" and numbers[first][-1] == "ZL202010000002.2"
    assert numbers[third] == []
    for viewer in (top, county):
        for flt in (IntakeFilter(text="有限公司", limit=100_000, count=False),
                    IntakeFilter(ids=tuple(awkward), limit=100, count=False)):
            with new_uow(viewer_id=viewer, read_only=True) as uow:
                rows = {r.id: r for r in list_items(uow, flt, today=TODAY).rows if r.id in awkward}
            assert set(rows) == set(awkward)
            for i in awkward:
                assert rows[i].patents == "、".join(numbers[i])
            day = TODAY + timedelta(days=10)
            assert (rows[first].next_due, rows[first].next_due_code, rows[first].next_due_provisional) == \
                (day, "D3" if _first_id(new_uow, first, day) == "D3" else "D2", False)
            assert (rows[second].next_due, rows[second].next_due_code, rows[second].next_due_provisional,
                    rows[second].urgency) == (TODAY - timedelta(days=3), "D2", True, "overdue")
            assert (rows[third].next_due, rows[third].next_due_code, rows[third].urgency) == (None, "", "")
            assert rows[fourth].next_due == TODAY and rows[fourth].urgency not in ("", "overdue")
            everyone = viewer == top
            assert rows[first].repeat_case_number == (case_numbers[repeat[first]] if everyone else "")
            assert rows[first].case_number == (case_numbers[linked[first]] if everyone else None)
            assert rows[second].repeat_case_number == (case_numbers[repeat[second]] if everyone else "")
            assert rows[third].case_number == (case_numbers[linked[third]] if everyone else None)
            assert rows[third].repeat_case_number is None and rows[fourth].case_number is None


def _first_id(new_uow, item_id: int, day: date) -> str:
    """The code of the item's running limit due `day` with the smaller id (the tie's order)."""
    with new_uow() as uow:
        return uow.session.scalar(select(IntakeDeadlineRow.code).where(
            IntakeDeadlineRow.item_id == item_id, IntakeDeadlineRow.status == "open",
            IntakeDeadlineRow.due_date == day).order_by(IntakeDeadlineRow.id).limit(1))
