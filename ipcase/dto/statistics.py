"""Frozen data of the supervisors' statistics: the dashboard's filter and figures, the periodic report.
Counts only — every number is an SQL aggregate (ipcase/queries/statistics/figures.py); the rates are derived here
from those counts so the dashboard, the reports and the tests share one arithmetic."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ipcase.domain.enums import CaseState, PatentType
from ipcase.domain.statistics.counting import ReportPeriod, rate

BASES = ("registered", "closed")  # the period selects cases by their 立案 date or by their 结案 date


@dataclass(frozen=True)
class StatsFilter:
    date_from: date
    date_to: date
    basis: str = "closed"
    office_ids: tuple[int, ...] = ()       # () = the viewer's office and its sub-offices
    officer_id: int | None = None
    patent_type: PatentType | None = None
    flag_foreign: bool | None = None
    flag_ecommerce: bool | None = None
    flag_trade_fair: bool | None = None


@dataclass(frozen=True)
class OfficeRef:
    id: int
    name: str
    parent_id: int | None


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True)
class StatsScope:
    """What a supervisor may look at: their office and its sub-offices, and the officers there."""
    offices: tuple[OfficeRef, ...]
    officers: tuple[PersonRef, ...]

    @property
    def office_ids(self) -> tuple[int, ...]:
        return tuple(o.id for o in self.offices)

    @property
    def sub_offices(self) -> tuple[OfficeRef, ...]:
        return tuple(o for o in self.offices if o.parent_id is not None and o.parent_id in self.office_ids)


@dataclass(frozen=True)
class PeriodCounts:
    received: int = 0        # 收案 (requests received)
    registered: int = 0      # 立案
    not_accepted: int = 0    # 不予受理
    carried_over: int = 0    # registered before the period and still open at its start
    closed: int = 0          # registered cases closed in the period
    open_at_end: int = 0     # registered and still open at the period's last day

    @property
    def closure_rate(self) -> float | None:
        return rate(self.closed, self.carried_over + self.registered)


@dataclass(frozen=True)
class Composition:
    """The cases selected by the period (by 立案 or 结案 date): patent types and flags."""
    cases: int = 0
    by_patent_type: tuple[tuple[PatentType, int], ...] = ()
    foreign: int = 0
    ecommerce: int = 0
    trade_fair: int = 0
    repeat: int = 0                                  # 重复侵权, as the intake register recorded it
    by_track: tuple[tuple[str, int], ...] = ()       # 繁简分流: Track value or "none" → cases


@dataclass(frozen=True)
class ClosingFigures:
    """How the selected cases closed. `by_method` counts closings of registered cases per ClosingMethod plus
    'not_accepted' and 'withdrawn_unregistered' (a request withdrawn before 立案)."""
    by_method: tuple[tuple[str, int], ...] = ()
    closed: int = 0                 # registered cases closed (the denominator of the rates)
    on_time: int = 0
    handling_days_total: int = 0    # Σ (结案日 − 立案日 − excluded days)
    excluded_days_total: int = 0
    mediated: int = 0
    settlement_not_mediated: int = 0  # had a 和解 period, then closed otherwise

    @property
    def late(self) -> int:
        return self.closed - self.on_time

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.closed)

    @property
    def average_handling_days(self) -> float | None:
        return self.handling_days_total / self.closed if self.closed else None

    @property
    def mediation_rate(self) -> float | None:
        return rate(self.mediated, self.closed)

    @property
    def mediation_success(self) -> float | None:
        return rate(self.mediated, self.mediated + self.settlement_not_mediated)

    def method(self, key: str) -> int:
        return dict(self.by_method).get(key, 0)


@dataclass(frozen=True)
class OfficerUrgent:
    officer_id: int | None   # None: no 承办人 assigned
    name: str
    overdue: int
    due_soon: int
    intake_overdue: int = 0  # intake items whose (computed) time limit has passed; officer = the item's handler
    intake_due_soon: int = 0
    intake_overdue_ids: tuple[int, ...] = ()   # the items behind the two counts (drill-down)
    intake_due_soon_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class OfficerLoad:
    officer_id: int | None
    name: str
    unregistered: int        # received, not yet 立案
    registered_open: int


@dataclass(frozen=True)
class MonthlySeries:
    year: int
    received: tuple[int, ...]     # 12 months
    registered: tuple[int, ...]
    intake: tuple[int, ...] = (0,) * 12   # intake items (收案登记) received, of every kind


@dataclass(frozen=True)
class Dashboard:
    filter: StatsFilter
    today: date
    due_soon_until: date
    open_by_state: tuple[tuple[CaseState, int], ...]
    urgent: tuple[OfficerUrgent, ...]
    workload: tuple[OfficerLoad, ...]
    monthly: tuple[MonthlySeries, MonthlySeries]   # last year, this year
    period: PeriodCounts
    composition: Composition
    closing: ClosingFigures
    intake_received: int = 0   # intake items (收案登记) received in the period, of every kind

    @property
    def open_cases(self) -> int:
        return sum(n for _, n in self.open_by_state)

    @property
    def overdue_cases(self) -> int:
        return sum(u.overdue for u in self.urgent)

    @property
    def overdue_intake(self) -> int:
        return sum(u.intake_overdue for u in self.urgent)


# ---- the periodic report ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PeriodFigures:
    period: ReportPeriod
    counts: PeriodCounts
    composition: Composition      # of the cases registered in the period
    closing: ClosingFigures       # of the cases closed in the period
    hearings: int


@dataclass(frozen=True)
class ReportLine:
    key: str
    label: str
    indent: int
    kind: str                      # 'count' | 'rate' | 'days'
    current: float | None
    same_last_year: float | None
    previous: float | None
    yoy: float | None              # 同比 relative change
    mom: float | None              # 环比 relative change


@dataclass(frozen=True)
class RankingRow:
    unit_id: int | None
    name: str
    values: dict[str, float | None]
    ranks: dict[str, int | None]


@dataclass(frozen=True)
class Ranking:
    unit_kind: str                               # 'office' (sub-offices) | 'officer'
    indicators: tuple[str, ...]                  # RANKING_INDICATORS keys, in the order asked for
    rows: tuple[RankingRow, ...]
    top: dict[str, tuple[RankingRow, ...]] = field(default_factory=dict)
    bottom: dict[str, tuple[RankingRow, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class StatsReport:
    office_name: str
    period: ReportPeriod
    generated_at: datetime
    current: PeriodFigures
    same_last_year: PeriodFigures
    previous: PeriodFigures
    lines: tuple[ReportLine, ...]
    ranking: Ranking
    monthly: tuple[MonthlySeries, MonthlySeries]
    definitions: tuple[tuple[str, str], ...]   # (title, text) of each definition used
    audit_head: str = ""                        # the audit chain's head when the report was made (issue 13)
