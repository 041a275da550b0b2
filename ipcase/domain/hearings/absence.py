"""Absence sanctions need lawful written notice (M25 art 26; DOMAIN §4 D7).

Hearing a case in the respondent's absence, or treating the requester's absence as a withdrawal, presupposes that
the party was served a 口头审理通知书 (or a 变更通知书 of the current time) at least n working days before the
hearing (n = DeadlineSettings.hearing_notice_working_days, 3 by default, strict reading: n working days strictly
between the day of service and the day of the hearing). `latest` is that last lawful day of service
(`ipcase.domain.periods.latest_notice_date`). The ruling's sentence "经书面通知无正当理由未到庭" may be printed only for
a party for whom `lawfully_notified` holds.

Choice (issue 15): issuing or serving a notice late is not refused — the office may still hold the hearing with
parties who attend — but it is warned about (naming the latest lawful day, offering to postpone), and a late
notice never counts as lawful notice for a sanction.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ipcase.domain.enums import PartyRole
from ipcase.domain.machine import Refusal


@dataclass(frozen=True)
class NoticeFact:
    """One party and the day it received the notice of the hearing's current time (None: not served)."""
    party_id: int
    role: PartyRole
    served_on: date | None


def lawfully_notified(served_on: date | None, latest: date | None) -> bool:
    """Served on or before the last lawful day of service."""
    return served_on is not None and latest is not None and served_on <= latest


def absence_refusal(notices: Iterable[NoticeFact], role: PartyRole, latest: date | None) -> Refusal | None:
    """Why an absence sanction against the parties of `role` is not lawful, or None: 'hearing_notice_not_served'
    or 'hearing_notice_late', each carrying the latest lawful day of service (or nothing without a hearing)."""
    detail = latest.isoformat() if latest else ""
    concerned = [n for n in notices if n.role == role]
    if not concerned or latest is None:
        return Refusal("hearing_notice_not_served", detail)
    if any(n.served_on is None for n in concerned):
        return Refusal("hearing_notice_not_served", detail)
    if any(not lawfully_notified(n.served_on, latest) for n in concerned):
        return Refusal("hearing_notice_late", detail)
    return None


def late_notice_warning(issue_or_service_day: date, latest: date | None) -> date | None:
    """The latest lawful day when a notice issued or served on `issue_or_service_day` comes too late, else None.
    A warning, not a refusal: see the module docstring."""
    return latest if latest is not None and issue_or_service_day > latest else None
