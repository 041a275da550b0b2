"""Write side of the intake register (收案登记): one function per user gesture, each one transaction.

An item is registered at the counter (or from a letter, the 12330 hotline, a platform notice, a fair booth, a
referral), then triaged: registered as an adjudication case (the request pre-filled from the item), as a
mediation case, sent for correction once, refused, forwarded to the competent authority, referred to
enforcement as a 假冒 clue, or closed with a reason. Every step goes onto the item's timeline.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from ipcase.db.models.admin import Office, User
from ipcase.db.models.intake import IntakeAttachment, IntakeEvent, IntakeItem
from ipcase.domain.enums import RefusalReason, Role
from ipcase.domain.filenames import safe_name
from ipcase.domain.intake.items import (
    DISPUTE_KINDS,
    OUTCOME_STATE,
    REPORT_KINDS,
    CloseReason,
    IntakeKind,
    IntakeState,
    TriageOutcome,
    refusal_code,
)
from ipcase.domain.intake.matching import repeat_infringement
from ipcase.domain.intake.routing import Track, suggest_track
from ipcase.domain.numbering import INTAKE_PATTERN
from ipcase.domain.permissions import may
from ipcase.dto.intake import AttachmentInput, IntakeInput, IntakeRef, TriageInput
from ipcase.errors import (
    PermissionDenied,
    TransitionRefused,
    ValidationErrors,
    ValidationFailed,
)
from ipcase.loaders.intake import (
    case_party_keys,
    item_facts,
    item_party_keys,
    load_routing,
    received_date,
    request_input,
    routing_facts,
    same_matter,
)
from ipcase.loaders.rows import existing
from ipcase.services.cases import actions as case_services
from ipcase.services.common import actor, oversize, recompute_deadlines
from ipcase.services.history import Timeline, append_entry, jsonable, load_versioned
from ipcase.services.intake.letters import issue_transfer_letter
from ipcase.services.intake.support import recompute_item_deadlines
from ipcase.services.intake.validation import MAX_ATTACHMENT_BYTES, validate_item, write_item
from ipcase.services.mediation.from_intake import create_from_item
from ipcase.services.numbering import register_number
from ipcase.uow import UnitOfWork

INTAKE_TIMELINE = Timeline("intake_item", IntakeItem, IntakeEvent, "item_id")


def _ref(item: IntakeItem) -> IntakeRef:
    return IntakeRef(item.id, item.version, item.number, item.case_id)


def _event(s: Session, item: IntakeItem, user: User | None, kind: str, now: datetime, **detail) -> None:
    """Add a timeline entry and bump the item's version (once per gesture). Every gesture passes here after
    changing the item, so its stored time limits are recomputed here too."""
    append_entry(s, INTAKE_TIMELINE, item, user, kind, now, **detail)
    recompute_item_deadlines(s, item)


def load_item(s: Session, item_id: int, expected_version: int | None = None) -> IntakeItem:
    return load_versioned(s, INTAKE_TIMELINE, item_id, expected_version)


def _not_decided(item: IntakeItem, gesture: str) -> None:
    if IntakeState(item.state).is_terminal:
        raise TransitionRefused(gesture, item.state, "intake_decided")


def _undecided_item(s: Session, actor_id: int, permission: str, gesture: str, item_id: int,
                    expected_version: int | None = None) -> tuple[User, IntakeItem]:
    """The acting user, allowed `permission`, and the item, still undecided: how every gesture that changes
    an open item starts."""
    user = actor(s, actor_id, permission, gesture)
    item = load_item(s, item_id, expected_version)
    _not_decided(item, gesture)
    return user, item


def _day(field: str, value: date | None, *, today: date, not_before: date | None = None) -> date:
    if value is None:
        raise ValidationFailed(field, "required")
    if value > today:
        raise ValidationFailed(field, "future", value.isoformat())
    if not_before is not None and value < not_before:
        raise ValidationFailed(field, "intake_before", not_before.isoformat())
    return value


def _refresh_repeat(s: Session, item: IntakeItem, extra_parties=()) -> None:
    """重复侵权 is a property of a new dispute: the latest ruling that found the same respondent infringing
    the same patent (M25 art 34)."""
    if IntakeKind(item.kind) not in DISPUTE_KINDS:
        item.repeat_case_id = None
        return
    hits = same_matter(s, [p.number for p in item.patents], [*item_party_keys(item), *extra_parties],
                       exclude_item_id=item.id, exclude_case_id=item.case_id)
    hit = repeat_infringement(hits, before=received_date(item))
    item.repeat_case_id = hit.record.id if hit else None


# ---- registering and editing ----------------------------------------------------------------------

def register_item(uow: UnitOfWork, *, actor_id: int, data: IntakeInput, now: datetime) -> IntakeRef:
    """Quick entry: log an incoming item with a 收案编号; the handler defaults to the registering officer."""
    s = uow.session
    user = actor(s, actor_id, "intake.register", "intake.register")
    clean = validate_item(s, data, now)
    office = s.get(Office, user.office_id)
    year = data.received_at.year
    seq, number = register_number(s, office_id=office.id, kind="intake", year=year, pattern=INTAKE_PATTERN,
                                  short_name=office.short_name)
    item = IntakeItem(office_id=office.id, version=0, number=number, year=year,
                      seq=seq, state=IntakeState.OPEN.value, registered_by=user.id, created_at=now, updated_at=now,
                      defects=[], outcome_detail={})
    write_item(item, data, clean)
    if item.handler_id is None and may(user.role, "registration.self_assign"):
        item.handler_id = user.id
    s.add(item)
    s.flush()
    s.add_all(_attachment_row(item, a, user, now) for a in data.attachments)
    _refresh_repeat(s, item)
    _event(s, item, user, "registered", now, item_kind=item.kind, channel=item.channel,
           repeat_case_id=item.repeat_case_id)
    uow.commit()
    return _ref(item)


def update_item(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int, data: IntakeInput,
                now: datetime) -> IntakeRef:
    """Correct what was typed, until the item is decided. Attachments are added and removed on their own."""
    s = uow.session
    user, item = _undecided_item(s, actor_id, "intake.register", "intake.update", item_id, expected_version)
    if IntakeKind(data.kind) != IntakeKind(item.kind) and item.converted_from:
        raise ValidationFailed("intake_kind", "intake_converted")
    clean = validate_item(s, data, now)
    write_item(item, data, clean)
    s.flush()
    _refresh_repeat(s, item)
    _event(s, item, user, "edited", now)
    uow.commit()
    return _ref(item)


def add_attachment(uow: UnitOfWork, *, actor_id: int, item_id: int, attachment: AttachmentInput,
                   now: datetime) -> IntakeRef:
    s = uow.session
    user, item = _undecided_item(s, actor_id, "intake.register", "intake.attach", item_id)
    if not attachment.name.strip():
        raise ValidationFailed("attachment", "required")
    if too_large := oversize("attachment", attachment.content, MAX_ATTACHMENT_BYTES):
        raise too_large
    s.add(_attachment_row(item, attachment, user, now))
    _event(s, item, user, "attachment_added", now, name=safe_name(attachment.name))
    uow.commit()
    return _ref(item)


def _attachment_row(item: IntakeItem, a: AttachmentInput, user: User, now: datetime) -> IntakeAttachment:
    return IntakeAttachment(item_id=item.id, name=safe_name(a.name), size=len(a.content), note=a.note.strip(),
                            content=a.content, added_at=now, added_by=user.id)


def remove_attachment(uow: UnitOfWork, *, actor_id: int, attachment_id: int, now: datetime) -> IntakeRef:
    s = uow.session
    user = actor(s, actor_id, "intake.register", "intake.attach")
    attachment = existing(s, IntakeAttachment, "attachment", attachment_id)
    item = load_item(s, attachment.item_id)
    _not_decided(item, "intake.attach")
    s.delete(attachment)
    _event(s, item, user, "attachment_removed", now, name=attachment.name)
    uow.commit()
    return _ref(item)


# ---- 繁简分流 ---------------------------------------------------------------------------------------

def _decide_track(s: Session, item: IntakeItem, user: User, track: Track, reason: str, now: datetime) -> None:
    suggestion = suggest_track(load_routing(s, item.office_id).rules, routing_facts(item))
    track = Track(track)
    reason = (reason or "").strip()
    if track != suggestion.track and not reason:
        # Overriding the rules needs a reason, so statistics can later compare the tracks honestly.
        raise ValidationFailed("track_reason", "required")
    item.suggested_track, item.suggested_rule = suggestion.track.value, suggestion.rule_name
    item.track, item.track_reason = track.value, reason
    item.track_decided_by, item.track_decided_at = user.id, now
    _event(s, item, user, "track", now, track=track.value, suggested=suggestion.track.value,
           rule=suggestion.rule_name, reason=reason, overridden=track != suggestion.track)


def decide_track(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int, track: Track,
                 reason: str = "", now: datetime) -> IntakeRef:
    """Accept the suggested track, or override it with a reason."""
    s = uow.session
    user, item = _undecided_item(s, actor_id, "intake.triage", "intake.track", item_id, expected_version)
    _decide_track(s, item, user, track, reason, now)
    uow.commit()
    return _ref(item)


# ---- triage ---------------------------------------------------------------------------------------

def triage(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int, decision: TriageInput,
           now: datetime, office_dir: str | None = None) -> IntakeRef:
    """The officer's decision on an item (with the track, when given, in the same transaction). Forwarding
    issues the 转交函 in this transaction too; `office_dir` holds the office's own templates."""
    s = uow.session
    user = actor(s, actor_id)
    item = load_item(s, item_id, expected_version)
    outcome = TriageOutcome(decision.outcome)
    routing = load_routing(s, item.office_id)
    code = refusal_code(item_facts(item), outcome, Role(user.role),
                        complaint_needs_request=routing.complaint_needs_request)
    if code == "role":
        raise PermissionDenied(f"intake.{outcome.value}", user.role)
    if code:
        raise TransitionRefused(f"intake.{outcome.value}", item.state, code)
    today = now.date()
    decided = _day("decided_date", decision.decided_date or today, today=today, not_before=received_date(item))
    if decision.track is not None:
        _decide_track(s, item, user, decision.track, decision.track_reason, now)
    elif outcome in (TriageOutcome.CASE, TriageOutcome.MEDIATION) and item.track is None:
        raise ValidationFailed("track", "required")
    detail = _OUTCOMES[outcome](s, item, user, decision, decided, now)
    if outcome == TriageOutcome.FORWARD:
        letter = issue_transfer_letter(s, user, item, authority=detail["authority"],
                                       reason_text=detail["reason_text"], now=now, office_dir=office_dir)
        detail.update(letter_id=letter.id, letter_number=letter.number)
    item.state = OUTCOME_STATE[outcome].value
    if IntakeState(item.state).is_terminal:
        item.decided_on = decided
        item.outcome_detail = jsonable(detail)
    _event(s, item, user, outcome.value, now, decided_date=decided, **detail)
    uow.commit()
    return _ref(item)


