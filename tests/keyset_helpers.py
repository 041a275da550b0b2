"""What the registers' keyset tests share (issue 19): the order a register must show, computed here from keys read
off the base rows, and a register read page by page, each page after the previous page's key."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def python_order(keys: dict[int, object], descending: bool) -> list[int]:
    """Ids by key in the asked direction, empty keys last either way, ties by id in the same direction."""
    present = sorted((k, i) for i, k in keys.items() if k is not None)
    empty = sorted(i for i, k in keys.items() if k is None)
    if descending:
        present.reverse()
        empty.reverse()
    return [i for _, i in present] + empty


def all_pages(new_uow, read: Callable[[Any, Any], Any]) -> list:
    """The rows of every page: `read(uow, after)` reads one uncounted page (count=False) in a unit of work of its
    own, after the key the previous page ended at, until a page says nothing follows."""
    out, after = [], None
    for _ in range(1000):
        with new_uow() as uow:
            page = read(uow, after)
        assert page.total is None
        out += page.rows
        after = page.after
        if after is None:
            return out
    raise AssertionError("paging never ended")


__all__ = ["all_pages", "python_order"]
