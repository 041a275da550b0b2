"""A page of a register listing (cases, intake items, mediation cases): the rows shown and how many match the
filter in all. One shape for every register, so the UI's paged table reads any of them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

Row = TypeVar("Row")


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: tuple[Row, ...]
    total: int
