"""Supervisor statistics (DOMAIN §12): how a closed case is counted, the derived metrics, report periods.

DOMAIN §12 marks the metric definitions [U] (the national form's exact fields were not found). They are
written down once here — `DEFINITIONS` is what the dashboard shows on hover and the reports print as
footnotes — and implemented in SQL by ipcase/queries/statistics/figures.py, whose tests compare the SQL with the pure
functions below."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ipcase.domain.cases.deadlines import PauseFacts, paused_days
from ipcase.domain.enums import CaseState, ClosingOutcome, RevokeReason
from ipcase.errors import ValidationFailed


class ClosingMethod(StrEnum):
    """结案方式 as the national categories count them (DOMAIN §12)."""
    RULING_INFRINGEMENT = "ruling_infringement"  # 行政裁决：侵权成立
    RULING_REJECTED = "ruling_rejected"          # 行政裁决：驳回请求
    MEDIATED = "mediated"                        # 调解
    WITHDRAWN = "withdrawn"                      # 撤回（含拒不到庭按撤回处理）
    REVOKED = "revoked"                          # 撤销（其他事由）
    TRANSFERRED = "transferred"                  # 移送（管辖权异议成立）
    NOT_ACCEPTED = "not_accepted"                # 不予受理


# Methods by which a registered (立案) case ends; 不予受理 ends a request that never became a case.
CASE_CLOSING_METHODS = tuple(m for m in ClosingMethod if m != ClosingMethod.NOT_ACCEPTED)


# A state that closes a case names its method; a revocation's method depends on its reason.
_METHOD_OF_STATE = {
    CaseState.NOT_ACCEPTED: ClosingMethod.NOT_ACCEPTED,
    CaseState.CLOSED_RULING_INFRINGEMENT: ClosingMethod.RULING_INFRINGEMENT,
    CaseState.CLOSED_RULING_REJECTED: ClosingMethod.RULING_REJECTED,
    CaseState.CLOSED_MEDIATED: ClosingMethod.MEDIATED,
}
_METHOD_OF_REVOCATION = {
    RevokeReason.WITHDRAWAL: ClosingMethod.WITHDRAWN,
    RevokeReason.NO_SHOW: ClosingMethod.WITHDRAWN,      # M25 art 26: a requester's no-show is treated as withdrawal
    RevokeReason.JURISDICTION: ClosingMethod.TRANSFERRED,
}


def closing_method_for(state: CaseState | str, detail: Mapping | None) -> ClosingMethod | None:
    """The closing method of a case that has just entered `state` (None for a state that closes nothing,
    ARCHIVED included: archiving keeps the method the case was closed with)."""
    state = CaseState(state)
    if state == CaseState.CLOSED_REVOKED:
        return _METHOD_OF_REVOCATION.get((detail or {}).get("revoke_reason"), ClosingMethod.REVOKED)
    return _METHOD_OF_STATE.get(state)


def closing_method_of_archived(detail: Mapping | None) -> ClosingMethod | None:
    """An archived case's method, read back from what its closing action stored (data migration)."""
    detail = detail or {}
    if detail.get("revoke_reason"):
        return closing_method_for(CaseState.CLOSED_REVOKED, detail)
    if detail.get("outcome") == ClosingOutcome.INFRINGEMENT and detail.get("ruling_date"):
        return ClosingMethod.RULING_INFRINGEMENT
    if detail.get("outcome") == ClosingOutcome.REJECTED and detail.get("ruling_date"):
        return ClosingMethod.RULING_REJECTED
    if detail.get("agreement_date"):
        return ClosingMethod.MEDIATED
    if detail.get("refusal_reasons"):
        return ClosingMethod.NOT_ACCEPTED
    return None


# ---- the derived metrics ----------------------------------------------------------------------------

def excluded_days(pauses: Iterable[PauseFacts], closed: date) -> int:
    """Paused days that count against a closed case: the union of its pauses (overlaps once), up to and
    including the closing day — the same days the closing limit D12 was extended by."""
    return paused_days(pauses, closed, until=closed + timedelta(days=1))


def handling_days(registered: date, closed: date, pauses: Iterable[PauseFacts] = ()) -> int:
    """办案周期: 结案日 − 立案日 − excluded days (the start day is not counted, DOMAIN §6)."""
    return (closed - registered).days - excluded_days(pauses, closed)


def closed_on_time(closed: date, final_due: date) -> bool:
    """按期: closed on or before the final closing limit (extensions and excluded days included)."""
    return closed <= final_due


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def change(current: float | None, before: float | None) -> float | None:
    """Relative change (同比/环比 增减幅度); None when there is nothing to compare with."""
    if current is None or before in (None, 0):
        return None
    return (current - before) / before


