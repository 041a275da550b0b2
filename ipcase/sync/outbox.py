"""The outbox of a field laptop (issue 14): every command run on a laptop copy, recorded in its own transaction.

`install()` (called by ipcase.uow.uow_factory) hooks `record_call` into ipcase.services.boundary, the gate every
service call passes (the UI's AppContext.db, ipcase.commands.run, scripts). On an office database, or for a
service that is not a registered command (login, exports, queries), the call runs as it always did. On a laptop
copy a command runs with a unit of work whose `commit` only flushes; when the service has committed, one
`outbox` row is added — the command's name (ipcase.commands.table, looked up by the function), its inputs as
`Command(name, inputs).to_json()`, the version of each case / intake item / mediation case it wrote to as the
laptop saw it before (`seen_json`, "case:12" → 7; records the command itself created are not premises), the 文号
it took from the reserved blocks (`seen_json["numbers"]`), its result (ipcase.sync.results.dump_result, for the
office to map the laptop's new ids) — and the transaction commits once, row and work together. A service that
does not commit (it refused, or had nothing to do) leaves no operation.

A batch command (one that takes a unit-of-work factory and commits item by item) is one operation per call on
the laptop: its items run as savepoints of one transaction, exactly as the check-in replays it
(ipcase.sync.checkin), so a failed item is undone alone and the outbox row commits with the items that held.

A command run inside another command's recording (a service composing commands) is part of the outer operation.
A user's change to a record on a laptop copy outside any recording (a script calling a service function
directly) is refused with `UnrecordedChange`: it would never reach the office."""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ipcase import commands
from ipcase.audit import capture
from ipcase.commands.table import COMMANDS
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.db.models.sync import OutboxOperation
from ipcase.services import boundary
from ipcase.sync import guard, laptop, units
from ipcase.sync.results import dump_result

RECORDING = "sync.outbox_recording"   # session.info: an operation is being recorded in this session
_COMMITTED = "sync.outbox_committed"   # session.info: the recorded command committed its work
_ITEMS = "sync.outbox_items"           # session.info: how many items of a recorded batch were kept
_KINDS = {Case: "case", IntakeItem: "intake", MediationCase: "mediation"}
_MODELS = {kind: model for model, kind in _KINDS.items()}


class UnrecordedChange(RuntimeError):
    """A user's change to a record on a laptop copy that no outbox operation records: a script called a service
    function directly instead of through `commands.run`. Refused, because the office would never receive it."""


_installed = False


def install() -> None:
    global _installed
    laptop.install()
    boundary.install_around(record_call)
    if not _installed:
        event.listen(Session, "after_flush", _refuse_unrecorded)
        _installed = True


def _refuse_unrecorded(session: Session, _context) -> None:
    """Nothing a user changes on a laptop copy's records is lost: a flush writing to a case, intake item or
    mediation case (or a part of one) in a user's gesture (`actor_id` set by services.common.actor) outside a
    recorded command is refused. System work (start-up routines) and what is not a record (a login's counters,
    the outbox, laptop_state) pass."""
    if session.info.get(RECORDING) or session.info.get("actor_id") is None or not laptop.is_laptop(session):
        return
    written = guard.written_rows(session)
    if written and guard.records_of(session, written):
        raise UnrecordedChange(f"{session.info.get('action') or 'a change'} on a laptop copy outside "
                               "ipcase.commands.run / the window: it would never reach the office")


@cache
def _names() -> dict[str, str]:
    """"module:function" → command name (the reverse of ipcase.commands.table)."""
    return {target: name for name, target, _summary in COMMANDS}


def command_of(fn: Callable) -> str | None:
    return _names().get(f"{getattr(fn, '__module__', '')}:{getattr(fn, '__name__', '')}")


def record_call(fn: Callable, args: tuple, kwargs: dict) -> Any:
    name = command_of(fn)
    if name is None or not args:
        return fn(*args, **kwargs)
    uow, rest = args[0], args[1:]
    if commands.spec(name).takes_uow_factory:
        return _record_batch(name, fn, uow, rest, kwargs)
    session = getattr(uow, "session", None)
    if session is None or session.info.get(RECORDING) or not laptop.is_laptop(session):
        return fn(*args, **kwargs)
    return _record(name, fn, uow, uow, rest, kwargs)


def _record_batch(name: str, fn: Callable, factory: Callable, rest: tuple, kwargs: dict) -> Any:
    with factory() as outer:
        offline = laptop.is_laptop(outer.session) and not outer.session.info.get(RECORDING)
        if offline:
            return _record(name, fn, outer, lambda *_a, **_k: Savepoint(outer), rest, kwargs)
    return fn(factory, *rest, **kwargs)


