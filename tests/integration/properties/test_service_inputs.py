"""Property-based tests of every service entry point (issue 12), on SQLite and PostgreSQL.

Every command of `ipcase/commands/table.py` is run with inputs drawn from its type hints: arbitrary Unicode,
empty and huge strings, control characters, BOM and zero-width characters, out-of-range dates, enum fields with
values that are not members, ids of real and missing rows, every user as actor. The only exception that may
escape is one of the project's own (IpcaseError: ValidationFailed(s), PermissionDenied, NotFound, …); a
DataError, an OverflowError or a KeyError is a bug. What is accepted is stored exactly: a request registered with
arbitrary text reads back as typed (as the input gate cleaned it).

Examples are few per command (modest, derandomized: the same on every run) so the suite stays fast."""
from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from case_helpers import Driver, at, sample_request
from ipcase import commands
from ipcase.db.models.cases import Case, Party
from ipcase.domain.text import TextRefused, clean_identifier, clean_text
from ipcase.dto.cases import PartyInput
from ipcase.errors import IpcaseError
from ipcase.queries.cases.register import case_detail
from ipcase.services.boundary import IDENTIFIERS, SINGLE_LINE

NOW = datetime(2026, 11, 2, 9, 30)
DAY = date(2026, 10, 12)
EXAMPLES = 12

NASTY = ["", " ", "\u3000", "\x00", "\x0b", "\r\n", "a\rb", "\x1b[31m", "\ufeff", "\u200b\u200d", "\ufffe",
         "\uffff", "=HYPERLINK(\"x\")", "../../x", "C:\\Windows\\x", "\t", "长" * 100_000, "a" * 301,
         "宁波华辰科技有限公司", "ZL201610259567.X", "91330200MA2AB1234Y"]
TEXT = st.one_of(st.text(max_size=30), st.sampled_from(NASTY),
                 st.text(alphabet=st.characters(max_codepoint=0x20), max_size=4))
DATES = st.one_of(st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(1984, 12, 31),
                                               date(1985, 4, 1), DAY, NOW.date()]))
PAYLOAD_KEYS = ["registered_date", "summary", "reason", "served", "defects", "correction_due", "refusal_reasons",
                "decided_date", "note", "length", "unit", "ground", "start_date", "held_date", "outcome",
                "ruling_date", "revoke_reason", "terms", "method", "x"]

SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


def strategy(hint, name: str, ids: Sequence[int]):
    """Values of `hint` (a parameter or field called `name`), with ids drawn from rows that exist and not."""
    if name.endswith("_id") or name == "id" or name.endswith("_ids"):
        one = st.sampled_from(list(ids) + [0, 999_999])
        if typing.get_origin(hint) in (tuple, list) or name.endswith("_ids"):
            return st.lists(one, max_size=3).map(tuple)
        return st.one_of(st.none(), one) if _optional(hint) else one
    if name == "now":
        return st.just(NOW)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*[st.none() if a is type(None) else strategy(a, name, ids) for a in args])
    if hint is str or hint is object or hint is typing.Any:
        return TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-5, 1_000_000)
    if hint is Decimal:
        return st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**9, max_value=10**9)
    if hint is datetime:
        return st.builds(datetime.combine, DATES, st.sampled_from([time(0), time(9, 30), time(23, 59)]))
    if hint is date:
        return DATES
    if hint is bytes:
        return st.binary(max_size=64)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.one_of(st.sampled_from(list(hint)), TEXT)
    if dataclasses.is_dataclass(hint):
        return _instance(hint, ids)
    if origin in (tuple, list, Sequence):
        inner = args[0] if args else str
        if len(args) > 1 and args[1] is not Ellipsis:
            return st.tuples(*[strategy(a, name, ids) for a in args])
        return st.lists(strategy(inner, name, ids), max_size=3).map(tuple if origin is not list else list)
    if origin in (dict, Mapping) or hint is dict:
        return st.dictionaries(st.sampled_from(PAYLOAD_KEYS), st.one_of(TEXT, DATES, st.integers(-5, 100),
                                                                        st.lists(TEXT, max_size=2)), max_size=5)
    return TEXT


def _optional(hint) -> bool:
    return type(None) in typing.get_args(hint)