def _correction(s, item, user, d: TriageInput, decided: date, now) -> dict:
    defects = [x.strip() for x in d.defects if x.strip()]
    errors = []
    if not defects:
        errors.append(ValidationFailed("defects", "required"))
    if d.correction_due is None:
        errors.append(ValidationFailed("correction_due", "required"))
    elif d.correction_due <= decided:
        errors.append(ValidationFailed("correction_due", "intake_not_after", decided.isoformat()))
    if errors:
        raise ValidationErrors(errors)
    item.defects, item.correction_due, item.correction_requested_on = defects, d.correction_due, decided
    item.correction_received = None
    return {"defects": defects, "correction_due": d.correction_due}


def _refuse(s, item, user, d: TriageInput, decided: date, now) -> dict:
    reasons = list(dict.fromkeys(d.refusal_reasons))
    if not reasons:
        raise ValidationFailed("refusal_reasons", "required")
    if any(r not in RefusalReason.__members__.values() for r in reasons):
        raise ValidationFailed("refusal_reasons", "choice", ",".join(reasons))
    if RefusalReason.OTHER in reasons and not d.reason_text.strip():
        raise ValidationFailed("reason_text", "required")
    return {"refusal_reasons": reasons, "reason_text": d.reason_text.strip()}


def _forward(s, item, user, d: TriageInput, decided: date, now) -> dict:
    errors = [ValidationFailed(k, "required") for k, v in (("authority", d.authority), ("reason_text", d.reason_text))
              if not v.strip()]
    if errors:
        raise ValidationErrors(errors)
    return {"authority": d.authority.strip(), "reason_text": d.reason_text.strip()}


