"""The case list filtered by patent type (the filter bar's 类型) reads in its order (issue 19): a type is about a
third of the register, and SQLite read the type's index and sorted that whole third for each page (外观设计 at a
million cases: 383 ms a page), so on SQLite the page checks the type while walking its order's index
(register._walks_type). The rows must be the unfiltered list's with the other types left out, in every order,
for a viewer of every office and a sub-office's viewer — also sorted by 类型 itself."""
from __future__ import annotations

from datetime import date

import pytest

from ipcase.domain.enums import PatentType
from tests.integration.cases.test_state_pages import _listed, _paged
from tests.register_viewers import generated_register
from tests.sent_statements import plan_text, sent_statements

TODAY = date(2026, 11, 2)


@pytest.mark.parametrize("sort", ["received_date", "patent_type", "requesters"])
def test_a_type_lists_its_cases_in_the_lists_order(new_uow, sort):
    (top_viewer, _top), (sub_viewer, _sub) = generated_register(new_uow, TODAY)
    for descending in (True, False):
        for viewer in (top_viewer, sub_viewer):
            every = _listed(new_uow, viewer, sort=sort, descending=descending)
            assert {r.patent_type for r in every} >= set(PatentType), viewer   # each type has cases
            for kind in PatentType:
                want = [r.id for r in every if r.patent_type == kind]
                assert [r.id for r in _listed(new_uow, viewer, sort=sort, descending=descending,
                                              patent_type=kind)] == want, (viewer, kind, descending)
                assert _paged(new_uow, viewer, 4, sort=sort, descending=descending, patent_type=kind) == want


def test_on_sqlite_a_types_page_walks_the_lists_order(engine, new_uow):
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's planner walks the order's index by itself")
    (top_viewer, _top), _sub = generated_register(new_uow, TODAY)
    with sent_statements(engine) as sent:
        assert _listed(new_uow, top_viewer, patent_type=PatentType.DESIGN)
    plan = plan_text(engine, *sent[0])
    assert "ix_cases_received_id" in plan and "TEMP B-TREE" not in plan, plan
