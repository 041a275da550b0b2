"""The deadline settings and the official calendar as the administrator stored them."""
from __future__ import annotations

import json
from dataclasses import fields as dc_fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import HolidayYear, Setting
from ipcase.domain.calendar import OfficialCalendar, YearCalendar
from ipcase.domain.cases.deadlines import DeadlineSettings


def load_settings(session: Session) -> DeadlineSettings:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    values = {}
    for f in dc_fields(DeadlineSettings):
        if f"deadline.{f.name}" in stored:
            values[f.name] = json.loads(stored[f"deadline.{f.name}"])
    return DeadlineSettings(**values)


def load_calendar(session: Session) -> OfficialCalendar:
    years = session.scalars(select(HolidayYear)).all()
    return OfficialCalendar([
        YearCalendar(y.year,
                     {d.day: d.name for d in y.days if not d.is_workday},
                     {d.day: d.name for d in y.days if d.is_workday})
        for y in years])