def _instance(cls, ids):
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]

    @st.composite
    def build(draw):
        values = {f.name: draw(strategy(hints[f.name], f.name, ids)) for f in fields}
        try:
            return cls(**values)
        except Exception:   # the input type itself refuses (its own __post_init__): not a service's business
            assume(False)
    return build()


@pytest.fixture
def world(new_uow, staff):
    """An office with its staff, one case received and one registered."""
    received = Driver.new(new_uow, staff, at(DAY), received=DAY)
    registered = Driver.new(new_uow, staff, at(DAY), received=DAY)
    registered.panel(at(DAY))
    registered.act_approved("register", {"registered_date": DAY}, at(DAY))
    users = [staff.admin, staff.officer, staff.officer2, staff.clerk, staff.section_head, staff.dept_head]
    ids = sorted({u.id for u in users} | {received.ref.id, registered.ref.id, 1, 2, 3})
    return ids


def test_no_input_makes_a_service_raise_anything_but_its_own_errors(new_uow, staff, world):
    escaped: dict[str, str] = {}
    for spec in commands.specs():
        params = {p.name: p for p in spec.params}
        hints = {name: p.type for name, p in params.items()}
        required = [n for n, p in params.items() if p.required]
        optional = [n for n, p in params.items() if not p.required]
        inputs = st.fixed_dictionaries({n: strategy(hints[n], n, world) for n in required},
                                       optional={n: strategy(hints[n], n, world) for n in optional})

        def attempt(inputs, name=spec.name):
            try:
                commands.run(name, new_uow, **inputs)
            except IpcaseError:
                pass

        run = SETTINGS(given(inputs=inputs)(attempt_with(attempt)))

        try:
            run()
        except Exception as e:   # noqa: BLE001 — what escaped, by command, all reported at once
            escaped[spec.name] = f"{type(e).__name__}: {str(e)[:300]}"
    assert not escaped, "\n".join(f"{name}: {what}" for name, what in sorted(escaped.items()))


def attempt_with(attempt):
    """A one-argument function for @given (which refuses functions with defaults)."""
    def run(inputs):
        attempt(inputs)
    return run


def stored(value: str, name: str) -> str:
    """What the services store for a typed text: cleaned by the input gate, then trimmed."""
    if name in IDENTIFIERS:
        return clean_identifier(value)
    return clean_text(value, lines=name not in SINGLE_LINE).strip()


@SETTINGS
@given(name=TEXT, address=TEXT, legal_rep=TEXT, summary=TEXT, product=TEXT)
@example(name="宁波华辰科技有限公司\r\n", address="  宁波市\t高新区1号 ", legal_rep="\u200b",
         summary="请求一\v请求二\r\n", product="折叠露营椅")   # accepted, and cleaned on the way
@example(name="0", address="", legal_rep="", summary="\x08", product="")   # refused for the summary alone
def test_what_a_request_accepts_it_stores_exactly(new_uow, staff, name, address, legal_rep, summary, product):
    base = sample_request()
    data = dataclasses.replace(
        base, request_summary=summary, accused_product=product,
        requesters=(dataclasses.replace(base.requesters[0], name=name, address=address, legal_rep=legal_rep),),
        respondents=(PartyInput("义乌市鼎盛贸易商行"),))
    try:
        ref = commands.run("cases.register_request", new_uow, actor_id=staff.officer.id, data=data, now=NOW)
    except IpcaseError:
        try:   # refused: only because a text cannot be stored, a name is empty or a text is over its column
            expected = {"name": stored(name, "name"), "address": stored(address, "address"),
                        "legal_rep": stored(legal_rep, "legal_rep"),
                        "accused_product": stored(product, "accused_product"),
                        "request_summary": stored(summary, "request_summary")}
        except TextRefused:
            return
        limits = {"name": Party.name, "address": Party.address, "legal_rep": Party.legal_rep,
                  "accused_product": Case.accused_product}
        assert not expected["name"] or any(
            column.type.length is not None and len(expected[key]) > column.type.length
            for key, column in limits.items())
        return
    with new_uow() as uow:
        d = case_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date())
    requester = next(p for p in d.parties if p.role == "requester")
    assert (requester.name, requester.address, requester.legal_rep, d.request_summary, d.accused_product) == (
        stored(name, "name"), stored(address, "address"), stored(legal_rep, "legal_rep"),
        stored(summary, "request_summary"), stored(product, "accused_product"))
