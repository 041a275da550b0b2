"""Pure rules of mediation: money in fen, the agreement's effective day, D21 and the terms' words."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ipcase.documents.mediation import history_text, money
from ipcase.domain.calendar import default_calendar
from ipcase.domain.mediation.agreements import (
    confirmation_due,
    effective_date,
    instalment_overdue,
    parse_yuan,
    yuan,
)
from ipcase.errors import ValidationFailed


@pytest.mark.parametrize("text, fen", [("60000", 6_000_000), ("60,000.50", 6_000_050), (Decimal("0.01"), 1),
                                       ("12元", None)])
def test_yuan_to_fen(text, fen):
    if fen is None:
        with pytest.raises(ValidationFailed):
            parse_yuan("damages", text)
    else:
        assert parse_yuan("damages", text) == fen and yuan(fen) == Decimal(str(text).replace(",", "")).quantize(
            Decimal("0.01"))


@pytest.mark.parametrize("bad, reason", [("-1", "amount"), ("1.005", "amount"), ("abc", "number"), ("", "required"),
                                         ("1e20", "amount")])
def test_bad_amounts_are_named(bad, reason):
    with pytest.raises(ValidationFailed) as e:
        parse_yuan("damages", bad)
    assert (e.value.field, e.value.reason) == ("damages", reason)


def test_effective_on_the_last_signature_only_when_everyone_signed():
    assert effective_date([date(2026, 10, 27), date(2026, 10, 28)]) == date(2026, 10, 28)
    assert effective_date([date(2026, 10, 27), None]) is None and effective_date([]) is None


def test_d21_rolls_off_the_holiday_and_an_adjusted_saturday_stays():
    cal = default_calendar()
    assert confirmation_due(date(2025, 9, 5), cal).date == date(2025, 10, 9)     # +30 = Sun 10-05 (国庆)
    assert confirmation_due(date(2026, 1, 15), cal).date == date(2026, 2, 14)    # Sat 02-14 is a 调休 workday
    assert confirmation_due(date(2026, 10, 28), cal).date == date(2026, 11, 27)


def test_overdue_means_past_due_and_not_paid_in_full():
    assert instalment_overdue(date(2026, 11, 30), 100, None, date(2026, 12, 1))
    assert instalment_overdue(date(2026, 11, 30), 100, 50, date(2026, 12, 1))
    assert not instalment_overdue(date(2026, 11, 30), 100, 100, date(2026, 12, 1))
    assert not instalment_overdue(date(2026, 11, 30), 100, None, date(2026, 11, 30))


def test_document_words():
    assert money(6_000_000) == "人民币60,000元" and money(6_000_050) == "人民币60,000.50元"
    assert history_text(date(2026, 10, 12), [date(2026, 10, 26), date(2026, 10, 19)]) == (
        "本局于2026年10月12日立案受理后，于2026年10月19日、2026年10月26日主持调解，双方当事人在自愿、合法的基础上达成如下协议：")
