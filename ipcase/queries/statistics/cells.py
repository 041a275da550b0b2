"""The dashboard's figures read from the aggregates kept in the writing transaction (ipcase.db.aggregates): the
cells' monthly sums, the facts' rows of single days, and the split of a period into both. ipcase.queries.statistics
.figures combines them with what is read from the cases; the full SQL there is what they are tested against."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Column, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.visitors import replacement_traverse

from ipcase.db import aggregates
from ipcase.db.models.aggregates import StatsCell
from ipcase.domain.enums import PatentType
from ipcase.domain.intake.routing import Track
from ipcase.dto.statistics import MonthlySeries, StatsFilter
from ipcase.queries.statistics import sql as q

TRACK_KEYS = tuple(t.value for t in Track) + (q.NO_TRACK,)
C = StatsCell


def cell_conditions(flt: StatsFilter, office_ids: tuple[int, ...]) -> list:
    """The dashboard filter on the cells (keyed by the very values the case conditions of `figures._dims` test)."""
    conds = [C.office_id.in_(office_ids)] if office_ids else []
    if flt.officer_id is not None:
        conds.append(C.officer_key == flt.officer_id)
    if flt.patent_type is not None:
        conds.append(C.patent_type == PatentType(flt.patent_type).value)
    for name in ("flag_foreign", "flag_ecommerce", "flag_trade_fair"):
        if getattr(flt, name) is not None:
            conds.append(getattr(C, name) == bool(getattr(flt, name)))
    return conds


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def split_period(lo: date, hi: date) -> tuple[tuple[int, int] | None, list[tuple[date, date]]]:
    """The whole months inside [lo, hi] as (first, last) month keys, and the day ranges outside them."""
    first = lo if lo.day == 1 else next_month(lo)
    last_end = hi if next_month(hi) - timedelta(days=1) == hi else month_start(hi) - timedelta(days=1)
    if first > last_end:
        return None, [(lo, hi)]
    edges = ([(lo, first - timedelta(days=1))] if lo < first else []) + \
            ([(last_end + timedelta(days=1), hi)] if hi > last_end else [])
    return (aggregates.month_key(first), aggregates.month_key(last_end)), edges


def cell_part(s: Session, basis: str, months: tuple[int, int], cell_conds: list, closed_only: bool):
    """The cells' share of `figures.cohort_figures`: rows as `figures._cohort_rows` gives them, excluded days, 和解 then closed
    otherwise, 繁简分流 and 重复侵权 counts."""
    return summed_part(s, StatsCell.__table__, func.sum(C.n), [C.basis == basis, C.month.between(*months),
                                                                 *cell_conds], closed_only)


def facts_part(s: Session, basis: str, lo: date, hi: date, cell_conds: list, closed_only: bool):
    """`cell_part` of the days [lo, hi] (a period's days outside its whole months): the facts of the cases
    registered / closed on those days (by their day's index) — the values the cells sum, so the edges agree with
    the months; before, four statements read the cohort's wide case rows, patents, pauses and intake items."""
    facts = aggregates.FACTS
    day = facts.c[aggregates.DAYS[basis]]
    return summed_part(s, facts, func.count(), [day.between(lo, hi), *on_facts(cell_conds)], closed_only)


def on_facts(cell_conds: list) -> list:
    """Conditions written on the cells' columns, on the facts' columns of the same names."""
    cells, facts = StatsCell.__table__, aggregates.FACTS

    def swap(element):
        return facts.c[element.key] if isinstance(element, Column) and element.table is cells else None
    return [replacement_traverse(cond, {}, swap) for cond in cell_conds]


def summed_part(s: Session, table, count, conds: list, closed_only: bool):
    """Rows as `figures._cohort_rows` gives them and the sums of the cells or facts `conds` select (`count`: how a row
    counts its cases)."""
    t = table.c
    flags = (t.flag_foreign, t.flag_ecommerce, t.flag_trade_fair)
    sums = [func.sum(c) for c in (t.on_time, t.days, t.excluded, t.settled, t.repeat,
                                  *[t[col] for col in aggregates.TRACK_COLUMNS.values()])]
    query = (select(t.patent_type, t.closing_method, t.registered, *flags, count, *sums)
             .where(*conds).group_by(t.patent_type, t.closing_method, t.registered, *flags))
    rows, excluded, settled, repeat = [], 0, 0, 0
    tracks = dict.fromkeys(TRACK_KEYS, 0)
    for ptype, method, reg, foreign, ecommerce, fair, n, on_time, days, exc, sett, rep, *track in s.execute(query):
        n, reg = int(n), bool(reg)
        rows.append((None, ptype or None, method or None, reg, n, n if foreign else 0, n if ecommerce else 0,
                     n if fair else 0, int(on_time), int(days)))
        excluded, settled = excluded + int(exc), settled + int(sett)
        if not closed_only or (reg and method in q.CASE_METHODS):
            repeat += int(rep)
            for key, k in zip(TRACK_KEYS, track, strict=True):
                tracks[key] += int(k)
    return rows, excluded, settled, tracks, repeat


def monthly_from_cells(s: Session, cell_conds: list, year: int) -> tuple[MonthlySeries, MonthlySeries]:
    """`monthly` from the cells: cases received / registered per month of `year` and the year before."""
    series = {"received": [0] * 24, "registered": [0] * 24}
    for basis, month, n in s.execute(select(C.basis, C.month, func.sum(C.n))
                                     .where(C.basis.in_(tuple(series)),
                                            C.month.between((year - 1) * 100 + 1, year * 100 + 12), *cell_conds)
                                     .group_by(C.basis, C.month)):
        series[basis][(int(month) // 100 - year + 1) * 12 + int(month) % 100 - 1] = int(n)
    return (MonthlySeries(year - 1, tuple(series["received"][:12]), tuple(series["registered"][:12])),
            MonthlySeries(year, tuple(series["received"][12:]), tuple(series["registered"][12:])))
