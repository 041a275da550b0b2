"""The mediation figures against a hand count of five cases built through the services (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from mediation_helpers import Mediation, registered, session, terms

from case_helpers import at
from ipcase.dto.mediation import ConfirmationInput
from ipcase.queries.statistics.mediation import mediation_figures
from ipcase.services.mediation import after as mediation_after


def agreed(new_uow, staff, sessions: list[date], damages: str, effective: date | None, outcome="agreed"):
    m = Mediation(new_uow, staff, registered(new_uow, staff, date(2026, 9, 1)))
    for day in sessions:
        m.record(session(day, outcome))
    if effective is not None:
        schedule = ((date(2026, 11, 30), damages),)
        m.save(terms(damages=damages, instalments=schedule), sessions[-1])
        m.sign("华辰", effective)
        m.sign("鼎盛", effective)
    return m


@pytest.fixture
def figures(new_uow, staff):
    # Hand count for October 2026:
    # A: sessions 10-14, 10-20; 60,000 effective 10-28 (14 days after its first session); confirmed in November
    # B: session 10-15; 10,000 effective 10-25 (10 days)
    # C: session 10-16, failed, no agreement
    # D: session 10-17; 35,000 effective 10-30 (13 days)
    # E: a session in September only
    a = agreed(new_uow, staff, [date(2026, 10, 14), date(2026, 10, 20)], "60000", date(2026, 10, 28))
    agreed(new_uow, staff, [date(2026, 10, 15)], "10000", date(2026, 10, 25))
    agreed(new_uow, staff, [date(2026, 10, 16)], "0", None, outcome="failed")
    agreed(new_uow, staff, [date(2026, 10, 17)], "35000", date(2026, 10, 30))
    agreed(new_uow, staff, [date(2026, 9, 20)], "0", None, outcome="continue")
    cur = a.current(date(2026, 11, 10))
    with new_uow() as uow:
        mediation_after.record_confirmation(
            uow, actor_id=staff.clerk.id, agreement_id=cur.id, expected_version=cur.version,
            data=ConfirmationInput("某市中级人民法院", date(2026, 11, 3), "confirmed", date(2026, 11, 10)),
            now=at(date(2026, 11, 10)))

    def run(lo: date, hi: date, today: date = date(2026, 12, 2)):
        with new_uow() as uow:
            return mediation_figures(uow, office_ids=(staff.office.id,), period_from=lo, period_to=hi, today=today)
    return run


def test_october_figures_match_the_hand_count(figures):
    f = figures(date(2026, 10, 1), date(2026, 10, 31))
    assert (f.sessions, f.hosts_mediated, f.agreements) == (5, 4, 3)
    assert f.success_rate == pytest.approx(3 / 4)
    assert f.average_days_to_agreement == pytest.approx((14 + 10 + 13) / 3)
    assert f.amount_total == Decimal("105000.00") and f.amount_median == Decimal("35000.00")
    assert (f.confirmations_applied, f.confirmations_confirmed) == (0, 0)
    assert f.instalments_overdue == 3      # each agreement's single instalment fell due on 11-30, unpaid


def test_an_even_count_takes_the_mean_of_the_middle_two_and_later_periods_count_confirmations(figures):
    f = figures(date(2026, 10, 26), date(2026, 10, 31))
    assert f.agreements == 2 and f.amount_median == Decimal("47500.00")
    assert f.hosts_mediated == 0 and f.success_rate is None
    nov = figures(date(2026, 11, 1), date(2026, 11, 30), today=date(2026, 11, 2))
    assert (nov.sessions, nov.agreements, nov.amount_median, nov.average_days_to_agreement) == (0, 0, None, None)
    assert (nov.confirmations_applied, nov.confirmations_confirmed, nov.instalments_overdue) == (1, 1, 0)
    sep = figures(date(2026, 9, 1), date(2026, 9, 30))
    assert (sep.sessions, sep.hosts_mediated, sep.success_rate) == (1, 1, 0.0)
