"""The periodic statistics report (月报/季报/年报) in the national categories of DOMAIN §12, with the same
period last year (同比) and the previous period (环比), and the ranking table of the monthly circular (每月通报).

Assembly only — every number comes from the SQL aggregates of ipcase.queries.statistics.figures; the renderers
(excel, pdf, csv_export) turn a StatsReport into a file."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.audit.verify import current_head
from ipcase.db import aggregates
from ipcase.db.models.admin import Office, User
from ipcase.db.models.aggregates import StatsCell
from ipcase.db.models.cases import Case
from ipcase.domain import terms
from ipcase.domain.enums import PatentType
from ipcase.domain.statistics.counting import DEFINITIONS, ClosingMethod, ReportPeriod, change, rate
from ipcase.domain.statistics.ranking import circular_line as circular_sentence
from ipcase.domain.statistics.ranking import competition_ranks, extremes
from ipcase.dto.statistics import PeriodFigures, Ranking, RankingRow, ReportLine, StatsReport
from ipcase.errors import NotFound, ValidationFailed
from ipcase.progress import CancelToken, Progress
from ipcase.queries.satisfaction.results import period_score
from ipcase.queries.statistics import figures as stats
from ipcase.queries.statistics import ranking as per_unit
from ipcase.uow import UnitOfWork

# key → (label, higher is better)
RANKING_INDICATORS: dict[str, tuple[str, bool]] = {
    "registered": ("立案数", True),
    "closed": ("结案数", True),
    "closure_rate": ("结案率", True),
    "on_time_rate": ("按期结案率", True),
    "handling_days": ("平均办案周期（日）", False),
}
DEFAULT_RANKING = ("closure_rate", "on_time_rate")


def _lines(cur: PeriodFigures, last: PeriodFigures, prev: PeriodFigures) -> tuple[ReportLine, ...]:
    """The rows of the report: (key, label, indent, kind, how to read the figure from a PeriodFigures)."""
    spec: list[tuple[str, str, int, str, Callable[[PeriodFigures], float | None]]] = [
        ("received", "收到处理请求", 0, "count", lambda f: f.counts.received),
        ("registered", "专利侵权纠纷立案", 0, "count", lambda f: f.counts.registered),
        *[(f"registered_{t.value}", f"其中：{terms.PATENT_TYPE[t]}专利" if i == 0 else f"{terms.PATENT_TYPE[t]}专利", 1,
           "count", lambda f, t=t: dict(f.composition.by_patent_type).get(t, 0)) for i, t in enumerate(PatentType)],
        ("registered_foreign", "涉外及涉港澳台", 1, "count", lambda f: f.composition.foreign),
        ("registered_ecommerce", "电子商务领域", 1, "count", lambda f: f.composition.ecommerce),
        ("registered_trade_fair", "展会", 1, "count", lambda f: f.composition.trade_fair),
        ("not_accepted", "不予受理", 0, "count", lambda f: f.counts.not_accepted),
        ("closed", "专利侵权纠纷结案", 0, "count", lambda f: f.closing.closed),
        *[(f"closed_{m.value}", ("其中：" if i == 0 else "") + terms.CLOSING_METHOD[m], 1, "count",
           lambda f, m=m: f.closing.method(m.value))
          for i, m in enumerate(m for m in ClosingMethod if m != ClosingMethod.NOT_ACCEPTED)],
        ("closure_rate", "结案率", 0, "rate", lambda f: f.counts.closure_rate),
        ("on_time_rate", "按期结案率", 0, "rate", lambda f: f.closing.on_time_rate),
        ("handling_days", "平均办案周期（日）", 0, "days", lambda f: f.closing.average_handling_days),
        ("mediation_rate", "调解结案率", 0, "rate", lambda f: f.closing.mediation_rate),
        ("hearings", "口头审理（场次）", 0, "count", lambda f: f.hearings),
        ("carried_over", "期初在办", 0, "count", lambda f: f.counts.carried_over),
        ("open_at_end", "期末在办", 0, "count", lambda f: f.counts.open_at_end),
    ]
    out = []
    for key, label, indent, kind, read in spec:
        c, ly, pv = read(cur), read(last), read(prev)
        if kind == "rate":  # rates compare in percentage points, counts and days relatively
            yoy = c - ly if c is not None and ly is not None else None
            mom = c - pv if c is not None and pv is not None else None
        else:
            yoy, mom = change(c, ly), change(c, pv)
        out.append(ReportLine(key, label, indent, kind, c, ly, pv, yoy, mom))
    return tuple(out)


def _score_line(c: float | None, ly: float | None, pv: float | None) -> ReportLine:
    """保护社会满意度 (ipcase.domain.satisfaction.scoring): compared in points, like a rate."""
    diff = lambda a, b: None if a is None or b is None else round(a - b, 2)  # noqa: E731
    return ReportLine("satisfaction", "保护社会满意度（分）", 0, "score", c, ly, pv, diff(c, ly), diff(c, pv))


def _ranked(rows: list[RankingRow], key: str, higher_better: bool) -> None:
    ranks = competition_ranks({i: r.values.get(key) for i, r in enumerate(rows)}, higher_better=higher_better)
    for i, r in enumerate(rows):
        r.ranks[key] = ranks[i]


def circular_line(ranking: Ranking, key: str) -> str:
    """The circular's sentence for one indicator (ranks shared by ties, no bottom three below six units)."""
    ranked = sum(1 for r in ranking.rows if r.ranks.get(key) is not None)
    return circular_sentence(RANKING_INDICATORS[key][0],
                             tuple((r.ranks[key], r.name) for r in ranking.top.get(key, ())),
                             tuple((r.ranks[key], r.name) for r in ranking.bottom.get(key, ())), ranked)


