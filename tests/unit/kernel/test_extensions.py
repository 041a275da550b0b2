"""The table of extension limits: the same limits as DOMAIN §4, and the words the dialogs' hints use."""
from __future__ import annotations

import pytest

from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.domain.extensions import (
    CLOSING_LEVELS,
    ExtensionKind,
    check_evidence_extension_days,
    closing_limit,
    limit,
    max_closing_months,
)
from ipcase.domain.intake.items import IntakeLimits
from ipcase.domain.mediation.deadlines import MediationLimits
from ipcase.errors import ValidationFailed


def test_limits_as_in_the_rules():
    assert (limit(ExtensionKind.DECISION).length, limit(ExtensionKind.DECISION).unit) == (5, "working_days")
    assert [(closing_limit(n).length, closing_limit(n).higher_office_ref) for n in (1, 2)] == [(1, False), (2, True)]
    assert closing_limit(0) is None and closing_limit(len(CLOSING_LEVELS) + 1) is None
    assert max_closing_months() == 2
    assert (limit(ExtensionKind.MEDIATION_CLOSING).length, limit(ExtensionKind.MEDIATION_CLOSING).unit) == (1, "months")


def test_settings_default_to_the_table():
    assert DeadlineSettings().decision_extension_days == IntakeLimits().decision_extension_days == 5
    assert MediationLimits().extension_months == 1


def test_words_of_the_hints():
    assert closing_limit(1).words == "一个月" and closing_limit(2).words == "两个月"
    assert limit(ExtensionKind.DECISION).words == "5个工作日"
    assert limit(ExtensionKind.EVIDENCE_PERIOD).words == "90日"


@pytest.mark.parametrize("days", [0, 91, "3"])
def test_evidence_extension_bound(days):
    with pytest.raises(ValidationFailed):
        check_evidence_extension_days(days)
    assert check_evidence_extension_days(90) == 90