def _enforcement(s, item, user, d: TriageInput, decided: date, now) -> dict:
    if not d.authority.strip():
        raise ValidationFailed("authority", "required")
    return {"authority": d.authority.strip(), "reason_text": d.reason_text.strip()}


def _close(s, item, user, d: TriageInput, decided: date, now) -> dict:
    if d.close_reason is None or d.close_reason not in CloseReason.__members__.values():
        raise ValidationFailed("close_reason", "required")
    if d.close_reason == CloseReason.OTHER and not d.reason_text.strip():
        raise ValidationFailed("reason_text", "required")
    return {"close_reason": CloseReason(d.close_reason).value, "reason_text": d.reason_text.strip()}


def _mediation(s, item, user, d: TriageInput, decided: date, now) -> dict:
    case = create_from_item(s, user, item, d.mediation, d.reason_text, now)
    return {"mediation_case_id": case.id, "reason_text": d.reason_text.strip()}


def _case(s, item, user, d: TriageInput, decided: date, now) -> dict:
    data = d.request or request_input(item)
    extra = {"intake_number": item.number}
    case = case_services.create_request_case(s, user, data, now, **extra)
    # What already happened at intake stays true for the case: the correction and the D1 extension.
    if item.correction_received:
        case.correction_due, case.correction_received = item.correction_due, item.correction_received
    if item.decision_extended:
        case.decision_extended = True
    s.flush()
    recompute_deadlines(s, case, now.date())
    item.case_id = case.id
    _refresh_repeat(s, item, case_party_keys(case))
    return {"case_id": case.id, "repeat_case_id": item.repeat_case_id}


