"""The periodic report's ranking (每月通报): registered, closed, carried over and closing figures per office or per
officer — from the cases, or from the dashboard's aggregates for whole months (issue 19)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ipcase.db import aggregates
from ipcase.db.models.aggregates import StatsCell as C
from ipcase.db.models.cases import Case
from ipcase.dto.statistics import ClosingFigures
from ipcase.queries.statistics.cells import split_period
from ipcase.queries.statistics.figures import (
    between,
    closing_figures,
    closing_from_rows,
    cohort,
)


@dataclass(frozen=True)
class UnitFigures:
    registered: int
    closed: int
    carried_over: int
    closing: ClosingFigures


def unit_figures(s: Session, group, dims: list, lo: date, hi: date) -> dict:
    """Per office or per officer (`group` = Case.office_id / Case.officer_id): the ranking's figures."""
    def counts(*conds) -> dict:
        return dict(s.execute(select(group, func.count()).where(*conds, *dims).group_by(group)).all())
    registered = counts(between(Case.registered_date, lo, hi))
    carried = counts(Case.registered_date < lo, or_(Case.closed_date.is_(None), Case.closed_date >= lo))
    closing = closing_figures(s, cohort("closed", lo, hi) + dims, group=group)
    units = set(registered) | set(carried) | set(closing)
    return {u: UnitFigures(registered.get(u, 0), closing.get(u, ClosingFigures()).closed, carried.get(u, 0),
                           closing.get(u, ClosingFigures())) for u in units}


def unit_figures_from_cells(s: Session, unit: str, dims: list, cell_conds: list, lo: date, hi: date) -> dict:
    """`unit_figures` from the cells (`unit`: "office" or "officer"), for a period of whole months (the periodic
    report's); a period with loose days is computed from the cases. "Carried over" counts the cases registered
    before the period and not closed before it: all-time registered cells less those of the months from the
    period's on, less the registered cases closed before it (a case closes on or after its 立案)."""
    months, edges = split_period(lo, hi)
    if months is None or edges:
        return unit_figures(s, Case.office_id if unit == "office" else Case.officer_id, dims, lo, hi)
    col = C.office_id if unit == "office" else C.officer_key
    start = aggregates.month_key(lo)

    def unit_of(value):
        return value if unit == "office" or value != 0 else None     # officer_key 0: no 承办人

    def sums(*conds) -> dict:
        return {unit_of(u): int(n) for u, n in s.execute(
            select(col, func.sum(C.n)).where(*conds, *cell_conds).group_by(col))}
    registered = sums(C.basis == "registered", C.month.between(*months))
    every = sums(C.basis == "registered", C.month == aggregates.ALL_MONTHS)
    since = sums(C.basis == "registered", C.month >= start, C.month != aggregates.ALL_MONTHS)
    closed_every = sums(C.basis == "closed", C.registered.is_(True), C.month == aggregates.ALL_MONTHS)
    closed_since = sums(C.basis == "closed", C.registered.is_(True), C.month >= start,
                        C.month != aggregates.ALL_MONTHS)
    carried = {u: c for u in every
               if (c := every[u] - since.get(u, 0) - closed_every.get(u, 0) + closed_since.get(u, 0))}
    rows: dict = {}
    excluded: dict = {}
    settled: dict = {}
    for u, method, reg, n, on_time, days, exc, sett in s.execute(
            select(col, C.closing_method, C.registered, func.sum(C.n), func.sum(C.on_time), func.sum(C.days),
                   func.sum(C.excluded), func.sum(C.settled))
            .where(C.basis == "closed", C.month.between(*months), *cell_conds)
            .group_by(col, C.closing_method, C.registered)):
        u = unit_of(u)
        rows.setdefault(u, []).append((u, None, method or None, bool(reg), int(n), 0, 0, 0, int(on_time), int(days)))
        excluded[u] = excluded.get(u, 0) + int(exc)
        settled[u] = settled.get(u, 0) + int(sett)
    closing = {u: closing_from_rows(r, excluded[u], settled[u]) for u, r in rows.items()}
    units = set(registered) | set(carried) | set(closing)
    return {u: UnitFigures(registered.get(u, 0), closing.get(u, ClosingFigures()).closed, carried.get(u, 0),
                           closing.get(u, ClosingFigures())) for u in units}
