"""The user gestures as named commands: one registry, stable names, typed inputs.

    from ipcase import commands
    with new_uow() as uow:
        ref = commands.run("cases.register_request", uow, actor_id=3, data=request, now=now)

A command is a data-changing service function reached by its name (`ipcase/commands/table.py`) instead of its
module path, so that the audit chain can record which command ran with what inputs (`Command.to_json`), the field
laptop can replay it (`Command.from_json`, `run`), and scripts keep working when a module moves.

Who acts and when are inputs like any other: `actor_id` (absent only where no user exists yet or the system acts
at start-up) and `now` (never read from the clock behind the caller's back), so a replay does what the original
did. Services are imported on first use, so importing this module is cheap and a moved service fails the one test
that resolves every target."""
from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ipcase.commands import codec
from ipcase.commands.table import COMMANDS
from ipcase.services import boundary

# Keyword parameters that are run-time hooks, not inputs: passed through by `run`, never recorded or replayed.
HOOKS = frozenset({"progress", "cancel"})
REDACTED = "<redacted>"


class UnknownCommand(LookupError):
    def __init__(self, name: str):
        super().__init__(f"no command named {name!r} (see ipcase.commands.names())")
        self.name = name


@dataclass(frozen=True)
class Param:
    name: str
    type: Any
    required: bool
    default: Any = None
    secret: bool = False  # a password: the audit chain stores it redacted


@dataclass(frozen=True)
class CommandSpec:
    name: str
    target: str       # "module:function", where the service lives today
    summary: str

    @property
    def function(self) -> Callable:
        module, _, function = self.target.partition(":")
        return getattr(importlib.import_module(module), function)

    @property
    def params(self) -> tuple[Param, ...]:
        return _signature(self.target)[0]

    @property
    def takes_uow_factory(self) -> bool:
        """The service opens one transaction per item itself (a batch), so it needs the factory, not a unit."""
        return _signature(self.target)[1]

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise TypeError(f"{self.name} has no input {name!r}; its inputs: {', '.join(p.name for p in self.params)}")

    def check(self, inputs: Mapping[str, Any]) -> None:
        """Raise TypeError naming an unknown or missing input."""
        for name in inputs:
            self.param(name)
        missing = [p.name for p in self.params if p.required and p.name not in inputs]
        if missing:
            raise TypeError(f"{self.name} needs {', '.join(missing)}")


@dataclass(frozen=True)
class Command:
    """One gesture: which command, with what inputs (who, when, and what was typed)."""
    name: str
    inputs: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self, *, redact: bool = False) -> dict:
        """JSON-ready data; `redact` replaces passwords (for the audit chain; a redacted command cannot replay)."""
        s = spec(self.name)
        s.check(self.inputs)
        out = {}
        for name, value in self.inputs.items():
            p = s.param(name)
            out[name] = REDACTED if redact and p.secret else codec.dump(value, p.type)
        return {"command": self.name, "inputs": out}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Command:
        s = spec(data["command"])
        raw = data.get("inputs", {})
        s.check(raw)
        redacted = [name for name, value in raw.items() if s.param(name).secret and value == REDACTED]
        if redacted:
            # Replayed, it would set the password to the placeholder.
            raise ValueError(f"{s.name}: {', '.join(redacted)} was redacted; the command cannot run again")
        return cls(s.name, {name: codec.load(value, s.param(name).type) for name, value in raw.items()})


def run(command: str | Command, uow, /, **inputs) -> Any:
    """Run a command by name, `run("cases.register_request", uow, actor_id=…, data=…, now=…)`, or a recorded
    one, `run(Command(…), uow)`.

    `uow` is a unit of work the caller has entered (`with new_uow() as uow:`), or the factory itself (`new_uow`):
    then the command runs in a transaction of its own. Returns what the service returns. Keyword arguments beyond
    the inputs may only be the hooks of HOOKS (progress callback, cancel token)."""
    hooks = {k: inputs.pop(k) for k in list(inputs) if k in HOOKS}
    if isinstance(command, Command):
        if inputs:
            raise TypeError(f"run(Command(…), uow) takes its inputs from the command, not {', '.join(inputs)}")
    else:
        command = Command(command, inputs)
    s = spec(command.name)
    s.check(command.inputs)
    kwargs = {**command.inputs, **hooks}
    if s.takes_uow_factory:
        if _is_unit(uow):
            raise TypeError(f"{s.name} opens one transaction per item: pass the unit-of-work factory, not a unit")
        return boundary.call(s.function, uow, **kwargs)
    if _is_unit(uow):
        return boundary.call(s.function, uow, **kwargs)
    with uow() as unit:
        return boundary.call(s.function, unit, **kwargs)


def spec(name: str) -> CommandSpec:
    try:
        return _by_name()[name]
    except KeyError:
        raise UnknownCommand(name) from None


def specs() -> tuple[CommandSpec, ...]:
    """The whole registry, grouped by feature."""
    return tuple(_by_name().values())


def names() -> tuple[str, ...]:
    return tuple(_by_name())


@cache
def _by_name() -> dict[str, CommandSpec]:
    registry: dict[str, CommandSpec] = {}
    for name, target, summary in COMMANDS:
        if name in registry:
            raise ValueError(f"command {name!r} is registered twice")
        registry[name] = CommandSpec(name, target, summary)
    return registry


@cache
def _signature(target: str) -> tuple[tuple[Param, ...], bool]:
    """The inputs of a service (its keyword parameters, typed by its hints) and whether it takes a uow factory."""
    module, _, function = target.partition(":")
    fn = getattr(importlib.import_module(module), function)
    hints = typing.get_type_hints(fn)
    first, *rest = inspect.signature(fn).parameters.values()
    params = []
    for p in rest:
        if p.kind is not inspect.Parameter.KEYWORD_ONLY:
            raise TypeError(f"{target}: {p.name} must be keyword-only to be a command input")
        if p.name in HOOKS:
            continue
        hint = hints.get(p.name, Any)
        codec.check(hint, f"{target}({p.name})")
        required = p.default is inspect.Parameter.empty
        params.append(Param(p.name, hint, required, None if required else p.default, "password" in p.name))
    return tuple(params), typing.get_origin(hints.get(first.name)) is Callable


def _is_unit(uow) -> bool:
    return hasattr(uow, "commit") and hasattr(uow, "__enter__")


__all__ = ["Command", "CommandSpec", "HOOKS", "Param", "UnknownCommand", "names", "run", "spec", "specs"]
