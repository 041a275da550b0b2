"""The registers' fast row constructors (IntakeRow.of, MediationCaseRow.of: 200 rows a page, issue 19) give the
very rows the dataclasses' own __init__ gives: equal, same hash, same repr, still frozen, every field required."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from ipcase.domain.intake.items import IntakeChannel, IntakeKind, IntakeState
from ipcase.domain.intake.routing import Track
from ipcase.domain.mediation.cases import MediationKind, MediationState
from ipcase.dto.intake import IntakeRow
from ipcase.dto.mediation import MediationCaseRow

INTAKE = (7, 2, "某市收〔2026〕12号", IntakeKind.REQUEST, IntakeChannel.COUNTER, IntakeState.OPEN,
          datetime(2026, 12, 1, 9, 30), "甲公司", False, "乙公司、丙公司", "ZL202310000001.1", "灯具", Track.FAST,
          "张三", None, date(2026, 12, 10), "I1", True, "due_soon", "某市知裁字〔2026〕3号")
MEDIATION = (3, 1, "东湖县知调字〔2026〕5号", MediationKind.DAMAGES, MediationState.REGISTERED, "甲公司", "乙公司",
             "ZL202310000001.1", "李四", date(2026, 11, 2), date(2026, 11, 3), None, None, "", "", True)


@pytest.mark.parametrize(("cls", "values"), [(IntakeRow, INTAKE), (MediationCaseRow, MEDIATION)])
def test_of_gives_the_row_init_gives(cls, values):
    fast, slow = cls.of(*values), cls(*values)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert dataclasses.astuple(fast) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.id = 99


@pytest.mark.parametrize(("cls", "values"), [(IntakeRow, INTAKE), (MediationCaseRow, MEDIATION)])
def test_of_refuses_a_missing_or_extra_value(cls, values):
    with pytest.raises(ValueError):
        cls.of(*values[:-1])
    with pytest.raises(ValueError):
        cls.of(*values, "extra")