_OUTCOMES = {
    TriageOutcome.CASE: _case, TriageOutcome.MEDIATION: _mediation, TriageOutcome.CORRECTION: _correction,
    TriageOutcome.REFUSE: _refuse, TriageOutcome.FORWARD: _forward, TriageOutcome.ENFORCEMENT: _enforcement,
    TriageOutcome.CLOSE: _close,
}


# ---- steps before the decision, and after it ------------------------------------------------------

def record_correction(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int, received: date,
                      now: datetime) -> IntakeRef:
    """The corrected materials came in: the item is open again and the decision limit restarts."""
    s = uow.session
    user = actor(s, actor_id, "intake.register", "intake.correction_received")
    item = load_item(s, item_id, expected_version)
    if item.state != IntakeState.PENDING_CORRECTION:
        raise TransitionRefused("intake.correction_received", item.state, "intake_not_in_correction")
    item.correction_received = _day("received_date", received, today=now.date(),
                                    not_before=item.correction_requested_on)
    item.state = IntakeState.OPEN.value
    _event(s, item, user, "correction_received", now, received_date=received,
           late=bool(item.correction_due and received > item.correction_due))
    uow.commit()
    return _ref(item)


def extend_decision(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int, reason: str,
                    now: datetime) -> IntakeRef:
    """D1 + 5 working days for a particularly complex request, decided by the 部门负责人 (M25 art 20)."""
    s = uow.session
    user, item = _undecided_item(s, actor_id, "extension.approve", "intake.extend", item_id, expected_version)
    if item.kind != IntakeKind.REQUEST:
        raise TransitionRefused("intake.extend", item.state, "intake_wrong_kind")
    if item.decision_extended:
        raise TransitionRefused("intake.extend", item.state, "already_extended")
    if not reason.strip():
        raise ValidationFailed("reason", "required")
    item.decision_extended = True
    _event(s, item, user, "extended", now, reason=reason.strip())
    uow.commit()
    return _ref(item)


def convert_to_request(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int,
                       request_received: date, now: datetime) -> IntakeRef:
    """A right holder's complaint became a formal 请求书: the item is a request from then on, and D1 runs
    from the day the 请求书 came in."""
    s = uow.session
    user = actor(s, actor_id, "intake.triage", "intake.convert")
    item = load_item(s, item_id, expected_version)
    if item.state != IntakeState.OPEN:
        raise TransitionRefused("intake.convert", item.state, "intake_decided")
    if item.kind != IntakeKind.COMPLAINT:
        raise TransitionRefused("intake.convert", item.state, "intake_wrong_kind")
    item.request_received = _day("request_received", request_received, today=now.date(),
                                 not_before=item.received_at.date())
    item.converted_from, item.kind = item.kind, IntakeKind.REQUEST.value
    _event(s, item, user, "converted", now, request_received=request_received)
    uow.commit()
    return _ref(item)


def record_notification(uow: UnitOfWork, *, actor_id: int, item_id: int, expected_version: int,
                        notified_on: date, method: str, now: datetime) -> IntakeRef:
    """A real-name reporter was told of the decision (CMP art 31: within 5 working days)."""
    s = uow.session
    user = actor(s, actor_id, "intake.register", "intake.notify")
    item = load_item(s, item_id, expected_version)
    if item.kind not in REPORT_KINDS or item.anonymous or item.decided_on is None:
        raise TransitionRefused("intake.notify", item.state, "intake_nobody_to_notify")
    if item.notified_on is not None:
        raise TransitionRefused("intake.notify", item.state, "intake_already_notified")
    if not method.strip():
        raise ValidationFailed("notify_method", "required")
    item.notified_on = _day("notified_on", notified_on, today=now.date(), not_before=item.decided_on)
    item.notify_method = method.strip()
    _event(s, item, user, "notified", now, notified_on=notified_on, method=item.notify_method)
    uow.commit()
    return _ref(item)
