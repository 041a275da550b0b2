"""Command inputs to JSON and back, so the audit chain can store them and the field laptop can replay them.

The type hint is the schema: a `date` parameter travels as "2026-11-02", a frozen input dataclass as an object of
its fields (missing fields take their defaults, unknown ones are refused), an enum as its value, bytes as base64,
a `Decimal` as its string. Where the hint says nothing (`payload: dict`, `amount: object`, `value: object`) the
value carries its own tag instead ({"$date": "2026-11-02"}, {"$tuple": [...]}, {"$map": [[key, value], ...]} for
keys that are not strings), so an untyped value comes back with the same type it left with."""
from __future__ import annotations

import base64
import dataclasses
import enum
import types
import typing
from collections.abc import Mapping, Sequence, Set
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

UNTYPED = (object, Any, dict, Mapping)
_SCALARS = (bool, int, float, str)
_SEQUENCES = (list, tuple, Sequence, set, frozenset, Set)
_MAPPINGS = (dict, Mapping)


def dump(value: Any, hint: Any = object) -> Any:
    """`value` as JSON-ready data (dict, list, str, int, float, bool, None), following `hint`."""
    return _dump(value, hint, "")


def load(data: Any, hint: Any = object) -> Any:
    """The value `dump` was given, rebuilt from its JSON data."""
    return _load(data, hint, "")


def check(hint: Any, where: str = "") -> None:
    """Raise TypeError when values of `hint` cannot travel as JSON (found when the registry is built, not at the
    first replay)."""
    if hint in UNTYPED or hint in _SCALARS or hint in (date, datetime, time, Decimal, bytes, type(None)):
        return
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return
    if _is_dataclass(hint):
        for name, field_hint in _fields(hint):
            check(field_hint, f"{where}.{name}")
        return
    if origin in (typing.Union, types.UnionType) or origin in _SEQUENCES:
        for arg in args:
            if arg is not Ellipsis:
                check(arg, where)
        return
    if origin in _MAPPINGS:
        check(args[0], where)
        check(args[1], where)
        return
    raise TypeError(f"{where or 'value'}: cannot carry {hint!r} as JSON")


# ---- typed values ---------------------------------------------------------------------------------

