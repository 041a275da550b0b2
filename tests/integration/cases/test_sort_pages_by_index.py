"""Every sortable column of the case list pages by an index on both backends, in both directions, for a viewer
of every office (issue 19, migration 0041_sort_ids): the page's statement reads an index in the list's order
(key, id) and sorts nothing. On PostgreSQL an index on the key alone made the server read and sort the key's whole
first group — at 1,000,000 cases a page sorted by 类型 (three values) took 1.8 s, by 承办人 0.12–0.19 s. SQLite's
index on the key alone already ended with the rowid.

The plans are read with sequential scans off on PostgreSQL (a test register is small enough for the planner to
prefer reading the table; the question here is whether an index serves the order), from the statements the list
really sends (captured on the engine)."""
from __future__ import annotations

import json
from datetime import date

import pytest

from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases.register import SORT_KEYS, list_cases
from tests.register_viewers import generated_register
from tests.sent_statements import sent_statements

TODAY = date(2026, 11, 2)


def _sorts(plan) -> list[str]:
    """The sorting nodes of a PostgreSQL JSON plan."""
    found = [plan["Node Type"]] if "Sort" in plan["Node Type"] else []
    for child in plan.get("Plans", []):
        found += _sorts(child)
    return found


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_every_sort_of_the_case_list_reads_an_index_in_order(engine, new_uow, descending):
    (top_viewer, _top), _sub = generated_register(new_uow, TODAY)
    with sent_statements(engine) as sent:
        for sort in SORT_KEYS:
            sent.clear()
            with new_uow(viewer_id=top_viewer, read_only=True) as uow:
                assert uow.readable_offices() is None   # a viewer of every office: the whole-register indexes
                rows = list_cases(uow, CaseFilter(sort=sort, descending=descending, limit=5, count=False),
                                  today=TODAY).rows
            assert rows, sort
            statement, parameters = sent[0]   # the page (a key read for a jump would come first: none here)
            with engine.connect() as conn:
                if engine.dialect.name == "postgresql":
                    conn.exec_driver_sql("SET enable_seqscan = off")
                    plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
                    plan = plan if isinstance(plan, list) else json.loads(plan)
                    # 案号 is unique: its index's "groups" are single cases, which an incremental sort passes through
                    allowed = ["Incremental Sort"] if sort == "case_number" else []
                    assert _sorts(plan[0]["Plan"]) == allowed, (sort, plan)
                else:
                    plan = " ".join(str(r[-1]) for r in
                                    conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
                    assert "TEMP B-TREE" not in plan, (sort, plan)
