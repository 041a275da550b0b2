"""Satisfaction surveys: what the clerk records and the results the dashboard and monthly report show."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SurveyInput:
    """Levels 1–5 (domain.satisfaction.scoring.Level); None = the party declined that question."""
    party_id: int
    method: str                      # 'phone' | 'paper'
    surveyed_on: date
    procedure: int | None = None
    timeliness: int | None = None
    fairness: int | None = None
    result: int | None = None
    comment: str = ""


@dataclass(frozen=True)
class SurveyInfo:
    id: int
    case_id: int
    party_id: int
    party_name: str
    method: str
    surveyed_on: date
    procedure: int | None
    timeliness: int | None
    fairness: int | None
    result: int | None
    score: float
    comment: str


@dataclass(frozen=True)
class SurveyTarget:
    """A party of a closed case and whether it was asked yet (the clerk's list)."""
    case_id: int
    case_number: str
    party_id: int
    party_name: str
    role: str
    phone: str
    closed_date: date | None
    survey_id: int | None
    score: float | None


@dataclass(frozen=True)
class ScoreRow:
    key: str          # the group: office name, officer name, 'YYYY-MM', patent type value
    surveys: int
    score: float | None
    procedure: float | None
    timeliness: float | None
    fairness: float | None
    result: float | None


@dataclass(frozen=True)
class SatisfactionResults:
    start: date
    end: date
    by: str                    # 'office' | 'officer' | 'month' | 'case_type'
    rows: tuple[ScoreRow, ...]
    overall: ScoreRow
    target: float
    meets_target: bool | None  # None without surveys
