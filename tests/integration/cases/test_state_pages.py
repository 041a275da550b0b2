"""The case list's state presets page by state (issue 19): a viewer of every office asking for states in the
list's default order reads one page per state (ix_cases_state_received_id) and merges them (keyset.page's
partition) — by `state IN (…)` SQLite read and sorted every case of those states for each page (a million cases:
只看已结案 1.0 s) and PostgreSQL walked the newest cases past every open one. The rows and their order must be
those of the unfiltered list with the other states left out: page after page in both directions, with other
filters, after a jump, and for a sub-office's viewer (paged by office, the states by IN) asked in between, whose
statements are built from the same select (keyset's statement cache names the partition's column)."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from ipcase.db.models.cases import Case
from ipcase.domain.enums import CLOSED_STATES, PRE_REGISTRATION_STATES, REGISTERED_OPEN_STATES, CaseState
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import list_cases
from tests.register_viewers import generated_register
from tests.sent_statements import plan_text, sent_statements

TODAY = date(2026, 11, 2)
ALL_ROWS = 100_000   # the export's limit (ui.common.list_output.ALL_ROWS)


def _listed(new_uow, viewer: int, **kw) -> list:
    with new_uow(viewer_id=viewer, read_only=True) as uow:
        return list(list_cases(uow, CaseFilter(limit=10_000, count=False, **kw), today=TODAY).rows)


def _paged(new_uow, viewer: int, step: int, **kw) -> list[int]:
    """Every row's id, read `step` rows a page by the previous page's key, as the scrolling list reads."""
    ids, after = [], None
    while True:
        with new_uow(viewer_id=viewer, read_only=True) as uow:
            page = list_cases(uow, CaseFilter(limit=step, count=False, after=after, **kw), today=TODAY)
        ids += [r.id for r in page.rows]
        if page.after is None:
            return ids
        after = page.after


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
def test_the_state_presets_list_the_states_rows_in_the_lists_order(new_uow, descending):
    (top_viewer, _top), (sub_viewer, _sub) = generated_register(new_uow, TODAY)
    every = {v: _listed(new_uow, v, descending=descending) for v in (top_viewer, sub_viewer)}
    states = Counter(r.state for r in every[top_viewer])
    presets = [PRE_REGISTRATION_STATES, REGISTERED_OPEN_STATES, CLOSED_STATES, {CaseState.REGISTERED},
               PRE_REGISTRATION_STATES | CLOSED_STATES]
    assert all(any(states[s] for s in preset) for preset in presets), states   # each preset selects some cases
    officers = _officers(new_uow)
    officer = next(officers[r.id] for r in every[top_viewer] if officers[r.id] is not None)
    for preset in presets:
        for viewer in (sub_viewer, top_viewer, sub_viewer):   # the office partition asked before and after
            want = [r for r in every[viewer] if r.state in preset]
            chosen = tuple(sorted(preset))
            assert [r.id for r in _listed(new_uow, viewer, states=chosen, descending=descending)] == \
                [r.id for r in want], (viewer, preset)
            assert _paged(new_uow, viewer, 3, states=chosen, descending=descending) == [r.id for r in want]
            # with other filters: a constant (中止 off) and a value (the 承办人 of the first listed case)
            assert [r.id for r in _listed(new_uow, viewer, states=chosen, descending=descending, suspended=False)] \
                == [r.id for r in want if not r.suspended]
            assert [r.id for r in _listed(new_uow, viewer, states=chosen, descending=descending,
                                          officer_id=officer)] == [r.id for r in want if officers[r.id] == officer]
            # the export's read (ListOutput: a writing unit, every row at once)
            with new_uow(viewer_id=viewer) as uow:
                exported = list_cases(uow, CaseFilter(states=chosen, descending=descending, limit=ALL_ROWS,
                                                      count=False), today=TODAY).rows
            assert [r.id for r in exported] == [r.id for r in want]
            # a jump (跳到第 N 条): from the position's key, the same rows as OFFSET
            with new_uow(viewer_id=viewer, read_only=True) as uow:
                jumped = list_cases(uow, CaseFilter(states=chosen, descending=descending, limit=4, offset=2,
                                                    count=False), today=TODAY).rows
            assert [r.id for r in jumped] == [r.id for r in want[2:6]]


def _officers(new_uow) -> dict[int, int | None]:
    """Each case's 承办人 (user id)."""
    with new_uow() as uow:
        return dict(uow.session.execute(select(Case.id, Case.officer_id)).all())


def test_the_officer_filter_and_the_state_pages_read_their_indexes_in_order(engine, new_uow):
    """承办人 ("my cases") and each state's page: one range of (officer_id | state, received_date, id), no sort
    (migration 0042_filter_reads) — SQLite sorted all the officer's cases (140 ms a page for 55,000 of them)."""
    (top_viewer, _top), _sub = generated_register(new_uow, TODAY)
    officer = next(o for o in _officers(new_uow).values() if o is not None)
    for kw, index in (({"officer_id": officer}, "ix_cases_officer_received_id"),
                      ({"states": tuple(sorted(CLOSED_STATES))}, "ix_cases_state_received_id")):
        with sent_statements(engine) as sent:
            assert _listed(new_uow, top_viewer, **kw)
        statement, parameters = sent[0]
        plan = plan_text(engine, statement, parameters)
        assert index in plan, (kw, plan)
        if "officer_id" in kw and engine.dialect.name == "sqlite":   # one range in order (PostgreSQL sorts the
            assert "TEMP B-TREE" not in plan, plan   # test register's few rows of a bitmap read instead)


def test_a_partition_of_many_values_is_merged_page_by_page(new_uow):
    """More values than the database merges in one statement (keyset.MERGED_AT_MOST: SQLite refuses a compound
    SELECT of more than 500 terms) are read one by one and merged in Python: the same rows, in the same order,
    as the few values' statement — here the two offices of the register among 70 ids, most of them empty."""
    from ipcase.queries import keyset
    from ipcase.queries.cases.register import _list_select
    (_top_viewer, top), (_sub_viewer, sub) = generated_register(new_uow, TODAY)
    many = tuple(sorted({top, sub, *range(1000, 1000 + keyset.MERGED_AT_MOST + 6)}))
    with new_uow(read_only=True) as uow:
        conn = uow.connection()

        def pages(values: tuple) -> list[int]:
            ids, after = [], None
            while True:
                rows, after = keyset.page(conn, _list_select("received_date"), Case.received_date, Case.id,
                                          descending=True, limit=7, after=after,
                                          partition=(Case.office_id, values))
                ids += [r[0] for r in rows]
                if after is None:
                    return ids
        few = pages((top, sub))
        assert few and pages(many) == few
        everything = list(uow.connection().execute(
            select(Case.id).where(Case.office_id.in_((top, sub))).order_by(Case.received_date.desc(),
                                                                          Case.id.desc())).scalars())
        assert few == everything
