"""How a satisfaction survey becomes a 0–100 score (保护社会满意度).

Each of the four questions (procedure, time taken, fairness, result) is answered on the five-level scale the
provincial surveys use; a level is worth 100, 80, 60, 30 or 0 points. A survey's score is the mean of the
questions answered (a question the party declined is left out, not counted as 0); the score of a group (an office,
an officer, a month, a case type) is the mean of its surveys' scores, each survey weighing the same. The target
(85 by default) is a per-office setting, `satisfaction.target`.
"""
from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from ipcase.errors import ValidationErrors, ValidationFailed


class Level(IntEnum):
    VERY_SATISFIED = 5     # 非常满意
    SATISFIED = 4          # 满意
    FAIR = 3               # 基本满意
    DISSATISFIED = 2       # 不满意
    VERY_DISSATISFIED = 1  # 非常不满意


POINTS = {Level.VERY_SATISFIED: 100, Level.SATISFIED: 80, Level.FAIR: 60, Level.DISSATISFIED: 30,
          Level.VERY_DISSATISFIED: 0}
QUESTIONS = ("procedure", "timeliness", "fairness", "result")
DEFAULT_TARGET = 85.0
TARGET_KEY = "satisfaction.target"
SETTINGS_GROUP = "satisfaction_settings"   # its optimistic lock (ipcase.services.setting_locks)


def survey_score(answers: dict[str, int | None]) -> float:
    """The mean points of the questions answered; refuses a survey with none answered or a level off the scale."""
    errors, points = [], []
    for q in QUESTIONS:
        value = answers.get(q)
        if value is None:
            continue
        try:
            points.append(POINTS[Level(value)])
        except ValueError:
            errors.append(ValidationFailed(q, "choice", str(value)))
    if not errors and not points:
        errors.append(ValidationFailed(QUESTIONS[0], "required"))
    if errors:
        raise ValidationErrors(errors)
    return round(sum(points) / len(points), 2)


def mean_score(scores: Iterable[float]) -> float | None:
    scores = list(scores)
    return round(sum(scores) / len(scores), 2) if scores else None
