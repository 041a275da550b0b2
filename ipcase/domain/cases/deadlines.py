"""Statutory deadlines of an adjudication case (DOMAIN §4) computed from the facts that start them.

`compute_deadlines(facts, calendar, settings, today)` is the one place the rules live; the service stores its
result so that the "my deadlines" list is a plain indexed query, and recomputes it after every change to a case
and whenever an administrator enters a holiday year.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.enforcement import enforcement_deadlines, facts_of
from ipcase.domain.enums import (
    CLOSED_STATES,
    REGISTERED_OPEN_STATES,
    TERMINAL_STATES,
    CaseState,
    DeadlineCode,
    DeadlineStatus,
    PartyRole,
    PauseKind,
)
from ipcase.domain.evidence.rules import (
    EvidenceExtensionFacts,
    PreservationFacts,
    evidence_due,
    preservation_due,
)
from ipcase.domain.extensions import EXTENSIONS, ExtensionKind, closing_limit
from ipcase.domain.periods import DueDate, add_months, add_working_days, compute_due, roll_forward

D = DeadlineCode


@dataclass(frozen=True)
class DeadlineSettings:
    """Business settings that change deadlines. Defaults follow DOMAIN; [U] rules are settings."""
    decision_days: int = 5                 # D1, M25 art 20
    decision_extension_days: int = EXTENSIONS[ExtensionKind.DECISION].length  # D1 extension, M25 art 20
    serve_copy_days: int = 5               # D2
    answer_days: int = 15                  # D3
    answer_days_no_domicile: int = 30      # D3 for a respondent without domicile in the PRC
    forward_answer_days: int = 5           # D4
    recusal_days: int = 3                  # D6
    evidence_days: int = 15                # D10 (≥15 d)
    closing_months: int = 3                # D12, M25 art 37
    suit_days: int = 15                    # D14, PL art 65
    publish_days: int = 20                 # D13, M25 art 83 (working days)
    decision_restarts_on_correction: bool = True  # [U] D1 counts from receipt of the corrected materials
    hearing_notice_working_days: int = 3   # D7 strict reading [U]


@dataclass(frozen=True)
class PartyFacts:
    party_id: int
    name: str
    role: PartyRole
    no_domicile_in_prc: bool = False
    notice_served: date | None = None   # 受理通知书 (requester) — the notice that names the panel
    copy_served: date | None = None     # 请求书副本 + 答辩通知书 (respondent)
    answer_received: date | None = None
    ruling_served: date | None = None


@dataclass(frozen=True)
class PauseFacts:
    kind: PauseKind
    start: date
    end: date | None  # exclusive; None = still running


@dataclass(frozen=True)
class ExtensionFacts:
    level: int
    length: int
    unit: str  # "months" | "days"


@dataclass(frozen=True)
class CaseFacts:
    state: CaseState
    received_date: date
    correction_due: date | None = None
    correction_received: date | None = None
    decision_extended: bool = False
    decided_date: date | None = None       # 立案 or 不予受理
    registered_date: date | None = None
    parties: tuple[PartyFacts, ...] = ()
    answer_forwarded: date | None = None
    pauses: tuple[PauseFacts, ...] = ()
    extensions: tuple[ExtensionFacts, ...] = ()
    closed_date: date | None = None
    evidence_extensions: tuple[EvidenceExtensionFacts, ...] = ()  # D10 extended per party
    preservations: tuple[PreservationFacts, ...] = ()               # D11
    # D13: each ruling to publish (the ruling, or its 变更/撤销 after a court suit) as (made on, published on).
    publications: tuple[tuple[date, date | None], ...] = ()
    enforcement: tuple[tuple[str, date], ...] = ()                  # D15: (EnforcementStep value, day)


@dataclass(frozen=True)
class Deadline:
    code: DeadlineCode
    start: date
    due: date
    provisional: bool
    basis: str
    status: DeadlineStatus
    party_id: int | None = None
    met_date: date | None = None
    paused: bool = False          # the closing clock is stopped right now
    hide_after_due: bool = False  # a party's own period: informational once it has passed


def paused_days(pauses: Iterable[PauseFacts], today: date, until: date | None = None) -> int:
    """Calendar days covered by the union of the pauses (start inclusive, end exclusive); a running pause
    counts through today. Overlapping pauses (a suspension during an appraisal) count once."""
    spans = sorted((p.start, p.end or today + timedelta(days=1)) for p in pauses)
    total, cur_start, cur_end = 0, None, None
    for s, e in spans:
        if until is not None:
            e = min(e, until)
        if e <= s:
            continue
        if cur_end is None or s > cur_end:
            if cur_end is not None:
                total += (cur_end - cur_start).days
            cur_start, cur_end = s, e
        else:
            cur_end = max(cur_end, e)
    if cur_end is not None:
        total += (cur_end - cur_start).days
    return total


def closing_due(facts: CaseFacts, cal: OfficialCalendar, settings: DeadlineSettings, today: date) -> DueDate:
    """D12: 立案 + 3 months, + every excluded (paused) day, + approved extensions, then off rest days."""
    start = facts.registered_date
    base = add_months(start, settings.closing_months)
    steps = [f"立案 {start.isoformat()} 起算（当日不计）{settings.closing_months}个月 = {base.isoformat()}"]
    stop = facts.closed_date + timedelta(days=1) if facts.closed_date else None
    days = paused_days(facts.pauses, today, until=stop)
    d = base
    if days:
        d = d + timedelta(days=days)
        running = any(p.end is None for p in facts.pauses) and facts.closed_date is None
        steps.append(f"扣除不计入期限的期间 {days} 日{'（暂停中，计至今日）' if running else ''} → {d.isoformat()}")
    for ext in sorted(facts.extensions, key=lambda e: e.level):
        limit = add_months(d, closing_limit(ext.level).length)
        d = add_months(d, ext.length) if ext.unit == "months" else min(d + timedelta(days=ext.length), limit)
        unit_text = "个月" if ext.unit == "months" else "日"
        who = "上级部门批准" if closing_limit(ext.level).higher_office_ref else "部门负责人批准"
        steps.append(f"第{ext.level}次延长 {ext.length}{unit_text}（{who}）→ {d.isoformat()}")
    rolled, provisional = roll_forward(d, cal)
    if rolled != d:
        steps.append(f"遇法定休假日顺延至 {rolled.isoformat()}")
    return DueDate(rolled, provisional, "；".join(steps))


def answer_due(copy_served: date, no_domicile_in_prc: bool, settings: DeadlineSettings,
               cal: OfficialCalendar) -> DueDate:
    """D3: a respondent's own answer period, from the day the copy of the request was served on it (a case
    registered; `compute_deadlines` lists it, the state machine reads it alone: loaders.cases.answer_periods)."""
    n = settings.answer_days_no_domicile if no_domicile_in_prc else settings.answer_days
    return compute_due(copy_served, n, "days", cal)


def compute_deadlines(facts: CaseFacts, cal: OfficialCalendar, settings: DeadlineSettings,
                      today: date) -> list[Deadline]:
    s = settings
    out: list[Deadline] = []
    terminal = facts.state in TERMINAL_STATES

    def add(code, start, due: DueDate, met: date | None, *, party=None, cancelled=False, **kw):
        status = DeadlineStatus.of(met, cancelled)
        out.append(Deadline(code, start, due.date, due.provisional, due.basis, status, party, met, **kw))

    # Correction period set by the officer in the 补正通知.
    if facts.correction_due:
        due = DueDate(facts.correction_due, cal.is_provisional(facts.correction_due), "补正通知书指定的期限")
        add(D.CORRECTION, facts.received_date, due, facts.correction_received,
            cancelled=facts.state != CaseState.PENDING_CORRECTION and not facts.correction_received)

    # D1: decide 立案 / 不予受理 within 5 working days (+5 with approval).
    d1_start = facts.received_date
    if s.decision_restarts_on_correction and facts.correction_received:
        d1_start = facts.correction_received
    waiting_for_correction = facts.state == CaseState.PENDING_CORRECTION and not facts.correction_received
    if not waiting_for_correction or facts.decided_date:
        n = s.decision_days + (s.decision_extension_days if facts.decision_extended else 0)
        due = compute_due(d1_start, n, "working_days", cal)
        if facts.decision_extended:
            due = DueDate(due.date, due.provisional, due.basis + f"（含经批准延长的{s.decision_extension_days}个工作日）")
        add(D.D1, d1_start, due, facts.decided_date, cancelled=terminal)

    reg = facts.registered_date
    if reg is None:
        return out
    respondents = [p for p in facts.parties if p.role == PartyRole.RESPONDENT]
    requesters = [p for p in facts.parties if p.role == PartyRole.REQUESTER]
    open_case = facts.state in REGISTERED_OPEN_STATES

    # D2: serve the copy of the request on every respondent within 5 working days of 立案.
    served = [p.copy_served for p in respondents]
    all_served = bool(served) and all(served)
    add(D.D2, reg, compute_due(reg, s.serve_copy_days, "working_days", cal),
        max(served) if all_served else None, cancelled=not open_case)

    for p in respondents:
        if p.copy_served:
            # Once the case has moved on (another respondent answered, or the period ended), a respondent's
            # own answer period is informational: shown until it ends, never overdue.
            add(D.D3, p.copy_served, answer_due(p.copy_served, p.no_domicile_in_prc, s, cal), p.answer_received,
                party=p.party_id, cancelled=not open_case,
                hide_after_due=facts.state != CaseState.ANSWER_PERIOD)
        if p.answer_received:
            add(D.D4, p.answer_received,
                compute_due(p.answer_received, s.forward_answer_days, "working_days", cal),
                facts.answer_forwarded, party=p.party_id, cancelled=not open_case)

    # D6 and D10 run from each party's receipt of the notice that names the panel / sets the evidence period.
    for p in facts.parties:
        start = p.copy_served if p.role == PartyRole.RESPONDENT else p.notice_served
        if start:
            add(D.D6, start, compute_due(start, s.recusal_days, "working_days", cal), None,
                party=p.party_id, cancelled=not open_case, hide_after_due=True)
            extended = [e for e in facts.evidence_extensions if e.party_id == p.party_id]
            add(D.D10, start, evidence_due(start, s.evidence_days, extended, cal), None,
                party=p.party_id, cancelled=not open_case, hide_after_due=True)

    # D11: decide on preserved evidence within 7 days of registering it.
    for pr in facts.preservations:
        add(D.D11, pr.decided_on, preservation_due(pr.decided_on, cal), pr.disposed_on,
            cancelled=not open_case)

    # D12: the closing limit.
    running_pause = any(p.end is None for p in facts.pauses)
    closed = facts.closed_date if facts.state in CLOSED_STATES | {CaseState.ARCHIVED} else None
    add(D.D12, reg, closing_due(facts, cal, s, today), closed,
        cancelled=facts.state not in REGISTERED_OPEN_STATES and not closed,
        paused=running_pause and open_case)

    # D13: publish a ruling within 20 working days of the day it was made (M25 art 83).
    for made, published in facts.publications:
        add(D.D13, made, compute_due(made, s.publish_days, "working_days", cal), published)

    # D14: a party may sue within 15 days of receiving the ruling.
    if facts.state in (CaseState.CLOSED_RULING_INFRINGEMENT, CaseState.CLOSED_RULING_REJECTED):
        for p in requesters + respondents:
            if p.ruling_served:
                add(D.D14, p.ruling_served, compute_due(p.ruling_served, s.suit_days, "days", cal), None,
                    party=p.party_id, hide_after_due=True)
    # D15: enforcement of an infringement ruling not complied with (ipcase.domain.cases.enforcement).
    if facts.enforcement:
        suit_end = ruling_effective_from([p.ruling_served for p in requesters + respondents], cal, s.suit_days)
        enf = facts_of(suit_end - timedelta(days=1) if suit_end else None, facts.enforcement,
                       facts.state == CaseState.CLOSED_RULING_INFRINGEMENT)
        for e in enforcement_deadlines(enf, cal):
            add(e.code, e.start, e.due, e.met, cancelled=e.cancelled, hide_after_due=e.hide_after_due)
    return out


def ruling_effective_from(served: Iterable[date | None], cal: OfficialCalendar, suit_days: int) -> date | None:
    """The first day a ruling is in force: the day after the last party's D14 (15 days to sue from receipt,
    PL art 65) ends. None while any party has not been served. A suit actually filed is not recorded here."""
    served = list(served)
    if not served or any(d is None for d in served):
        return None
    return max(compute_due(d, suit_days, "days", cal).date for d in served) + timedelta(days=1)


# A party's own period (answer, recusal, evidence, suit): when it runs out, nothing is late at the office.
PARTY_PERIODS = frozenset({D.D3, D.D6, D.D10, D.D14, D.D15_WAIT, D.D15_HOLDER})


def urgency(due: date, today: date, cal: OfficialCalendar, warn_working_days: int = 3,
            code: str | None = None) -> str:
    """'overdue', 'due_soon' (within `warn_working_days` working days) or 'normal'; a party's period that
    has run out is 'lapsed', not overdue."""
    if due < today:
        return "lapsed" if code in PARTY_PERIODS else "overdue"
    soon, _ = add_working_days(today, warn_working_days, cal)
    return "due_soon" if due <= soon else "normal"