def _dump(value, hint, where):
    if hint in UNTYPED:
        return _dump_tagged(value, where)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        for arm in args:
            if _fits(value, arm):
                return _dump(value, arm, where)
        raise TypeError(f"{where or 'value'}: {value!r} is none of {hint!r}")
    if value is None:
        raise TypeError(f"{where or 'value'}: None where {hint!r} is expected")
    if hint in _SCALARS:
        return value.value if isinstance(value, enum.Enum) else value
    if hint in (date, datetime, time):
        return value.isoformat()
    if hint is Decimal:
        return str(value)
    if hint is bytes:
        return base64.b64encode(value).decode("ascii")
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value).value
    if _is_dataclass(hint):
        return {name: _dump(getattr(value, name), field_hint, f"{where}.{name}")
                for name, field_hint in _fields(hint)}
    if origin is tuple and args and args[-1] is not Ellipsis:
        return [_dump(v, a, f"{where}[{i}]") for i, (v, a) in enumerate(zip(value, args, strict=True))]
    if origin in _SEQUENCES:
        item = args[0] if args else object
        return [_dump(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin in _MAPPINGS:
        key, item = args
        return {_dump_key(k, key, where): _dump(v, item, f"{where}[{k!r}]") for k, v in value.items()}
    raise TypeError(f"{where or 'value'}: cannot carry {hint!r} as JSON")


def _load(data, hint, where):
    if hint in UNTYPED:
        return _load_tagged(data, where)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        problems = []
        for arm in args:
            if arm is type(None):
                continue
            try:
                return _load(data, arm, where)
            except (TypeError, ValueError) as e:
                problems.append(str(e))
        raise TypeError(f"{where or 'value'}: {data!r} is none of {hint!r} ({'; '.join(problems)})")
    if data is None:
        raise TypeError(f"{where or 'value'}: null where {hint!r} is expected")
    if hint in _SCALARS:
        # JSON has one number type: 3.0 may come back for a float, never a bool for an int.
        if hint is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if not isinstance(data, hint) or (hint is int and isinstance(data, bool)):
            raise TypeError(f"{where or 'value'}: {data!r} is not {hint.__name__}")
        return data
    if hint is datetime:
        return datetime.fromisoformat(data)
    if hint is date:
        return date.fromisoformat(data)
    if hint is time:
        return time.fromisoformat(data)
    if hint is Decimal:
        return Decimal(data)
    if hint is bytes:
        return base64.b64decode(data.encode("ascii"), validate=True)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(data)
    if _is_dataclass(hint):
        return _load_dataclass(data, hint, where)
    if origin is tuple and args and args[-1] is not Ellipsis:
        return tuple(_load(v, a, f"{where}[{i}]") for i, (v, a) in enumerate(zip(data, args, strict=True)))
    if origin in _SEQUENCES:
        item = args[0] if args else object
        values = [_load(v, item, f"{where}[{i}]") for i, v in enumerate(data)]
        # An abstract Sequence comes back as a tuple: command inputs are values, not buffers.
        return list(values) if origin is list else frozenset(values) if origin in (frozenset, Set) \
            else set(values) if origin is set else tuple(values)
    if origin in _MAPPINGS:
        key, item = args
        return {_load_key(k, key, where): _load(v, item, f"{where}[{k!r}]") for k, v in data.items()}
    raise TypeError(f"{where or 'value'}: cannot carry {hint!r} as JSON")


def _load_dataclass(data, hint, where):
    if not isinstance(data, dict):
        raise TypeError(f"{where or 'value'}: {data!r} is not an object of {hint.__name__}")
    known = dict(_fields(hint))
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise TypeError(f"{where or 'value'}: {hint.__name__} has no field {', '.join(unknown)}")
    return hint(**{name: _load(v, known[name], f"{where}.{name}") for name, v in data.items()})


def _fits(value, arm) -> bool:
    """Which arm of a union `value` belongs to (a date is not a datetime, a bool not an int)."""
    if arm is type(None):
        return value is None
    if arm in UNTYPED:
        return True
    if arm is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if arm is int:
        return isinstance(value, int) and not isinstance(value, bool)
    origin = typing.get_origin(arm)
    if origin in _SEQUENCES:
        return isinstance(value, (list, tuple, set, frozenset))
    if origin in _MAPPINGS:
        return isinstance(value, Mapping)
    return isinstance(value, origin or arm)


def _dump_key(key, hint, where):
    if hint is str or (isinstance(hint, type) and issubclass(hint, str)):
        return _dump(key, hint, where)
    if hint in (int, date, datetime) or (isinstance(hint, type) and issubclass(hint, enum.Enum)):
        return str(_dump(key, hint, where))
    raise TypeError(f"{where or 'value'}: a mapping key of {hint!r} cannot travel as JSON")


def _load_key(key, hint, where):
    if hint is int:
        return int(key)
    if isinstance(hint, type) and issubclass(hint, enum.IntEnum):
        return hint(int(key))
    return _load(key, hint, where)


@cache
def _fields(cls) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


def _is_dataclass(hint) -> bool:
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


# ---- untyped values: the value carries its own tag ------------------------------------------------

def _dump_tagged(value, where):
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, _SCALARS):
        return value
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, tuple):
        return {"$tuple": [_dump_tagged(v, f"{where}[{i}]") for i, v in enumerate(value)]}
    if isinstance(value, list):
        return [_dump_tagged(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, frozenset | set):
        return {"$set": [_dump_tagged(v, where) for v in sorted(value, key=repr)]}
    if isinstance(value, Mapping):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _dump_tagged(v, f"{where}[{k!r}]") for k, v in value.items()}
        return {"$map": [[_dump_tagged(k, where), _dump_tagged(v, f"{where}[{k!r}]")] for k, v in value.items()]}
    raise TypeError(f"{where or 'value'}: {type(value).__name__} has no type hint to travel as JSON by")


_TAGS = {
    "$datetime": datetime.fromisoformat,
    "$date": date.fromisoformat,
    "$time": time.fromisoformat,
    "$decimal": Decimal,
    "$bytes": lambda text: base64.b64decode(text.encode("ascii"), validate=True),
}


def _load_tagged(data, where):
    if isinstance(data, list):
        return [_load_tagged(v, where) for v in data]
    if not isinstance(data, dict):
        return data
    if len(data) == 1:
        (tag, inner), = data.items()
        if tag in _TAGS:
            return _TAGS[tag](inner)
        if tag == "$tuple":
            return tuple(_load_tagged(v, where) for v in inner)
        if tag == "$set":
            return frozenset(_load_tagged(v, where) for v in inner)
        if tag == "$map":
            return {_load_tagged(k, where): _load_tagged(v, where) for k, v in inner}
    return {k: _load_tagged(v, f"{where}[{k!r}]") for k, v in data.items()}


__all__ = ["check", "dump", "load"]
