"""A page of a register listing (cases, intake items, mediation cases): the rows shown and how many match the
filter in all. One shape for every register, so the UI's paged table reads any of them.

A register that pages by key also says where the next page starts (`after`: pass it back in the filter), and
may leave `total` None when the filter asked not to count (the list counts after its first page)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

Row = TypeVar("Row")


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: tuple[Row, ...]
    total: int | None
    after: tuple | None = None   # the key of the last row, when there may be more rows after it
