"""What the hearing services share on the write side: storing the hearing settings, the rule check's verdict
enforced, a plan's own fields, the place the documents print, the case's other sessions. What both sides read
(the settings, the people, the verdict) lives in `ipcase.loaders.hearings`."""
from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.hearings import Hearing, HearingRoom
from ipcase.domain.hearings.clashes import Verdict
from ipcase.dto.hearings import HearingPlan, HearingSettings
from ipcase.errors import HearingConflicts, ValidationErrors, ValidationFailed
from ipcase.loaders.hearings import SETTING_PREFIX, live
from ipcase.loaders.settings import store_value


def store_hearing_settings(s: Session, office_id: int, settings: HearingSettings) -> None:
    for f in fields(HearingSettings):
        store_value(s, office_id, SETTING_PREFIX + f.name, getattr(settings, f.name))


def notice_floor(s: Session, case_id: int) -> int:
    """The case's last document id now: hearing notices issued after it announce a time set now."""
    return s.scalar(select(func.max(IssuedDocument.id)).where(IssuedDocument.case_id == case_id)) or 0


def enforce(v: Verdict, override_reason: str) -> list[dict]:
    """Refusals always stop the plan; warnings stop it unless a reason is given. Returns the overrides to keep."""
    if v.refusals or (v.warnings and not override_reason.strip()):
        raise HearingConflicts(tuple((f.code, f.severity.value, dict(f.detail))
                                     for f in v.refusals + v.warnings))
    return [{"code": f.code, "detail": {k: str(x) for k, x in f.detail.items()}} for f in v.warnings]


def validate_plan(plan: HearingPlan) -> None:
    errors = []
    if plan.online and not plan.online_link.strip():
        errors.append(ValidationFailed("online_link", "required"))
    if plan.room_id is None and not plan.online:
        errors.append(ValidationFailed("room_id", "required"))
    if errors:
        raise ValidationErrors(errors)


def room_text(s: Session, plan: HearingPlan) -> str:
    """What case.hearing_room says (the documents print it as the place)."""
    room = s.get(HearingRoom, plan.room_id) if plan.room_id is not None else None
    if room is None:
        return f"线上（{plan.online_link.strip()}）"
    where = f"{room.place}{room.name}" if room.place else room.name
    return where + ("（线上同步）" if plan.online else "")


def scheduled_sessions(s: Session, case_id: int, exclude: int | None = None) -> list[Hearing]:
    q = select(Hearing).join(Case, Case.id == Hearing.case_id).where(Hearing.case_id == case_id, live())
    if exclude is not None:
        q = q.where(Hearing.id != exclude)
    return list(s.scalars(q))


def party_of(case: Case, party_id: int) -> Party:
    party = next((p for p in case.parties if p.id == party_id), None)
    if party is None:
        raise ValidationFailed("party_id", "choice", value=party_id)
    return party
