"""Rules of evidence and investigation (DOMAIN §1, §4 D10/D11, §9): pure, time passed in.

- 调查笔录 and 现场检查（勘验）笔录 are made by at least two officers (M25 art 44, 47);
- a party's 举证期限 (D10) may be extended by the office on request; the extension runs on from the current
  due date and rolls off rest days like any period in days, and its span is excluded from the closing limit
  (M25 art 37, 54);
- 证据登记保存 must be followed by a decision on the items within 7 days (D11, M25 art 49);
- sampled and preserved items are listed with 名称, 规格型号, 数量, 单价, 保存地点, 备注 (G19).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.periods import DueDate, compute_due
from ipcase.errors import ValidationErrors, ValidationFailed

MIN_OFFICERS = 2
PRESERVATION_DAYS = 7          # D11, M25 art 49


class RecordKind(StrEnum):
    INTERVIEW = "interview"      # 调查笔录
    INSPECTION = "inspection"    # 现场检查（勘验）笔录


class SeizureKind(StrEnum):
    SAMPLING = "sampling"          # 抽样取证
    PRESERVATION = "preservation"  # 证据登记保存


class Disposal(StrEnum):
    RELEASE = "release"  # 解除登记保存
    OTHER = "other"      # another decision on the items (送检, 移送 …), described in the note


ITEM_COLUMNS = ("name", "spec", "quantity", "unit_price", "location", "note")


def check_officers(officer_ids: Iterable[int], field: str = "officer_ids") -> tuple[int, ...]:
    """At least two different officers take part (M25 art 44, 47); raises a field error otherwise."""
    ids = tuple(dict.fromkeys(int(i) for i in officer_ids))
    if len(ids) < MIN_OFFICERS:
        raise ValidationFailed(field, "too_few_officers", str(MIN_OFFICERS), value=ids)
    return ids


def clean_items(rows: Iterable[Mapping], field: str = "items") -> list[dict]:
    """The items of a sampling or preservation list; blank rows dropped, each kept row needs a name and a
    quantity; at least one row."""
    out, errors = [], []
    for i, row in enumerate(rows):
        values = {c: str(row.get(c) or "").strip() for c in ITEM_COLUMNS}
        if not any(values.values()):
            continue
        for c in ("name", "quantity"):
            if not values[c]:
                errors.append(ValidationFailed(f"{field}[{i}].{c}", "required"))
        out.append(values)
    if not out and not errors:
        errors.append(ValidationFailed(field, "required"))
    if errors:
        raise ValidationErrors(errors)
    return out


@dataclass(frozen=True)
class EvidenceExtensionFacts:
    party_id: int
    days: int
    decided_on: date


@dataclass(frozen=True)
class PreservationFacts:
    decided_on: date
    disposed_on: date | None


def evidence_due(start: date, base_days: int, extensions: Iterable[EvidenceExtensionFacts],
                 cal: OfficialCalendar) -> DueDate:
    """D10 of one party: `base_days` from the notice, then each extension granted (in the order decided)
    added to the due date reached so far, each rolled off rest days."""
    due = compute_due(start, base_days, "days", cal)
    steps, provisional = [due.basis], due.provisional
    for ext in sorted(extensions, key=lambda e: e.decided_on):
        nxt = compute_due(due.date, ext.days, "days", cal)
        steps.append(f"经批准延长{ext.days}日：{nxt.basis}")
        due, provisional = nxt, provisional or nxt.provisional
    return DueDate(due.date, provisional, "；".join(steps))


def extension_span(old_due: date, new_due: date) -> tuple[date, date]:
    """The excluded span of an extension as a pause: from the day after the old due date (inclusive) to
    the day after the new one (exclusive), i.e. exactly the days the period was lengthened by."""
    return old_due + timedelta(days=1), new_due + timedelta(days=1)


def preservation_due(decided_on: date, cal: OfficialCalendar) -> DueDate:
    """D11: the decision on preserved evidence within 7 days of registering it (M25 art 49)."""
    due = compute_due(decided_on, PRESERVATION_DAYS, "days", cal)
    return DueDate(due.date, due.provisional, f"证据登记保存 {due.basis}")
