"""The check-in's own transactions (ipcase.sync.checkin replays and queues, ipcase.sync.settling settles): each
locks the check-out first and writes its bookkeeping as the officer whose laptop it is."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ipcase.audit import capture
from ipcase.db.models.sync import Checkout
from ipcase.errors import NotFound


def lock_checkout(s: Session, checkout_id: int) -> Checkout:
    """The check-out, locked for this transaction: two check-ins of one laptop at once (the package and the
    direct path, two clicks) take the operations in turn, and the second finds each one already dealt with.
    SQLite's write transaction serialises them already."""
    checkout = s.get(Checkout, checkout_id, with_for_update=s.bind.dialect.name != "sqlite")
    if checkout is None:
        raise NotFound("checkout", checkout_id)
    return checkout


def act_as_checkin(s: Session, checkout: Checkout, now: datetime, user_id: int | None = None) -> None:
    """Who writes the check-in's own bookkeeping: the user of the operation at hand (`user_id`), else the officer
    whose laptop it is; in the check-out's office, at the office's time."""
    s.info["actor_id"] = user_id or checkout.user_id
    s.info["actor_office_id"] = checkout.office_id
    s.info["action"] = "sync.checkin"
    s.info[capture.AT] = now


__all__ = ["act_as_checkin", "lock_checkout"]
