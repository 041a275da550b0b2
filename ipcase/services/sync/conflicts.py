"""The conflict queue's decisions and 结束外出 (issue 14).

An operation of a laptop the office did not take at check-in (ipcase.sync.checkin) waits in `sync_conflicts` until
a person decides it: **apply** (run it now as the laptop made it, against the office's record as it is now),
**adapt** (run it with inputs the person edited, checked like any input), or **drop** (with a reason; a 文号 the
laptop printed for it is marked void with that reason). Applying still goes through the office's rules: a refusal
comes back to the person and nothing changes. The decision is recorded under the decider's name, the operation's
own changes under the laptop user's name at the laptop's time (marked offline). The laptop learns the outcome at
its next check-in (the operation's id is answered from `applied_operations`).

The officer whose laptop it is decides their own queue (`sync.decide_conflict`); the 部门负责人 any (`sync.decide_any`).
A 处(科)室负责人 or 部门负责人 ends a check-out (`sync.end_checkout`): the records are the office's again at once,
and whatever the laptop still sends goes to the queue (`checkout_ended`)."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ipcase.db import office_scope
from ipcase.db.models.admin import User
from ipcase.db.models.sync import AppliedOperation, Checkout, SyncConflict
from ipcase.domain.permissions import may
from ipcase.errors import NotFound, PermissionDenied, TransitionRefused, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.services.common import actor
from ipcase.sync import checkin, settling
from ipcase.uow import UnitOfWork

DECISIONS = ("apply", "adapt", "drop")


def decide_conflict(uow: UnitOfWork, *, actor_id: int, conflict_id: int, decision: str,
                    inputs: dict | None = None, reason: str = "", now: datetime,
                    version: int | None = None) -> str:
    """Decide one waiting operation; returns the state it ends in ('applied', 'adapted' or 'dropped').
    `inputs`: for 'adapt', the command's inputs as the queue shows them (JSON data, Command.to_json()["inputs"]),
    edited. `version`: the conflict's version the person saw (two deciders at once: the second is refused)."""
    s = uow.session
    user = actor(s, actor_id, "sync.decide_conflict", "decide_conflict")
    conflict = existing(s, SyncConflict, "sync_conflict", conflict_id)
    office_scope.require_writable(s, conflict, "sync_conflict", "decide_conflict")
    if version is not None and conflict.version != version:
        raise TransitionRefused("decide_conflict", conflict.state, "changed", str(conflict.version))
    if conflict.state != "open":
        raise TransitionRefused("decide_conflict", conflict.state, "already_decided")
    checkout = s.get(Checkout, conflict.checkout_id)
    if checkout.user_id != user.id and not may(user.role, "sync.decide_any"):
        raise PermissionDenied("decide_conflict", user.role)
    if decision not in DECISIONS:
        raise ValidationFailed("decision", "choice", value=decision)
    if decision == "drop" and not reason.strip():
        raise ValidationFailed("reason", "required")
    if decision == "adapt" and not isinstance(inputs, dict):
        raise ValidationFailed("inputs", "required")
    op = _op(conflict)
    if decision == "adapt" and inputs.get("actor_id", op.inputs.get("actor_id")) != op.inputs.get("actor_id"):
        # the operation stays the laptop user's act: adapting corrects what they entered, not who acted
        raise ValidationFailed("actor_id", "fixed", value=inputs.get("actor_id"))
    state = {"apply": "applied", "adapt": "adapted", "drop": "dropped"}[decision]
    conflict.state, conflict.decided_by_id, conflict.decided_at = state, user.id, now
    conflict.decision_reason = reason.strip()
    if decision == "drop":
        done = s.get(AppliedOperation, op.op_id)
        if done is not None:
            done.status, done.applied_at = "dropped", now
        settling.void_numbers(s, checkout.id, op.numbers, reason.strip(), now)
        settling.settle_in(s, checkout, now)
        uow.commit()
        return state
    s.flush()   # the decision, recorded under the decider's name before the operation runs as the laptop's user
    run_inputs = inputs if decision == "adapt" else op.inputs
    viewer = s.info.pop(office_scope.VIEWER_KEY, None)   # the operation acts as its own user, not the window's
    decider = {k: s.info.get(k) for k in ("actor_id", "actor_office_id", "action")}

    def finish(session: Session) -> None:
        session.info.update(decider)
        settling.settle_in(session, checkout, now)

    try:
        checkin.run_replayed(uow, checkout, op, run_inputs, now=now, status=state, finish=finish)
    finally:
        if viewer is not None:
            s.info[office_scope.VIEWER_KEY] = viewer
    return state


def end_checkout(uow: UnitOfWork, *, actor_id: int, checkout_id: int, reason: str, now: datetime,
                 version: int | None = None) -> None:
    """结束外出: the check-out's records are the office's again; what the laptop sends later waits in the queue."""
    user, checkout = supervised_checkout(uow.session, actor_id, checkout_id, "end_checkout", version)
    if checkout.state != "out":
        raise TransitionRefused("end_checkout", checkout.state, "not_out")
    if not reason.strip():
        raise ValidationFailed("reason", "required")
    checkout.state, checkout.ended_at, checkout.ended_by_id = "ended", now, user.id
    checkout.end_reason = reason.strip()
    uow.commit()


def supervised_checkout(s: Session, actor_id: int, checkout_id: int, action: str,
                        version: int | None) -> tuple[User, Checkout]:
    """The check-out a supervisor acts on (结束外出, 作废预留文号): the gesture `sync.end_checkout`, the office's own
    check-out, and — with `version`, the one the page showed — not changed by someone else since."""
    user = actor(s, actor_id, "sync.end_checkout", action)
    checkout = existing(s, Checkout, "checkout", checkout_id)
    office_scope.require_writable(s, checkout, "checkout", action)
    if version is not None and checkout.version != version:
        raise TransitionRefused(action, checkout.state, "changed", str(checkout.version))
    return user, checkout


def _op(conflict: SyncConflict) -> checkin.OutboxOp:
    laptop: dict[str, Any] = json.loads(conflict.laptop_side_json or "{}")
    stored = json.loads(conflict.inputs_json or "{}")
    inputs = stored.get("inputs", stored) if isinstance(stored, dict) and "command" in stored else stored
    if not isinstance(inputs, dict):
        raise NotFound("sync_conflict_inputs", conflict.id)
    return checkin.OutboxOp(op_id=conflict.op_id, seq=conflict.seq, command=conflict.command, inputs=inputs,
                            at=conflict.laptop_at, user_id=conflict.laptop_user_id, seen=laptop.get("seen") or {},
                            result=laptop.get("result"))


__all__ = ["DECISIONS", "decide_conflict", "end_checkout", "supervised_checkout"]