def ranking(s: Session, office_id: int, dims: list, period: ReportPeriod,
            indicators: tuple[str, ...] = DEFAULT_RANKING, cells: list | None = None) -> Ranking:
    """Sub-offices when the office supervises some, else the office's officers; from the aggregates with
    `cells` (their office conditions), else from the cases."""
    for key in indicators:
        if key not in RANKING_INDICATORS:
            raise ValidationFailed("indicators", "choice", key, value=key)
    scope = stats.scope_of(s, office_id)
    if scope.sub_offices:
        kind, group, units = "office", Case.office_id, {o.id: o.name for o in scope.sub_offices}
    else:
        kind, group, units = "officer", Case.officer_id, {p.id: p.name for p in scope.officers}
    if cells is None:
        figures = per_unit.unit_figures(s, group, dims, period.start, period.end)
    else:
        figures = per_unit.unit_figures_from_cells(s, kind, dims, cells, period.start, period.end)
    if kind == "officer":  # someone who left, or has moved, still answers for the cases of the period
        extra = [u for u in figures if u is not None and u not in units]
        units |= {u.id: u.full_name for u in s.scalars(select(User).where(User.id.in_(extra)))} if extra else {}
    rows = []
    for unit_id, name in units.items():
        f = figures.get(unit_id)
        values = {"registered": f.registered if f else 0, "closed": f.closed if f else 0,
                  "closure_rate": rate(f.closed, f.carried_over + f.registered) if f else None,
                  "on_time_rate": f.closing.on_time_rate if f else None,
                  "handling_days": f.closing.average_handling_days if f else None}
        rows.append(RankingRow(unit_id, name, values, {}))
    for key in RANKING_INDICATORS:
        _ranked(rows, key, RANKING_INDICATORS[key][1])
    top, bottom = {}, {}
    for key in indicators:
        ends = extremes({i: r.ranks[key] for i, r in enumerate(rows)})
        if ends.top:
            top[key] = tuple(rows[i] for i in ends.top)
            bottom[key] = tuple(rows[i] for i in ends.bottom)
    return Ranking(kind, tuple(indicators), tuple(rows), top, bottom)


