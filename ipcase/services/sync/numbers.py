"""作废预留文号: the 文号 reserved for a laptop whose check-out was ended and which will never come back (lost,
stolen, broken beyond recovery) are settled by a supervisor (issue 14).

Until then the register `reserved_numbers` shows them as "reserved" forever: a gap in the office's sequence that
nobody explains. Settling marks each still-reserved number of the check-out void with the supervisor's reason
and the time, in the office's audit chain under the supervisor's name (the rows are ORM-written, so captured).
They are voided, never given back to the counter: the laptop may have printed them on documents already served
on a party before it was lost, and the same 文号 must not be issued twice. Should the laptop turn up after all,
its work still arrives through the conflict queue, and a document it numbered from the block marks that number
used (`ipcase.sync.checkin`), the reason staying on the row.

Who: the people who end a check-out (`sync.end_checkout`: 处(科)室负责人, 部门负责人) settle what it left. Only an
*ended* check-out: one still out may yet use its numbers, and a returned one settled them at its check-in."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ipcase.db.models.sync import NumberBlock, ReservedNumber
from ipcase.errors import TransitionRefused, ValidationFailed
from ipcase.services.sync.conflicts import supervised_checkout
from ipcase.uow import UnitOfWork


def void_reserved_numbers(uow: UnitOfWork, *, actor_id: int, checkout_id: int, reason: str, now: datetime,
                          version: int | None = None) -> int:
    """Void every still-reserved 文号 of the ended check-out `checkout_id` with `reason`; how many.
    `version` is the check-out's version the page showed (someone else's change since: refused as "changed")."""
    s = uow.session
    _user, checkout = supervised_checkout(s, actor_id, checkout_id, "void_numbers", version)
    if checkout.state != "ended":
        raise TransitionRefused("void_numbers", checkout.state, "not_ended")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed("reason", "required")
    reserved = s.scalars(select(ReservedNumber).join(NumberBlock, NumberBlock.id == ReservedNumber.block_id)
                         .where(NumberBlock.checkout_id == checkout_id, ReservedNumber.state == "reserved")
                         .order_by(ReservedNumber.id).with_for_update()).all()
    if not reserved:
        raise TransitionRefused("void_numbers", checkout.state, "nothing_reserved")
    for n in reserved:
        n.state, n.void_reason, n.settled_at = "void", reason, now
    uow.commit()
    return len(reserved)


__all__ = ["void_reserved_numbers"]
