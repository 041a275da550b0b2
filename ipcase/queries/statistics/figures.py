"""Supervisor statistics as SQL aggregates (count / sum / group by / case when) that run the same on SQLite and
PostgreSQL — never by loading case rows into Python. Definitions: ipcase.domain.statistics.counting.DEFINITIONS.

`dashboard()` is what the 统计 section shows; `period_figures()` feeds the periodic report (its ranking: `ranking.py`)
and the dashboard; `drilldown()` turns any figure back into the CaseFilter of the cases behind it."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, extract, func, or_, select
from sqlalchemy.orm import Session

from ipcase.db import aggregates
from ipcase.db.models.admin import Office, User
from ipcase.db.models.aggregates import StatsCell as C
from ipcase.db.models.cases import Case, DeadlineRow, Patent, Pause, TimelineEntry
from ipcase.db.office_scope import system_work
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import (
    OPEN_STATES,
    PRE_REGISTRATION_STATES,
    CaseState,
    DeadlineStatus,
    PatentType,
    PauseKind,
    Role,
)
from ipcase.domain.periods import add_working_days
from ipcase.domain.permissions import may
from ipcase.domain.statistics.counting import CASE_CLOSING_METHODS, ClosingMethod, ReportPeriod
from ipcase.dto.cases import CaseFilter
from ipcase.dto.statistics import (
    BASES,
    ClosingFigures,
    Composition,
    Dashboard,
    MonthlySeries,
    OfficeRef,
    OfficerLoad,
    OfficerUrgent,
    PeriodCounts,
    PeriodFigures,
    PersonRef,
    StatsFilter,
    StatsScope,
)
from ipcase.errors import PermissionDenied, ValidationFailed
from ipcase.loaders.settings import load_calendar
from ipcase.queries.statistics import sql as q
from ipcase.queries.statistics.cells import (
    TRACK_KEYS,
    cell_conditions,
    cell_part,
    facts_part,
    month_start,
    monthly_from_cells,
    split_period,
)
from ipcase.queries.statistics.intake import intake_monthly, intake_received, intake_urgent, with_intake
from ipcase.uow import UnitOfWork

WARN_WORKING_DAYS = 3  # "due within 3 working days", as the deadline list colours it
_OPEN = tuple(s.value for s in OPEN_STATES)
_PRE = tuple(s.value for s in PRE_REGISTRATION_STATES)


def _count(s: Session, *conds) -> int:
    return s.scalar(select(func.count()).select_from(Case).where(*conds)) or 0


def _sum_if(cond):
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


# ---- scope and filters ----------------------------------------------------------------------------

def supervisor(s: Session, viewer_id: int) -> User:
    viewer = s.get(User, viewer_id)
    if viewer is None or not viewer.active or not may(viewer.role, "statistics.view"):
        raise PermissionDenied("view_statistics", viewer.role if viewer else None)
    return viewer


def scope_of(s: Session, office_id: int) -> StatsScope:
    offices = s.execute(select(Office.id, Office.name, Office.parent_id)
                        .where(or_(Office.id == office_id, Office.parent_id == office_id))
                        .order_by(Office.parent_id.is_not(None), Office.id)).all()
    ids = [o.id for o in offices]
    officers = s.execute(select(User.id, User.full_name).where(User.office_id.in_(ids),
                                                              User.role.in_([Role.OFFICER.value,
                                                                             Role.SECTION_HEAD.value]))
                         .order_by(User.office_id, User.full_name)).all()
    return StatsScope(tuple(OfficeRef(*o) for o in offices), tuple(PersonRef(*u) for u in officers))


def statistics_scope(uow: UnitOfWork, *, viewer_id: int) -> StatsScope:
    """The offices (the viewer's and its sub-offices) and officers a supervisor's statistics cover."""
    s = uow.session
    return scope_of(s, supervisor(s, viewer_id).office_id)


def _office_condition(s: Session, requested: tuple[int, ...], scope: StatsScope, role: str) -> list:
    if requested and not set(requested) <= set(scope.office_ids):
        raise PermissionDenied("view_statistics", role)
    ids = requested or scope.office_ids
    # One office per database (the usual case) needs no condition: the indexes then cover the counts.
    if set(ids) == set(s.scalars(select(Office.id))):
        return []
    return [Case.office_id.in_(ids)]


def _check(flt: StatsFilter) -> None:
    if flt.basis not in BASES:
        raise ValidationFailed("basis", "choice", flt.basis, value=flt.basis)
    if flt.date_to < flt.date_from:
        raise ValidationFailed("date_to", "before_start", flt.date_from.isoformat(), value=flt.date_to)


def _dims(flt: StatsFilter, office_conds: list) -> list:
    return office_conds + q.dimension_conditions(
        officer_id=flt.officer_id, patent_type=flt.patent_type, flag_foreign=flt.flag_foreign,
        flag_ecommerce=flt.flag_ecommerce, flag_trade_fair=flt.flag_trade_fair)


def between(column, lo: date, hi: date):
    return and_(column >= lo, column <= hi)


def cohort(basis: str, lo: date, hi: date) -> list:
    """The cases a period selects: registered in it, or closed in it."""
    column = Case.registered_date if basis == "registered" else Case.closed_date
    return [between(column, lo, hi)]


# ---- the building blocks (each optionally grouped by a unit: office or officer) ---------------------

def period_counts(s: Session, dims: list, lo: date, hi: date) -> PeriodCounts:
    registered_before = _count(s, Case.registered_date < lo, *dims)
    closed_before = _count(s, q.registered_closed, Case.closed_date < lo, *dims)
    registered_by_end = _count(s, Case.registered_date <= hi, *dims)
    closed_by_end = _count(s, q.registered_closed, Case.closed_date <= hi, *dims)
    return PeriodCounts(
        received=_count(s, between(Case.received_date, lo, hi), *dims),
        registered=registered_by_end - registered_before,
        not_accepted=_count(s, Case.closing_method == ClosingMethod.NOT_ACCEPTED.value,
                            between(Case.closed_date, lo, hi), *dims),
        carried_over=registered_before - closed_before,
        closed=closed_by_end - closed_before,
        open_at_end=registered_by_end - closed_by_end,
    )


def _cohort_rows(s: Session, conds: list, group=None, with_mix: bool = False) -> list[tuple]:
    """One pass over the selected cases, grouped by (unit, patent type, closing method, registered):
    count, flags, closed on time, Σ(结案日 − 立案日). Rows as (unit, patent type, method, registered, n,
    foreign, ecommerce, trade_fair, on_time, days), None where not grouped."""
    closed = Case.closing_method.is_not(None)
    registered = case((Case.registered_date.is_(None), 0), else_=1)
    raw_days = q.day_number(Case.closed_date) - q.day_number(Case.registered_date)
    keys = ([group] if group is not None else []) + ([Patent.patent_type] if with_mix else [])
    flags = ([_sum_if(Case.flag_foreign.is_(True)), _sum_if(Case.flag_ecommerce.is_(True)),
              _sum_if(Case.flag_trade_fair.is_(True))] if with_mix else [])
    query = (select(*keys, Case.closing_method, registered, func.count(), *flags,
                    _sum_if(and_(closed, q.d12_on_time)),
                    func.coalesce(func.sum(case((closed, raw_days))), 0))
             .where(*conds).group_by(*keys, Case.closing_method, registered))
    if with_mix:
        query = query.join(Patent, Patent.id == Case.patent_id)
    else:
        query = query.where(closed)
    out = []
    for r in s.execute(query):
        r = list(r)
        unit = r.pop(0) if group is not None else None
        ptype = r.pop(0) if with_mix else None
        method, reg, n = r[0], r[1], r[2]
        foreign, ecommerce, fair = (r[3:6] if with_mix else (0, 0, 0))
        on_time, days = r[-2:]
        out.append((unit, ptype, method, bool(reg), n, int(foreign), int(ecommerce), int(fair), int(on_time),
                    int(days)))
    return out


def _composition(rows: list[tuple], closed_only: bool) -> Composition:
    """The patent types and flags of the selected cases (only those closed after 立案 when `closed_only`)."""
    rows = [r for r in rows if not closed_only or (r[3] and r[2] in q.CASE_METHODS)]
    by_type = {t: sum(r[4] for r in rows if r[1] == t.value) for t in PatentType}
    return Composition(cases=sum(r[4] for r in rows), by_patent_type=tuple(by_type.items()),
                       foreign=sum(r[5] for r in rows), ecommerce=sum(r[6] for r in rows),
                       trade_fair=sum(r[7] for r in rows))


def closing_from_rows(rows: list[tuple], excluded: int, settled_otherwise: int) -> ClosingFigures:
    methods: dict[str, int] = {}
    closed = on_time = raw = mediated = 0
    for _unit, _type, method, reg, n, _f, _e, _t, ontime, days in rows:
        if method is None:
            continue
        label = method if reg or method == ClosingMethod.NOT_ACCEPTED else q.WITHDRAWN_UNREGISTERED
        methods[label] = methods.get(label, 0) + n
        if reg and method in q.CASE_METHODS:
            closed, on_time, raw = closed + n, on_time + ontime, raw + days
            if method == ClosingMethod.MEDIATED:
                mediated += n
    order = [m.value for m in CASE_CLOSING_METHODS] + [q.WITHDRAWN_UNREGISTERED, ClosingMethod.NOT_ACCEPTED.value]
    return ClosingFigures(by_method=tuple((m, methods.get(m, 0)) for m in order), closed=closed, on_time=on_time,
                          handling_days_total=raw - excluded, excluded_days_total=excluded, mediated=mediated,
                          settlement_not_mediated=settled_otherwise)


def _excluded(s: Session, conds: list, group=None) -> dict:
    swept, added = q.excluded_days_per_pause(conds, group)
    keys = [swept.c[group.key]] if group is not None else []
    return {(r[0] if group is not None else None): int(r[-1])
            for r in s.execute(select(*keys, func.coalesce(func.sum(added), 0)).group_by(*keys))}


def _settled_otherwise(s: Session, conds: list, group=None) -> dict:
    """Closed after 立案 other than by mediation, having had a 和解 period — counted from the (few) 和解 pauses
    rather than by probing the pauses of every case of the cohort."""
    keys = [group] if group is not None else []
    query = (select(*keys, func.count(func.distinct(Pause.case_id))).join(Case, Case.id == Pause.case_id)
             .where(Pause.kind == PauseKind.SETTLEMENT.value, q.registered_closed,
                    Case.closing_method != ClosingMethod.MEDIATED.value, *conds).group_by(*keys))
    return {(r[0] if group is not None else None): int(r[-1]) for r in s.execute(query)}


def _intake_mix(s: Session, conds: list, closed_only: bool) -> dict:
    """繁简分流 and 重复侵权 of the selected cases, read from the intake items they came from — the very
    conditions the drill-down lists, counted in one pass."""
    counts = s.execute(select(*[_sum_if(q.intake_track_is(t)) for t in TRACK_KEYS], _sum_if(q.repeat_infringement))
                       .select_from(Case).where(*conds, *([q.registered_closed] if closed_only else []))).one()
    return dict(by_track=tuple(zip(TRACK_KEYS, map(int, counts[:-1]), strict=True)), repeat=int(counts[-1]))


def cohort_figures(s: Session, conds: list, *, mix_closed_only: bool) -> tuple[Composition, ClosingFigures]:
    """The patent types / flags and the closings of the cases `conds` select."""
    rows = _cohort_rows(s, conds, with_mix=True)
    closing = closing_from_rows(rows, _excluded(s, conds).get(None, 0), _settled_otherwise(s, conds).get(None, 0))
    mix = replace(_composition(rows, mix_closed_only), **_intake_mix(s, conds, mix_closed_only))
    return mix, closing


# ---- the same figures from the aggregates (ipcase.db.aggregates): whole months from the cells, the days of a
# period's first and last month from the facts of their days (ipcase.queries.statistics.cells) — so any
# day-precise period is exact.


def cohort_figures_by_period(s: Session, basis: str, lo: date, hi: date, dims: list, cell_conds: list | None, *,
                             mix_closed_only: bool) -> tuple[Composition, ClosingFigures]:
    """`cohort_figures` of the cases registered / closed (`basis`) in [lo, hi]: when `cell_conds` is given (the
    aggregates are built) its whole months from the cells and its other days from the facts of those days, else
    everything from the cases."""
    rows, excluded, settled, repeat = [], 0, 0, 0
    tracks = dict.fromkeys(TRACK_KEYS, 0)
    if cell_conds is None:
        conds = cohort(basis, lo, hi) + dims
        rows = _cohort_rows(s, conds, with_mix=True)
        excluded = _excluded(s, conds).get(None, 0)
        settled = _settled_otherwise(s, conds).get(None, 0)
        mix = _intake_mix(s, conds, mix_closed_only)
        repeat, tracks = mix["repeat"], dict(mix["by_track"])
    else:
        months, edges = split_period(lo, hi)
        parts = ([cell_part(s, basis, months, cell_conds, mix_closed_only)] if months is not None else []) + \
            [facts_part(s, basis, elo, ehi, cell_conds, mix_closed_only) for elo, ehi in edges]
        for part_rows, part_excluded, part_settled, part_tracks, part_repeat in parts:
            rows += part_rows
            excluded, settled, repeat = excluded + part_excluded, settled + part_settled, repeat + part_repeat
            for key, count in part_tracks.items():
                tracks[key] += count
    mix = replace(_composition(rows, mix_closed_only), by_track=tuple(tracks.items()), repeat=repeat)
    return mix, closing_from_rows(rows, excluded, settled)


def period_counts_from_cells(s: Session, dims: list, cell_conds: list, lo: date, hi: date) -> PeriodCounts:
    """`period_counts` with every "before day D" count as: the all-time cells, less the cells of the months from
    D's month on, plus the cases of D's month before D."""
    case_methods = and_(C.registered.is_(True), C.closing_method.in_(q.CASE_METHODS))
    not_accepted = ClosingMethod.NOT_ACCEPTED.value
    columns = {"received": Case.received_date, "registered": Case.registered_date, "closed": Case.closed_date}
    counted = {   # name: (basis, cell condition, case condition)
        "received": ("received", None, None), "registered": ("registered", None, None),
        "closed": ("closed", case_methods, q.registered_closed),
        "na": ("closed", C.closing_method == not_accepted, Case.closing_method == not_accepted),
    }
    days = {"lo": lo, "hi": hi + timedelta(days=1)}   # before lo; up to hi = before the day after

    def cells_sum(basis: str, cond, months) -> int:
        # One primary-key range per sum: plain sums of a range read far fewer values than one pass of CASEs.
        return int(s.scalar(select(func.coalesce(func.sum(C.n), 0)).where(
            C.basis == basis, months, *([cond] if cond is not None else []), *cell_conds)))
    totals = {}
    for name, (basis, cond, _c) in counted.items():
        every = cells_sum(basis, cond, C.month == aggregates.ALL_MONTHS)
        for edge, day in days.items():
            totals[(name, edge)] = every - cells_sum(basis, cond, C.month >= aggregates.month_key(day))
    for name, (basis, _cond, case_cond) in counted.items():
        for edge, day in days.items():
            if day.day != 1:   # the days of its month before it, from the cases
                column = columns[basis]
                totals[(name, edge)] += _count(s, column >= month_start(day), column < day,
                                               *([case_cond] if case_cond is not None else []), *dims)
    t = {k: int(v) for k, v in totals.items()}
    return PeriodCounts(received=t["received", "hi"] - t["received", "lo"],
                        registered=t["registered", "hi"] - t["registered", "lo"],
                        not_accepted=t["na", "hi"] - t["na", "lo"],
                        carried_over=t["registered", "lo"] - t["closed", "lo"],
                        closed=t["closed", "hi"] - t["closed", "lo"],
                        open_at_end=t["registered", "hi"] - t["closed", "hi"])


def closing_figures(s: Session, conds: list, group=None) -> dict:
    """How the selected cases closed, per unit (Case.office_id / Case.officer_id) or {None: …}."""
    rows = _cohort_rows(s, conds, group=group)
    excluded, settled = _excluded(s, conds, group), _settled_otherwise(s, conds, group)
    return {u: closing_from_rows([r for r in rows if r[0] == u], excluded.get(u, 0), settled.get(u, 0))
            for u in {r[0] for r in rows} | set(excluded)}


def hearings_held(s: Session, dims: list, lo: date, hi: date) -> int:
    return s.scalar(select(func.count()).select_from(TimelineEntry).join(Case, Case.id == TimelineEntry.case_id)
                    .where(TimelineEntry.kind == CaseAction.HOLD_HEARING.value,
                           TimelineEntry.at >= datetime.combine(lo, time()),
                           TimelineEntry.at < datetime.combine(hi + timedelta(days=1), time()), *dims)) or 0


def monthly(s: Session, dims: list, year: int) -> tuple[MonthlySeries, MonthlySeries]:
    """Requests received and cases registered per month of `year` and the year before.

    Unfiltered, one range count per month (scalar subqueries of one statement) reads the date index alone —
    an order of magnitude faster on a large register than computing a month from every row. Filtered (an
    officer, a patent type …), the planner would answer each month from the filter's index, rescanning the
    same cases 24 times: one grouped pass is cheaper then."""
    first, last = date(year - 1, 1, 1), date(year, 12, 31)
    series = {}
    for name, column in (("received", Case.received_date), ("registered", Case.registered_date)):
        if dims:
            y, m = extract("year", column), extract("month", column)
            counts = [0] * 24
            for yy, mm, n in s.execute(select(y, m, func.count()).where(between(column, first, last), *dims)
                                       .group_by(y, m)):
                counts[(int(yy) - year + 1) * 12 + int(mm) - 1] = n
        else:
            starts = [date(yy, mm, 1) for yy in (year - 1, year) for mm in range(1, 13)] + [date(year + 1, 1, 1)]
            counts = s.execute(select(*[select(func.count()).select_from(Case).where(column >= lo, column < hi)
                                        .scalar_subquery() for lo, hi in zip(starts, starts[1:], strict=False)])
                               ).one()
        series[name] = tuple(counts)
    return (MonthlySeries(year - 1, series["received"][:12], series["registered"][:12]),
            MonthlySeries(year, series["received"][12:], series["registered"][12:]))


def _officer_names(s: Session, ids) -> dict:
    ids = [i for i in ids if i is not None]
    return {r[0]: r[1] for r in s.execute(select(User.id, User.full_name).where(User.id.in_(ids)))} if ids else {}


def _stock(s: Session, dims: list, today: date, soon: date):
    by = s.execute(select(Case.officer_id, Case.state, func.count()).where(Case.state.in_(_OPEN), *dims)
                   .group_by(Case.officer_id, Case.state)).all()
    per_case = (select(DeadlineRow.case_id.label("case_id"),
                       func.max(case((DeadlineRow.due_date < today, 1), else_=0)).label("overdue"),
                       func.max(case((DeadlineRow.due_date >= today, 1), else_=0)).label("soon"))
                .where(DeadlineRow.status == DeadlineStatus.OPEN.value, DeadlineRow.paused.is_(False),
                       DeadlineRow.code.in_(q.OFFICE_DEADLINE_CODES), DeadlineRow.due_date <= soon)
                .group_by(DeadlineRow.case_id).subquery())
    # Each urgent case's officer by its primary key (0 = none; NULL = outside the filter), not a join: joined,
    # PostgreSQL read all million cases to hash them for ten thousand urgent ones (0.7 s at 1M, issue 19).
    officer = (select(func.coalesce(Case.officer_id, 0)).where(Case.id == per_case.c.case_id, *dims)
               .scalar_subquery().label("officer"))
    urgent = [(o or None, a, b) for o, a, b in s.execute(
        select(officer, func.sum(per_case.c.overdue), func.sum(per_case.c.soon)).group_by(officer))
        if o is not None]
    names = _officer_names(s, {r[0] for r in by} | {r[0] for r in urgent})
    states = {}
    loads: dict = {}
    for officer, state, n in by:
        states[state] = states.get(state, 0) + n
        pre, reg = loads.get(officer, (0, 0))
        loads[officer] = (pre + n, reg) if state in _PRE else (pre, reg + n)
    order = lambda officer: (officer is None, names.get(officer, ""))  # noqa: E731
    return (tuple((st, states.get(st.value, 0)) for st in CaseState if st in OPEN_STATES),
            tuple(OfficerUrgent(o, names.get(o, ""), int(a or 0), int(b or 0))
                  for o, a, b in sorted(urgent, key=lambda r: order(r[0])) if (a or b)),
            tuple(OfficerLoad(o, names.get(o, ""), *loads[o]) for o in sorted(loads, key=order)))


# ---- the dashboard ------------------------------------------------------------------------------------

def dashboard(uow: UnitOfWork, flt: StatsFilter, *, viewer_id: int, today: date,
              cal: OfficialCalendar | None = None, use_aggregates: bool = True) -> Dashboard:
    """The 统计 section's figures. Period figures come from the aggregates (ipcase.db.aggregates) once they are
    built — `use_aggregates=False` computes everything from the cases (the full SQL they are checked against)."""
    s = uow.session
    viewer = supervisor(s, viewer_id)
    _check(flt)
    # The figures select their offices themselves (the viewer's office and its sub-offices, `office_conds`,
    # refused beyond them), so the aggregates run without the unit of work's per-row office filter: its
    # criteria on every joined table (deadlines through their case, …) made the same counts ten times slower
    # in the window than the plain SQL (issue 19).
    with system_work(s):
        return _dashboard(s, viewer, flt, today, cal, use_aggregates and aggregates.usable(s.connection()))


def _dashboard(s: Session, viewer: User, flt: StatsFilter, today: date, cal: OfficialCalendar | None,
               cells: bool) -> Dashboard:
    scope = scope_of(s, viewer.office_id)
    office_conds = _office_condition(s, flt.office_ids, scope, viewer.role)
    dims = _dims(flt, office_conds)
    cal = cal or load_calendar(s)
    soon, _ = add_working_days(today, WARN_WORKING_DAYS, cal)
    open_by_state, urgent, workload = _stock(s, dims, today, soon)
    # Intake items: in the viewer's offices (no condition when they are the whole database, as for cases).
    item_offices = (flt.office_ids or scope.office_ids) if office_conds else ()
    items_urgent = intake_urgent(s, item_offices, flt, today, soon)
    urgent = with_intake(urgent, items_urgent, _officer_names(s, items_urgent))
    # The stock, the urgent and the workload depend on today: computed from their indexes, never pre-aggregated.
    cell_conds = cell_conditions(flt, (flt.office_ids or scope.office_ids) if office_conds else ()) if cells \
        else None
    last, this = (monthly_from_cells(s, cell_conds, flt.date_to.year) if cells
                  else monthly(s, dims, flt.date_to.year))
    items_last, items_this = intake_monthly(s, item_offices, flt, flt.date_to.year)
    mix, closing = cohort_figures_by_period(s, flt.basis, flt.date_from, flt.date_to, dims, cell_conds,
                                            mix_closed_only=flt.basis == "closed")
    period = (period_counts_from_cells(s, dims, cell_conds, flt.date_from, flt.date_to) if cells
              else period_counts(s, dims, flt.date_from, flt.date_to))
    return Dashboard(
        filter=flt, today=today, due_soon_until=soon, open_by_state=open_by_state, urgent=urgent,
        workload=workload, monthly=(replace(last, intake=items_last), replace(this, intake=items_this)),
        period=period,
        composition=mix, closing=closing,
        intake_received=intake_received(s, item_offices, flt))


# ---- report building blocks ---------------------------------------------------------------------------

def period_figures(s: Session, dims: list, period: ReportPeriod, cell_conds: list | None = None) -> PeriodFigures:
    """The periodic report's figures of one period. With `cell_conds` (the aggregates are built; the same
    offices as `dims`, as cell conditions) the counts, composition and closings of whole months come from the
    cells, any days outside whole months from the cases; hearings are always counted from the timeline (the
    aggregates hold no hearings). Without, everything from the cases (the full SQL)."""
    lo, hi = period.start, period.end
    if cell_conds is None:
        mix, _ = cohort_figures(s, cohort("registered", lo, hi) + dims, mix_closed_only=False)
        _, closing = cohort_figures(s, cohort("closed", lo, hi) + dims, mix_closed_only=True)
        counts = period_counts(s, dims, lo, hi)
    else:
        mix, _ = cohort_figures_by_period(s, "registered", lo, hi, dims, cell_conds, mix_closed_only=False)
        _, closing = cohort_figures_by_period(s, "closed", lo, hi, dims, cell_conds, mix_closed_only=True)
        counts = period_counts_from_cells(s, dims, cell_conds, lo, hi)
    return PeriodFigures(period=period, counts=counts, composition=mix, closing=closing,
                         hearings=hearings_held(s, dims, lo, hi))


# ---- drill-down: the cases behind a figure ------------------------------------------------------------

def drilldown(flt: StatsFilter, scope: StatsScope, figure: str, key=None, *, today: date | None = None,
              due_soon_until: date | None = None) -> CaseFilter:
    """The CaseFilter listing exactly the cases counted by `figure` (and its bar `key`) on the dashboard."""
    base = dict(office_ids=flt.office_ids or scope.office_ids, officer_id=flt.officer_id,
                patent_type=flt.patent_type, flag_foreign=flt.flag_foreign, flag_ecommerce=flt.flag_ecommerce,
                flag_trade_fair=flt.flag_trade_fair, sort="received_date", descending=True)
    lo, hi = flt.date_from, flt.date_to
    by_closed = flt.basis == "closed"
    chosen = dict(closed_from=lo, closed_to=hi) if by_closed else dict(registered_from=lo, registered_to=hi)
    registered_closings = dict(registered=True, closing_methods=tuple(q.CASE_METHODS))

    def officer(value) -> dict:
        return dict(officer_id=None, officer_unassigned=True) if value is None else dict(officer_id=value)

    if figure == "state":
        extra = dict(states=(CaseState(key),))
    elif figure in ("overdue", "due_soon", "overdue_all"):
        window = (dict(office_deadline_to=today - timedelta(days=1)) if figure != "due_soon"
                  else dict(office_deadline_from=today, office_deadline_to=due_soon_until))
        extra = window | (officer(key) if figure != "overdue_all" else {})
    elif figure in ("workload_unregistered", "workload_registered", "open"):
        states = (PRE_REGISTRATION_STATES if figure == "workload_unregistered" else
                  OPEN_STATES - PRE_REGISTRATION_STATES if figure == "workload_registered" else OPEN_STATES)
        extra = dict(states=tuple(s for s in CaseState if s in states)) | (officer(key) if figure != "open" else {})
    elif figure in ("received_month", "registered_month"):
        year, month = key
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        extra = (dict(received_from=first, received_to=last) if figure == "received_month"
                 else dict(registered_from=first, registered_to=last))
    elif figure == "received":
        extra = dict(received_from=lo, received_to=hi)
    elif figure == "registered":
        extra = dict(registered_from=lo, registered_to=hi)
    elif figure == "closed":
        extra = dict(closed_from=lo, closed_to=hi) | registered_closings
    elif figure == "method":
        if key == q.WITHDRAWN_UNREGISTERED:
            extra = chosen | dict(registered=False, closing_methods=(ClosingMethod.WITHDRAWN.value,))
        elif key == ClosingMethod.NOT_ACCEPTED:
            extra = chosen | dict(closing_methods=(key,))
        else:
            extra = chosen | dict(registered=True, closing_methods=(ClosingMethod(key).value,))
    elif figure == "on_time":
        extra = chosen | dict(on_time=bool(key))
    elif figure == "handling":
        extra = chosen | registered_closings
    elif figure == "mediation":
        others = tuple(m for m in q.CASE_METHODS if m != ClosingMethod.MEDIATED)
        extra = chosen | dict(registered=True) | (
            dict(closing_methods=(ClosingMethod.MEDIATED.value,)) if key == "mediated" else
            dict(closing_methods=others, had_pause=PauseKind.SETTLEMENT.value))
    elif figure == "track":
        extra = chosen | (registered_closings if by_closed else {}) | dict(track=key)
    elif figure in ("patent_type", "flag"):
        extra = chosen | (registered_closings if by_closed else {})
        extra |= dict(patent_type=PatentType(key)) if figure == "patent_type" else {key: True}
    else:
        raise ValueError(f"unknown figure {figure!r}")
    return CaseFilter(**(base | extra))
