"""Error texts of the satisfaction survey (ipcase.services.satisfaction)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REASON = {
    "survey_case_open": QT_TRANSLATE_NOOP("errors", "案件尚未结案，结案后才能回访"),
    "already_surveyed": QT_TRANSLATE_NOOP("errors", "该当事人已回访过"),
    "before_closing": QT_TRANSLATE_NOOP("errors", "回访日期早于结案日期"),
}
