"""Hearing rooms (口审庭) as resources and the hearing settings: administrators only."""
from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select

from ipcase.db.models.hearings import HearingRoom
from ipcase.dto.hearings import HearingSettings, RoomInfo, RoomInput
from ipcase.errors import NotFound, ValidationErrors, ValidationFailed
from ipcase.loaders.hearings import room_info
from ipcase.loaders.setting_versions import HEARING_SETTINGS
from ipcase.services.common import actor
from ipcase.services.hearings.support import store_hearing_settings
from ipcase.services.setting_locks import claim_group, claim_row
from ipcase.uow import UnitOfWork


def save_room(uow: UnitOfWork, *, actor_id: int, data: RoomInput, room_id: int | None = None,
              expected_version: int | None = None) -> RoomInfo:
    """Add a room (room_id None) or change one, as the form loaded it (`expected_version`: RoomInfo.version,
    required for a change). A room is retired by making it inactive, never deleted: past hearings keep naming it."""
    s = uow.session
    user = actor(s, actor_id, "rooms.manage", "save_room")
    name = data.name.strip()
    errors = []
    if not name:
        errors.append(ValidationFailed("name", "required"))
    if not isinstance(data.seats, int) or not 0 <= data.seats <= 500:
        errors.append(ValidationFailed("seats", "range", "0–500", value=data.seats))
    same = s.scalar(select(HearingRoom.id).where(HearingRoom.office_id == user.office_id, HearingRoom.name == name))
    if name and same is not None and same != room_id:
        errors.append(ValidationFailed("name", "duplicate", name))
    if errors:
        raise ValidationErrors(errors)
    if room_id is None:
        room = HearingRoom(office_id=user.office_id)
        s.add(room)
    else:
        room = s.get(HearingRoom, room_id)
        if room is None or room.office_id != user.office_id:
            raise NotFound("hearing_room", room_id)
        claim_row(s, HearingRoom, "hearing_room", room_id, expected_version, "save_room", user.role)
    room.name, room.place, room.seats = name, data.place.strip(), data.seats
    room.recording, room.online_capable, room.active = data.recording, data.online_capable, data.active
    s.flush()
    info = room_info(room)
    uow.commit()
    return info


def update_hearing_settings(uow: UnitOfWork, *, actor_id: int, settings: HearingSettings,
                            expected_version: int) -> None:
    """`expected_version`: the version the page loaded (queries.hearings.sessions.hearing_rules)."""
    s = uow.session
    user = actor(s, actor_id, "rooms.manage", "update_hearing_settings")
    limits = {"announcement_working_days": (0, 30), "return_slip_days": (1, 30), "postpone_days_before": (0, 30),
              "default_minutes": (15, 600)}
    errors = []
    for f in fields(HearingSettings):
        lo, hi = limits[f.name]
        value = getattr(settings, f.name)
        if not isinstance(value, int) or not lo <= value <= hi:
            errors.append(ValidationFailed(f.name, "range", f"{lo}–{hi}", value=value))
    if errors:
        raise ValidationErrors(errors)
    claim_group(s, user, HEARING_SETTINGS, expected_version)
    store_hearing_settings(s, user.office_id, settings)
    uow.commit()
