"""A command's result as JSON, the same way on the laptop (outbox.result_json) and at the office (applied_operations
.result_json), so the two can be walked side by side to learn which office row a laptop-created row became
(ipcase.sync.idmap). Results are the services' frozen DTOs: dataclasses as objects of their fields, tuples and sets
as lists, dates as ISO text, enums by value, Decimals as text; file contents (bytes) are left out — a result is
bookkeeping, not a second copy of a document."""
from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any


def plain(value: Any) -> Any:
    """`value` as JSON-ready data (see the module docstring)."""
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return [plain(v) for v in sorted(value, key=repr)]
    return str(value)   # an object no service returns today: its text, never a failed outbox write


def dump_result(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False, sort_keys=True)


def load_result(text: str | None) -> Any:
    return None if not text else json.loads(text)


__all__ = ["dump_result", "load_result", "plain"]
