"""The conflict queue (issue 14): operations from a laptop whose premises failed at check-in, with the office's
side, the laptop's side and the reason, for the 部门负责人 or the officer to decide (apply, adapt or drop)."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ipcase.db.models.admin import User
from ipcase.db.models.sync import Checkout, CheckoutRecord, SyncConflict
from ipcase.dto.sync_status import ConflictEntry
from ipcase.uow import UnitOfWork


def _json(text: str | None) -> dict:
    """A stored side or input set as a dict (a list or scalar is wrapped, an unreadable text shown as it is)."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def conflict_queue(uow: UnitOfWork, *, office_id: int | None = None, open_only: bool = True,
                   checkout_id: int | None = None) -> tuple[ConflictEntry, ...]:
    """Open conflicts (or all, `open_only=False`) of `office_id`'s check-outs, oldest operation first."""
    s = uow.session
    laptop_user, decider = aliased(User), aliased(User)
    q = (select(SyncConflict, Checkout.laptop_name, laptop_user.full_name, decider.full_name, CheckoutRecord.number)
         .join(Checkout, Checkout.id == SyncConflict.checkout_id)
         .outerjoin(laptop_user, laptop_user.id == SyncConflict.laptop_user_id)
         .outerjoin(decider, decider.id == SyncConflict.decided_by_id)
         .outerjoin(CheckoutRecord, (CheckoutRecord.checkout_id == SyncConflict.checkout_id)
                    & (CheckoutRecord.kind == SyncConflict.record_kind)
                    & (CheckoutRecord.record_id == SyncConflict.record_id))
         .order_by(SyncConflict.checkout_id, SyncConflict.seq, SyncConflict.id))
    if office_id is not None:
        q = q.where(Checkout.office_id == office_id)
    if open_only:
        q = q.where(SyncConflict.state == "open")
    if checkout_id is not None:
        q = q.where(SyncConflict.checkout_id == checkout_id)
    out = []
    for c, laptop_name, user_name, decider_name, number in s.execute(q):
        inputs = _json(c.inputs_json)
        # The stored inputs may be a whole Command.to_json() (command + inputs) or the inputs alone.
        if set(inputs) >= {"command", "inputs"} and isinstance(inputs.get("inputs"), dict):
            inputs = inputs["inputs"]
        out.append(ConflictEntry(
            id=c.id, version=c.version, checkout_id=c.checkout_id, laptop_name=laptop_name, op_id=c.op_id,
            seq=c.seq, command=c.command, inputs=inputs, laptop_at=c.laptop_at, laptop_user_name=user_name or "",
            record_kind=c.record_kind or "", record_id=c.record_id, record_number=number or "",
            reason_code=c.reason_code, reason_detail=c.reason_detail or "", office_side=_json(c.office_side_json),
            laptop_side=_json(c.laptop_side_json), state=c.state, decided_by_name=decider_name or "",
            decided_at=c.decided_at, decision_reason=c.decision_reason or ""))
    return tuple(out)