def _assemble(s: Session, office: Office, period: ReportPeriod, now: datetime, indicators: tuple[str, ...],
              progress: Progress | None, cancel: CancelToken | None, use_aggregates: bool = True) -> StatsReport:
    scope = stats.scope_of(s, office.id)
    all_offices = set(s.scalars(select(Office.id)))
    dims = [] if set(scope.office_ids) == all_offices else [Case.office_id.in_(scope.office_ids)]
    # The period figures, the ranking and the monthly series from the dashboard's aggregates once built (the
    # same figures: tests/integration/statistics/test_periodic_aggregates.py); hearings and satisfaction from
    # their own tables (the cells hold neither).
    cells = None
    if use_aggregates and aggregates.usable(s.connection()):
        cells = [StatsCell.office_id.in_(scope.office_ids)] if dims else []
    steps = [("本期", period), ("上年同期", period.same_last_year()), ("上期", period.previous())]
    figures = []
    total = len(steps) + 2
    for i, (label, p) in enumerate(steps):
        if cancel is not None:
            cancel.check()
        if progress:
            progress(i, total, f"统计{label}（{p.label}）")
        figures.append(stats.period_figures(s, dims, p, cells))
    if progress:
        progress(len(steps), total, "排名")
    ranked = ranking(s, office.id, dims, period, indicators, cells)
    if progress:
        progress(len(steps) + 1, total, "逐月收案与立案")
    monthly = (stats.monthly_from_cells(s, cells, period.end.year) if cells is not None
               else stats.monthly(s, dims, period.end.year))
    if progress:
        progress(total, total, "完成")
    cur, last, prev = figures
    scores = [period_score(s, None if not dims else scope.office_ids, p.start, p.end) for _, p in steps]
    return StatsReport(office_name=office.name, period=period, generated_at=now, current=cur,
                       same_last_year=last, previous=prev, lines=_lines(cur, last, prev) + (_score_line(*scores),),
                       ranking=ranked,
                       monthly=monthly, definitions=tuple(DEFINITIONS.values()), audit_head=_audit_head(s))


def _audit_head(s: Session) -> str:
    """One line naming the audit chain's head: a printed report then fixes what the record was on that day."""
    head = current_head(s.connection())
    return f"审计链头：#{head.seq} {head.hash}" if head else ""


def build_report(uow: UnitOfWork, *, viewer_id: int, period: ReportPeriod, now: datetime,
                 indicators: tuple[str, ...] = DEFAULT_RANKING, progress: Progress | None = None,
                 cancel: CancelToken | None = None, use_aggregates: bool = True) -> StatsReport:
    """The report of the viewer's office (a supervisor's), e.g. from the 统计 section. `use_aggregates=False`:
    every figure from the cases (the full SQL the aggregates are checked against)."""
    s = uow.session
    viewer = stats.supervisor(s, viewer_id)
    return _assemble(s, s.get(Office, viewer.office_id), period, now, indicators, progress, cancel, use_aggregates)


def build_office_report(uow: UnitOfWork, *, period: ReportPeriod, now: datetime, office: str | None = None,
                        indicators: tuple[str, ...] = DEFAULT_RANKING, progress: Progress | None = None,
                        cancel: CancelToken | None = None, use_aggregates: bool = True) -> StatsReport:
    """For the command line (scheduled runs on the office's server): whoever can reach the database URL
    may read it, so there is no user; `office` is a 机关简称, default the database's top office."""
    s = uow.session
    q = select(Office).order_by(Office.parent_id.is_not(None), Office.id)
    q = q.where(Office.short_name == office) if office else q.where(Office.parent_id.is_(None))
    found = s.scalars(q).first()
    if found is None:
        raise NotFound("office", office or "-")
    return _assemble(s, found, period, now, indicators, progress, cancel, use_aggregates)