# The one statement of each [U] definition (title, text); shown on hover in the dashboard and printed with
# the reports.
DEFINITIONS: dict[str, tuple[str, str]] = {
    "received": ("收案", "期间内收到的处理请求（请求书）件数，按收到日期。"),
    "registered": ("立案", "期间内立案的专利侵权纠纷案件数，按立案日期。"),
    "not_accepted": ("不予受理", "期间内作出不予受理（不予立案）决定的请求件数。"),
    "closed": ("结案", "期间内结案的已立案案件数（行政裁决、调解、撤回、撤销、移送），按结案日期；不予受理不计入。"),
    "closure_rate": ("结案率", "期间内结案数 ÷（期初在办数 + 期间内新立案数）。期初在办 = 期间开始前已立案、"
                              "当时尚未结案的案件。"),
    "on_time_rate": ("按期结案率", "在结案期限内结案的案件数 ÷ 结案数。结案期限为立案之日起3个月，加上中止、公告、"
                                  "检验鉴定、管辖权异议、举证期限延长、和解等不计入期间，再加经批准的延长期限；"
                                  "结案日不晚于该期限（遇法定休假日顺延）即为按期。"),
    "handling_days": ("平均办案周期（日）", "Σ（结案日 − 立案日 − 不计入期间的日数）÷ 结案数。不计入期间按日历日计，"
                                          "相互重叠的只计一次，计至结案日。"),
    "mediation_rate": ("调解结案率", "调解结案数 ÷ 结案数。"),
    "mediation_success": ("调解成功率", "调解结案数 ÷（调解结案数 + 经过和解期间但以其他方式结案的案件数）。"),
    "open": ("在办", "已收到或已立案、尚未结案的案件，按当前状态统计，不受期间筛选影响。"),
    "urgent": ("逾期/临期", "办案机关自己的期限（立案审查、补正、送达请求书副本、转送答辩书、结案期限）尚未完成，"
                          "已过期限（逾期）或在3个工作日内到期（临期）的案件；当事人自己的期间和暂停中的结案期限不计。"),
    "track": ("繁简分流", "所选案件按其来源收案登记上决定的程序（简案快办、普通程序、繁案精办）统计；"
                        "未经收案登记或登记上尚未决定的，计入“未分流”。"),
    "flags": ("涉外、电商、展会、重复侵权", "所选案件中带有各标记的件数。重复侵权以收案登记时记录的在先案件为准；"
                                      "直接在案件登记中受理的请求没有收案登记，不计入重复侵权。"),
    "intake_received": ("收案登记", "期间内收到的收案登记件数（请求、投诉、举报、咨询等各类），按收到日期；"
                                 "承办人筛选按登记的经办人，专利类型筛选不适用。"),
    "intake_urgent": ("收案登记逾期/临期", "尚未决定（或尚未告知实名举报人）的收案登记，其期限（立案审查、投诉受理、假冒专利"
                                        "举报立案、补正、告知举报人）按收案登记的同一规则计算，已过期限或在3个工作日内"
                                        "到期的件数，按经办人统计，未指定经办人的单列；专利类型筛选不适用。收案登记不是案件，"
                                        "点击在“收案登记”中列出所计的各件。"),
    "intake_monthly": ("收案登记（按月）", "每月收到的收案登记件数（各类），按收到日期，本年与上年对比；承办人筛选按登记的"
                                      "经办人，专利类型筛选不适用。收案登记不是案件，点击在“收案登记”中列出该月收到的各件。"),
    "workload": ("承办人工作量", "各承办人名下尚未结案的案件数，分未立案与已立案在办。"),
    "hearings": ("口头审理", "期间内记录为“口头审理完毕”的场次。"),
    "ranking": ("排名", "按所选指标对下级机关（没有下级机关时为本机关各承办人）排序，列出前三名和后三名；"
                       "数值相同者名次并列，无可比数据者不参加该项排名。"),
}


# ---- report periods -------------------------------------------------------------------------------

PERIOD_KINDS = ("month", "quarter", "year")


@dataclass(frozen=True)
class ReportPeriod:
    kind: str      # 'month' | 'quarter' | 'year'
    year: int
    number: int = 1  # month 1–12 or quarter 1–4; 1 for a year

    @property
    def start(self) -> date:
        if self.kind == "month":
            return date(self.year, self.number, 1)
        if self.kind == "quarter":
            return date(self.year, 3 * self.number - 2, 1)
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        """The last day of the period (inclusive)."""
        if self.kind == "month":
            months = 1
        elif self.kind == "quarter":
            months = 3
        else:
            months = 12
        first = self.start
        y, m = divmod(first.month - 1 + months, 12)
        return date(first.year + y, m + 1, 1) - timedelta(days=1)

    def previous(self) -> ReportPeriod:
        """环比: the period just before."""
        if self.kind == "year":
            return ReportPeriod("year", self.year - 1)
        last = 12 if self.kind == "month" else 4
        if self.number == 1:
            return ReportPeriod(self.kind, self.year - 1, last)
        return ReportPeriod(self.kind, self.year, self.number - 1)

    def same_last_year(self) -> ReportPeriod:
        """同比: the same period one year earlier."""
        return ReportPeriod(self.kind, self.year - 1, self.number)

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.year}年{self.number}月"
        if self.kind == "quarter":
            return f"{self.year}年第{'一二三四'[self.number - 1]}季度"
        return f"{self.year}年"

    @property
    def key(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.number:02d}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.number}"
        return str(self.year)


def parse_period(kind: str, text: str) -> ReportPeriod:
    """'2026-10' (month), '2026-Q3' or '2026-3' (quarter), '2026' (year); raises ValidationFailed."""
    if kind not in PERIOD_KINDS:
        raise ValidationFailed("period_kind", "choice", kind, value=kind)
    raw = (text or "").strip().upper()
    try:
        if kind == "year":
            period = ReportPeriod("year", int(raw))
        else:
            year, _, rest = raw.partition("-")
            period = ReportPeriod(kind, int(year), int(rest.removeprefix("Q")))
    except ValueError:
        raise ValidationFailed("period", "format", text, value=text) from None
    limit = 12 if kind == "month" else 4 if kind == "quarter" else 1
    if not 1 <= period.number <= limit or not 1990 <= period.year <= 9998:
        raise ValidationFailed("period", "range", text, value=text)
    return period


def period_containing(kind: str, day: date) -> ReportPeriod:
    if kind == "month":
        return ReportPeriod("month", day.year, day.month)
    if kind == "quarter":
        return ReportPeriod("quarter", day.year, (day.month - 1) // 3 + 1)
    return ReportPeriod("year", day.year)
