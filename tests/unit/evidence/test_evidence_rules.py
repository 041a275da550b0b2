"""Evidence and investigation rules (DOMAIN §4 D10/D11, M25 arts 44, 47, 49, 54): pure, calendar 2025–2026."""
from __future__ import annotations

from datetime import date as D

import pytest

from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import CaseFacts, DeadlineSettings, PartyFacts, compute_deadlines
from ipcase.domain.enums import CaseState, DeadlineCode, DeadlineStatus, PartyRole
from ipcase.domain.evidence.rules import (
    EvidenceExtensionFacts,
    PreservationFacts,
    check_officers,
    clean_items,
    evidence_due,
    extension_span,
    preservation_due,
)
from ipcase.domain.extensions import check_evidence_extension_days
from ipcase.errors import ValidationErrors, ValidationFailed

CAL = OfficialCalendar()
REQ = PartyFacts(1, "请求人", PartyRole.REQUESTER, notice_served=D(2025, 9, 5))
RESP = PartyFacts(2, "被请求人", PartyRole.RESPONDENT, copy_served=D(2025, 9, 8))


def facts(**kw) -> CaseFacts:
    return CaseFacts(CaseState.INVESTIGATION, D(2025, 9, 1), decided_date=D(2025, 9, 2),
                     registered_date=D(2025, 9, 2), parties=(REQ, RESP), **kw)


def deadlines(f: CaseFacts, code: DeadlineCode):
    return [d for d in compute_deadlines(f, CAL, DeadlineSettings(), D(2025, 9, 10)) if d.code == code]


# ---- two officers (M25 art 44, 47)

@pytest.mark.parametrize("ids", [(), (7,), (7, 7)])
def test_fewer_than_two_different_officers_is_a_field_error(ids):
    with pytest.raises(ValidationFailed) as e:
        check_officers(ids)
    assert (e.value.field, e.value.reason, e.value.detail) == ("officer_ids", "too_few_officers", "2")


def test_two_officers_pass_in_order_without_duplicates():
    assert check_officers([5, 9, 5]) == (5, 9)


# ---- D11: decide on preserved evidence within 7 days

def test_d11_seven_days_rolled_off_the_national_day_holiday():
    # registered Sat 2025-09-27 (a 调休 working day) + 7 = Sat 10-04, a holiday → first working day 10-09
    due = preservation_due(D(2025, 9, 27), CAL)
    assert due.date == D(2025, 10, 9) and "顺延" in due.basis and not due.provisional


def test_d11_is_an_office_deadline_met_by_the_decision():
    f = facts(preservations=(PreservationFacts(D(2025, 9, 10), None), PreservationFacts(D(2025, 9, 1), D(2025, 9, 5))))
    open_, met = sorted(deadlines(f, DeadlineCode.D11), key=lambda d: d.start, reverse=True)
    assert (open_.due, open_.status, open_.hide_after_due) == (D(2025, 9, 17), DeadlineStatus.OPEN, False)
    assert (met.status, met.met_date) == (DeadlineStatus.MET, D(2025, 9, 5))


def test_d11_cancelled_when_the_case_closes_first():
    f = CaseFacts(CaseState.CLOSED_REVOKED, D(2025, 9, 1), registered_date=D(2025, 9, 2), closed_date=D(2025, 9, 12),
                  preservations=(PreservationFacts(D(2025, 9, 10), None),))
    assert deadlines(f, DeadlineCode.D11)[0].status == DeadlineStatus.CANCELLED


# ---- D10 extensions (M25 art 54)

def test_d10_without_extension_is_unchanged():
    assert evidence_due(D(2025, 9, 5), 15, (), CAL).date == D(2025, 9, 22)   # Sat 09-20 → Mon 09-22


def test_extension_runs_on_from_the_due_date_and_rolls_over_the_holiday():
    # 09-05 + 15 = Sat 09-20 → Mon 09-22; + 10 days = Thu 10-02 (national day) → Thu 10-09
    due = evidence_due(D(2025, 9, 5), 15, (EvidenceExtensionFacts(1, 10, D(2025, 9, 15)),), CAL)
    assert due.date == D(2025, 10, 9)
    assert "经批准延长10日" in due.basis and "顺延至 2025-10-09" in due.basis


def test_extension_ending_on_a_makeup_saturday_is_not_rolled():
    # 2026-01-30 + 15 = Sat 02-14, a 调休 working day: stays (DOMAIN §6 worked example); + 7 = Sat 02-21 (春节)
    assert evidence_due(D(2026, 1, 15), 15, (), CAL).date == D(2026, 1, 30)
    due = evidence_due(D(2026, 1, 15), 15, (EvidenceExtensionFacts(1, 15, D(2026, 1, 20)),), CAL)
    assert due.date == D(2026, 2, 14)
    second = evidence_due(D(2026, 1, 15), 15, (EvidenceExtensionFacts(1, 15, D(2026, 1, 20)),
                                               EvidenceExtensionFacts(1, 7, D(2026, 2, 10))), CAL)
    assert second.date == D(2026, 2, 24)   # 02-21 falls in the Spring Festival holiday (02-15 … 02-23)


def test_only_the_requesting_party_d10_moves():
    f = facts(evidence_extensions=(EvidenceExtensionFacts(1, 10, D(2025, 9, 15)),))
    by_party = {d.party_id: d.due for d in deadlines(f, DeadlineCode.D10)}
    assert by_party == {1: D(2025, 10, 9), 2: D(2025, 9, 23)}


def test_extension_span_is_exactly_the_days_added():
    start, end = extension_span(D(2025, 9, 22), D(2025, 10, 9))
    assert (start, end) == (D(2025, 9, 23), D(2025, 10, 10)) and (end - start).days == 17


@pytest.mark.parametrize("days", [0, -3, 91])
def test_extension_days_out_of_range(days):
    with pytest.raises(ValidationFailed) as e:
        check_evidence_extension_days(days)
    assert e.value.field == "days"


# ---- sampling / preservation lists

def test_items_need_a_name_and_quantity_and_blank_rows_are_dropped():
    rows = [{"name": "折叠椅", "spec": "A-1", "quantity": "2把", "unit_price": "89元"}, {}, {"spec": "B"}]
    with pytest.raises(ValidationErrors) as e:
        clean_items(rows)
    assert {x.field for x in e.value.errors} == {"items[2].name", "items[2].quantity"}
    assert clean_items(rows[:2]) == [{"name": "折叠椅", "spec": "A-1", "quantity": "2把", "unit_price": "89元",
                                      "location": "", "note": ""}]
    with pytest.raises(ValidationErrors):
        clean_items([{}])
