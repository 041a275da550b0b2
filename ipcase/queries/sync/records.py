"""Whether a case, intake item or mediation case is 外出办案 — lent to an officer's laptop — for the line under the
record's header (who, which laptop, since, until). In a laptop copy every record it holds is out on this laptop."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.sync import Checkout, CheckoutRecord, LaptopState
from ipcase.dto.sync_status import RecordCheckout
from ipcase.uow import UnitOfWork

KINDS = ("case", "intake", "mediation")


def record_checkout(uow: UnitOfWork, *, kind: str, record_id: int) -> RecordCheckout | None:
    if kind not in KINDS:
        raise ValueError(kind)
    s = uow.session
    state = s.scalars(select(LaptopState).order_by(LaptopState.id).limit(1)).first()
    if state is not None:
        name = s.scalar(select(User.full_name).where(User.id == state.user_id))
        return RecordCheckout(kind, record_id, state.checkout_id, name or "", state.laptop_name,
                              state.checked_out_at, state.until, on_this_laptop=True)
    row = s.execute(
        select(Checkout, User.full_name)
        .join(CheckoutRecord, CheckoutRecord.checkout_id == Checkout.id)
        .join(User, User.id == Checkout.user_id)
        .where(CheckoutRecord.kind == kind, CheckoutRecord.record_id == record_id,
               CheckoutRecord.returned_at.is_(None), Checkout.state == "out")
        .order_by(Checkout.created_at.desc()).limit(1)).first()
    if row is None:
        return None
    c, name = row
    return RecordCheckout(kind, record_id, c.id, name or "", c.laptop_name, c.created_at, c.until)