def _record(name: str, fn: Callable, uow, given, rest: tuple, kwargs: dict) -> Any:
    s: Session = uow.session
    tracker = _Tracker(s)
    unit = Deferred(uow) if given is uow else given
    s.info[RECORDING] = True
    s.info[laptop.USED] = []
    try:
        tracker.start()
        try:
            result = fn(unit, *rest, **kwargs)
            s.flush()
        finally:
            tracker.stop()
        used = s.info.pop(laptop.USED, [])
        if not (Deferred.committed(uow) or Savepoint.any_committed(uow)):
            return result   # the service wrote nothing it meant to keep
        _write(name, s, uow, kwargs, tracker, used, result)
        return result
    finally:
        s.info.pop(RECORDING, None)
        s.info.pop(laptop.USED, None)


def _write(name: str, s: Session, uow, kwargs: dict, tracker: _Tracker, used: list, result: Any) -> None:
    """The operation's outbox row, committed with the work."""
    laptop.settle_used(s, used)
    inputs = {k: v for k, v in kwargs.items() if k not in commands.HOOKS}
    seen: dict[str, Any] = tracker.seen()
    if used:
        seen["numbers"] = used
    at = inputs.get("now") if isinstance(inputs.get("now"), datetime) else s.info.get(capture.AT)
    s.add(OutboxOperation(
        op_id=str(uuid.uuid4()), command=name,
        inputs_json=json.dumps(commands.Command(name, inputs).to_json(), ensure_ascii=False),
        seen_json=json.dumps(seen, ensure_ascii=False, sort_keys=True), result_json=dump_result(result),
        at=at or datetime.now().replace(microsecond=0), user_id=inputs.get("actor_id", s.info.get("actor_id")),
        state="pending", message=""))
    uow.commit()


class _Tracker:
    """Which records an operation wrote to, and their versions before it."""

    def __init__(self, session: Session):
        self.s = session
        self.loaded: dict[tuple[str, int], int] = {}
        self.touched: set[tuple[str, int]] = set()
        self.created: set[tuple[str, int]] = set()

    def start(self) -> None:
        # Records already in the session were loaded before the operation: their versions are what it saw.
        for obj in list(self.s.identity_map.values()):
            self._loaded(self.s, obj)
        event.listen(self.s, "loaded_as_persistent", self._loaded)
        event.listen(self.s, "after_flush", self._flushed)

    def stop(self) -> None:
        event.remove(self.s, "loaded_as_persistent", self._loaded)
        event.remove(self.s, "after_flush", self._flushed)

    def _loaded(self, _session, obj) -> None:
        kind = _KINDS.get(type(obj))
        if kind is not None:
            ident = inspect(obj).identity
            if ident is not None:
                self.loaded.setdefault((kind, ident[0]), inspect(obj).committed_state.get("version", obj.version))

    def _flushed(self, session: Session, _context) -> None:
        for obj in session.new:
            kind = _KINDS.get(type(obj))
            if kind is not None:
                self.created.add((kind, obj.id))
        self.touched |= guard.records_of(session, guard.written_rows(session))

    def seen(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for kind, rid in sorted(self.touched - self.created):
            version = self.loaded.get((kind, rid))
            if version is None:   # written to through a child row only: the record itself is as it was
                model = _MODELS[kind]
                version = self.s.scalar(select(model.version).where(model.id == rid))
            out[f"{kind}:{rid}"] = version
        return out


class Deferred(units.Deferred):
    """The unit of work a recorded command sees: `commit` flushes and notes that the command kept its work; the
    recorder commits once, with the outbox row."""

    def __init__(self, uow):
        super().__init__(uow, getattr(uow, "viewer_id", None))
        self.session.info[_COMMITTED] = False

    def kept(self) -> None:
        self.session.info[_COMMITTED] = True

    @staticmethod
    def committed(uow) -> bool:
        return bool(uow.session.info.pop(_COMMITTED, False))


class Savepoint(units.Savepoint):
    """One item of a batch command on a laptop: a savepoint; its failure undoes that item only (and the audit
    entries it queued). The items kept are counted: a batch that kept none leaves no operation."""

    def __init__(self, uow):
        super().__init__(uow, getattr(uow, "viewer_id", None))

    def kept(self) -> None:
        self.session.info[_ITEMS] = self.session.info.get(_ITEMS, 0) + 1

    @staticmethod
    def any_committed(uow) -> bool:
        return bool(uow.session.info.pop(_ITEMS, 0))


__all__ = ["RECORDING", "Deferred", "Savepoint", "UnrecordedChange", "command_of", "install", "record_call"]
