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


def page_row(cls: type, names: tuple[str, ...], values) -> object:
    """A frozen dataclass row of a register page from its values in field order (`names`), as a register builds
    200 a page: without the frozen __init__'s object.__setattr__ per field, half the rows' cost (issue 19).
    Equal to cls(*values): the dataclass keeps its fields in __dict__ and has no __post_init__."""
    row = object.__new__(cls)
    row.__dict__.update(zip(names, values, strict=True))
    return row
