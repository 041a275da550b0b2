"""Laptop-created ids and the office ids their replay created.

A row made on the laptop gets an id ≥ LAPTOP_IDS (ipcase.sync.laptop hands them out from one laptop-wide counter,
so a laptop id names one row whatever its table). When the office replays the operation that made the row, the
laptop's result and the office's result (both `ipcase.sync.results.plain`) are walked side by side: wherever the
laptop's holds a laptop id, the office's holds the id of the row the office made. Later operations that name the
laptop id (`item_id`, `evidence_ids` inside a draft, a dict key) are given the office id before they run; one that
names a laptop id nobody mapped depends on an operation that did not apply (it is in the conflict queue)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.sync import IdMap

LAPTOP_IDS = 10**12


def is_laptop_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= LAPTOP_IDS


def pairs(laptop: Any, office: Any, path: str = "") -> Iterator[tuple[int, int, str]]:
    """(laptop id, office id, where) for each laptop id of the laptop's result and the value in the same place of
    the office's result. Places that differ in shape are skipped (the office said more or less: nothing to map)."""
    if is_laptop_id(laptop):
        if isinstance(office, int) and not isinstance(office, bool) and office != laptop:
            yield laptop, office, path
        return
    if isinstance(laptop, Mapping) and isinstance(office, Mapping):
        for key, value in laptop.items():
            if key in office:
                yield from pairs(value, office[key], f"{path}.{key}" if path else str(key))
    elif isinstance(laptop, list) and isinstance(office, list) and len(laptop) == len(office):
        for i, (a, b) in enumerate(zip(laptop, office, strict=True)):
            yield from pairs(a, b, f"{path}[{i}]")


def laptop_ids(value: Any) -> set[int]:
    """Every laptop id in a JSON value (dict keys written as text too)."""
    found: set[int] = set()
    _walk(value, lambda n: found.add(n) or n)
    return found


def translate(value: Any, mapping: Mapping[int, int]) -> Any:
    """`value` (JSON data: a command's inputs) with each mapped laptop id replaced by its office id; ids not in
    `mapping` stay as they are (the caller asks `laptop_ids` first and refuses what it cannot map)."""
    return _walk(value, lambda n: mapping.get(n, n))


def _walk(value: Any, fn) -> Any:
    if is_laptop_id(value):
        return fn(value)
    if isinstance(value, Mapping):
        return {_key(k, fn): _walk(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, fn) for v in value]
    return value


def _key(key: Any, fn) -> Any:
    # dict[int, …] inputs travel with their keys as text (ipcase.commands.codec)
    if isinstance(key, str) and key.isdigit() and is_laptop_id(int(key)):
        return str(fn(int(key)))
    return key


def load(session: Session, checkout_id: int) -> dict[int, int]:
    return dict(session.execute(select(IdMap.laptop_id, IdMap.office_row_id)
                                .where(IdMap.checkout_id == checkout_id)).all())


def store(session: Session, checkout_id: int, found: list[tuple[int, int, str]],
          tables: Mapping[int, str] | None = None) -> dict[int, int]:
    """Record the pairs an operation produced; `tables` names the table of an office id when only one table got
    a row with that id in the operation (for the reader of id_map; the lookup needs only the laptop id)."""
    known = load(session, checkout_id)
    new: dict[int, int] = {}
    for laptop_id, office_id, _where in found:
        if laptop_id in known or laptop_id in new:
            continue
        new[laptop_id] = office_id
        session.add(IdMap(checkout_id=checkout_id, laptop_id=laptop_id, office_row_id=office_id,
                          table_name=(tables or {}).get(office_id)))
    return new


__all__ = ["LAPTOP_IDS", "is_laptop_id", "laptop_ids", "load", "pairs", "store", "translate"]
