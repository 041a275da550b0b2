"""Every intake enum value, deadline code, event, field and error code has Chinese text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipcase.domain.intake.items import (
    CloseReason,
    IntakeChannel,
    IntakeDeadlineCode,
    IntakeKind,
    IntakeState,
    TriageOutcome,
)
from ipcase.domain.intake.routing import Fact, Track, Venue
from ipcase.domain.permissions import PERMISSIONS
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationFailed
from ui import catalogue
from ui.intake import labels

ROOT = Path(__file__).resolve().parents[3]
CJK = re.compile(r"[\u4e00-\u9fff]")
SOURCES = [*sorted((ROOT / "ipcase" / "domain" / "intake").glob("*.py")),
           *sorted((ROOT / "ipcase" / "services" / "intake").glob("*.py")),
           ROOT / "ipcase" / "services" / "common.py"]   # the upload limit's error (oversize) intake raises


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SOURCES)


@pytest.mark.parametrize(("enum", "label"), [
    (IntakeKind, labels.intake_kind), (IntakeChannel, labels.intake_channel), (IntakeState, labels.intake_state),
    (TriageOutcome, labels.triage_outcome), (CloseReason, labels.close_reason), (Track, labels.track),
    (Fact, labels.routing_fact), (Venue, labels.venue), (IntakeDeadlineCode, catalogue.TEXTS.deadline_code),
], ids=lambda x: getattr(x, "__name__", ""))
def test_every_intake_enum_value_has_a_chinese_label(qapp, enum, label):
    for member in enum:
        assert CJK.search(label(member)), f"{enum.__name__}.{member.name}"


def test_every_event_and_gesture_has_a_label(qapp):
    source = _source()
    events = set(re.findall(r'_event\(s, item, user, "([a-z_]+)"', source)) | {o.value for o in TriageOutcome}
    assert {"registered", "track", "notified"} <= events
    assert all(CJK.search(labels.intake_event(e)) for e in events), events
    gestures = set(re.findall(r'(?:\(|, )"(intake\.[a-z_]+)"', source))   # not the settings' keys | {f"intake.{o.value}" for o in TriageOutcome}
    # the permission a gesture needs (ipcase/domain/permissions.py) is named in the same calls, but never shown
    missing = sorted(g for g in gestures - set(PERMISSIONS) if g not in labels.ACTION)
    assert not missing, missing


def test_every_error_code_and_field_has_a_message(qapp):
    source = _source()
    reasons = set(re.findall(r'ValidationFailed\([^,]+, "([a-z_]+)"', source))
    refusals = set(re.findall(r'TransitionRefused\([^)]*?, "([a-z_]+)"\)', source))
    refusals |= set(re.findall(r'return "(intake_[a-z_]+)"', source))
    assert {"intake_contact_required", "too_large"} <= reasons and {"intake_decided"} <= refusals
    assert not sorted(r for r in reasons if r not in catalogue.ERRORS.reasons)
    assert not sorted(r for r in refusals if r not in catalogue.ERRORS.refusals)
    fields = set(re.findall(r'ValidationFailed\((?:f?)"([a-z_]+)', source))
    assert not sorted(f for f in fields if not catalogue.ALL_FIELDS.knows(f))
    assert catalogue.ERRORS.field_label("targets[1].credit_code") == "被投诉举报对象/被请求人2 统一社会信用代码"
    assert catalogue.ERRORS.field_label("patents[0]") == "专利号1"


@pytest.mark.parametrize("exc", [
    TransitionRefused("intake.case", "pending_correction", "intake_awaiting_correction"),
    PermissionDenied("intake.refuse", "officer"),
    ValidationFailed("submitter_phone", "intake_contact_required"),
], ids=lambda e: type(e).__name__)
def test_intake_errors_read_in_chinese(qapp, exc):
    text = catalogue.ERRORS.message(exc)
    assert CJK.search(text) and "intake" not in text
