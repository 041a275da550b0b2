"""The case list's count from the dashboard's aggregates, when the filter asks only what they are keyed by (issue 19).

Opening 案件 counts the viewer's cases after the first page. Unfiltered, a province's register on PostgreSQL answered
`count(*)` with a parallel scan of the whole table: 0.26 s and ≈ 0.7 s of the server's CPU in three processes, at
every opening of the list by every officer, and on a laptop that also runs the server those processes took the
cores from the first page's paint. Every case lies in exactly one all-time cell of the "received" basis (every
case has a received date and a patent: ipcase.db.aggregates), and the cells are keyed by office, 承办人, patent type,
the three flags and registered-or-not — so a filter on those alone is a sum over a few hundred cells, kept right
in the writing transaction and checked against the full SQL by `python main.py stats verify`.

Any other condition (a search text, states, dates, 中止, the statistics' drill-down by closing method …), or
aggregates that are not usable (never built, or cases loaded past them), leaves the count to the cases."""
from __future__ import annotations

from sqlalchemy import Connection, case, func, select

from ipcase.db import aggregates
from ipcase.db.models.aggregates import StatsCell
from ipcase.domain.enums import PatentType
from ipcase.dto.cases import CaseFilter

C = StatsCell
# CaseFilter fields the cells answer: each of their cases' values is a key of the cell the case is counted in
KEYED = frozenset({"office_id", "office_ids", "officer_id", "officer_unassigned", "patent_type", "flag_foreign",
                   "flag_ecommerce", "flag_trade_fair", "registered"})


def answerable(flt: CaseFilter) -> bool:
    """Whether every condition of `flt` is on a key of the cells (its paging aside)."""
    return flt.asked() <= KEYED


def _conditions(flt: CaseFilter, offices: tuple[int, ...] | None) -> list:
    """The conditions `register._conditions` puts on the cases, on the cells (the same values: the facts are
    read from those columns, ipcase.db.aggregates.facts_select)."""
    conds = [C.basis == "received", C.month == aggregates.ALL_MONTHS]
    for ids in (offices, flt.office_ids or None):
        if ids is not None:
            conds.append(C.office_id.in_(ids))
    if flt.office_id is not None:
        conds.append(C.office_id == flt.office_id)
    if flt.officer_unassigned:
        conds.append(C.officer_key == 0)    # facts: coalesce(officer_id, 0)
    if flt.officer_id is not None:
        conds.append(C.officer_key == flt.officer_id)
    if flt.patent_type is not None:
        conds.append(C.patent_type == PatentType(flt.patent_type).value)
    for name in ("flag_foreign", "flag_ecommerce", "flag_trade_fair", "registered"):
        value = getattr(flt, name)
        if value is not None:
            conds.append(getattr(C, name).is_(bool(value)))
    return conds


def count_from_cells(conn: Connection, flt: CaseFilter, offices: tuple[int, ...] | None) -> int | None:
    """How many of the viewer's cases (`offices`: office_scope.readable_offices, None for every office) the filter
    holds, summed from the cells; None when the cells cannot answer it (see the module's docstring)."""
    if not answerable(flt) or not aggregates.has_tables(conn):
        return None
    # one statement: the sum when the cells are usable, else NULL (a round trip each took 4 ms on PostgreSQL)
    total = select(func.coalesce(func.sum(C.n), 0)).where(*_conditions(flt, offices)).scalar_subquery()
    counted = conn.scalar(select(case((aggregates.usable_condition(), total))))
    return None if counted is None else int(counted)
