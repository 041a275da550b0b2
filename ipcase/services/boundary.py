"""The one gate every service input passes: `call(fn, uow, *args, **kwargs)` cleans the text of the inputs
(`ipcase.domain.text`) and checks enumerated values, then calls the service. The UI's `AppContext.db` and
`ipcase.commands.run` (scripts, imports, replay, the coming sync) both go through it; a script that calls a
service function directly still meets `ipcase.db.column_limits` on flush, which refuses unstorable text and
over-long values on every path.

Walked by value, guided by type hints: every `str` argument, every `str` field of an input dataclass (nested,
in tuples), and every value typed as an enum. Each wrong value is reported under the key the form registers its
widget with: a dataclass argument's fields by their own path (`requesters[1].name`, `patent.number`), a plain
argument by its name (`reason`), so the message appears next to the field.

Which fields hold one line and which are identifiers is declared here once, by field name (the same name means
the same thing in every DTO: a `name` is a name wherever it is typed). Everything else may hold lines."""
from __future__ import annotations

import dataclasses
import enum
import inspect
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from ipcase.domain.text import TextRefused, clean_identifier, clean_text
from ipcase.errors import ValidationErrors, ValidationFailed

# Identifiers: BOM and zero-width characters stripped, surrounding space trimmed, one line.
IDENTIFIERS = frozenset({
    "credit_code", "id_number", "number", "patent_number", "case_number", "intake_number", "document_number",
    "mediation_case_number", "ruling_case_number", "repeat_case_number", "corrects_number",
    "corrected_by_number", "submitter_credit_code", "tracking_no", "postcode", "username", "code",
})
# One-line text: a line break is refused (a soft line break from Word too), not silently joined.
SINGLE_LINE = frozenset({
    "name", "full_name", "short_name", "legal_rep", "legal_rep_title", "phone", "title", "patentee",
    "organization", "address", "party_name", "submitter_name", "submitter_phone", "submitter_address",
    "room_name", "patent_title", "replacement_name", "challenged_name", "office_name", "accused_product",
    "case_number_pattern", "label", "court",
})
# Never touched: a password is compared, not displayed, and any character the user chose is theirs.
SECRET_MARK = "password"
# The memo of which form key typed which text, for column_limits to name the field of a value too long.
INPUT_KEYS = "input_keys"


def call(fn: Callable[..., Any], uow, /, *args, **kwargs) -> Any:
    """Call the service `fn(uow, *args, **kwargs)` with its inputs cleaned; raise ValidationFailed /
    ValidationErrors naming each wrong field. Anything that is not a service (a query) is called as is."""
    if not getattr(fn, "__module__", "").startswith("ipcase.services."):
        return fn(uow, *args, **kwargs)
    bound = inspect.signature(fn).bind(uow, *args, **kwargs)
    hints = _hints(fn)
    errors: list[ValidationFailed] = []
    keys: dict[str, str] = {}
    first = True
    for name, value in bound.arguments.items():
        if first:  # the unit of work (or factory)
            first = False
            continue
        if SECRET_MARK in name:
            continue
        whole = isinstance(value, dict) or (dataclasses.is_dataclass(value) and not isinstance(value, type))
        prefix = "" if whole else name
        bound.arguments[name] = _clean(value, hints.get(name, Any), prefix, name, errors, keys)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    session = getattr(uow, "session", None)
    if session is not None:
        session.info.setdefault(INPUT_KEYS, {}).update(keys)
    if _around is not None:
        return _around(fn, bound.args, bound.kwargs)
    return fn(*bound.args, **bound.kwargs)


# What every service call runs through once installed: the field laptop's outbox (ipcase.sync.outbox, installed
# by ipcase.uow.uow_factory) records each command run on a laptop copy in the call's own transaction. A hook
# rather than an import: the recorder needs ipcase.commands, which is built on this module.
_around: Callable[[Callable[..., Any], tuple, dict], Any] | None = None


def install_around(hook: Callable[[Callable[..., Any], tuple, dict], Any]) -> None:
    """`hook(fn, args, kwargs)` is called instead of `fn(*args, **kwargs)` for every service call (one hook)."""
    global _around
    _around = hook


def clean_inputs(value: Any, hint: Any = Any, prefix: str = "") -> Any:
    """One input (a dataclass, a string, a tuple of them) cleaned as `call` does; raises like it."""
    errors: list[ValidationFailed] = []
    out = _clean(value, hint, prefix, prefix.rsplit(".", 1)[-1], errors, {})
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return out


def _clean(value, hint, key: str, name: str, errors: list, keys: dict):
    if isinstance(value, enum.Enum):
        return value
    hint = _strip_optional(hint)
    if isinstance(value, str):
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            try:
                return hint(value)
            except ValueError:
                errors.append(ValidationFailed(key, "choice", value[:40], value=value))
                return value
        try:
            if name in IDENTIFIERS:
                cleaned = clean_identifier(value)
            else:
                cleaned = clean_text(value, lines=name not in SINGLE_LINE)
        except TextRefused as e:
            errors.append(ValidationFailed(key, e.reason, e.detail, value=value))
            return value
        if cleaned:
            keys.setdefault(cleaned.strip(), key)
        return cleaned
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        field_hints = _hints(type(value))
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init or SECRET_MARK in f.name:
                continue
            old = getattr(value, f.name)
            new = _clean(old, field_hints.get(f.name, Any), f"{key}.{f.name}" if key else f.name, f.name,
                         errors, keys)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, dict):
        # A payload of named values (a case action's form): each value under its own name, as the form keys it.
        out = {k: _clean(v, Any, f"{key}.{k}" if key else str(k), str(k), errors, keys)
               if isinstance(k, str) else v for k, v in value.items()}
        return value if all(out[k] is value[k] for k in value) else out
    if isinstance(value, (tuple, list)):
        args = typing.get_args(hint)
        item_hint = args[0] if args and (len(args) == 1 or args[-1] is Ellipsis) else Any
        items = [_clean(v, item_hint, f"{key}[{i}]", name, errors, keys) for i, v in enumerate(value)]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    return value


def _strip_optional(hint):
    """`X | None` → X; anything else as is."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        arms = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(arms) == 1:
            return arms[0]
    return hint


@cache
def _hints(obj) -> dict[str, Any]:
    try:
        return typing.get_type_hints(obj)
    except Exception:  # a hint that does not resolve at run time: walk by value only
        return {}


__all__ = ["IDENTIFIERS", "INPUT_KEYS", "SINGLE_LINE", "call", "clean_inputs", "install_around"]
