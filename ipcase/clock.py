"""Injectable time. The domain never asks the system for today; the composition root passes a clock."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.date()
