"""Settling a check-in at its end (issue 14, ipcase.sync.checkin): the records with nothing open in the conflict
queue go back to the office, the check-out ends when nothing at all is open, and the 文号 reserved for the laptop
are settled — the ones it used marked with the document that carries them, the unused ones given back to the
counter while they are still its top (the register stays gapless), else marked void ('unused')."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ipcase.db.models.admin import Sequence
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.sync import Checkout, CheckoutRecord, NumberBlock, ReservedNumber, SyncConflict
from ipcase.sync.checkin_session import act_as_checkin, lock_checkout


def settle(new_uow: Callable, checkout_id: int, now: datetime) -> dict:
    """Return the records with nothing open; end the check-out and settle its 文号 when nothing is open at all."""
    with new_uow(viewer_id=None) as uow:
        s = uow.session
        checkout = lock_checkout(s, checkout_id)
        act_as_checkin(s, checkout, now)
        out = settle_in(s, checkout, now)
        uow.commit()
    return out


def settle_in(s: Session, checkout: Checkout, now: datetime) -> dict:
    """`settle` inside the caller's transaction (a decision in the queue settles what it closed)."""
    checkout_id = checkout.id
    open_records = set(s.execute(select(SyncConflict.record_kind, SyncConflict.record_id).where(
        SyncConflict.checkout_id == checkout_id, SyncConflict.state == "open")).all())
    returned = 0
    if checkout.state == "out":
        for held in s.scalars(select(CheckoutRecord).where(CheckoutRecord.checkout_id == checkout_id,
                                                           CheckoutRecord.returned_at.is_(None))):
            if (held.kind, held.record_id) not in open_records:
                held.returned_at = now
                returned += 1
    back: tuple[int, ...] = ()
    void: tuple[int, ...] = ()
    if not open_records:
        if checkout.state == "out":
            checkout.state = "returned"
        back, void = settle_numbers(s, checkout_id, now)
    state = checkout.state
    return {"checkout_state": state, "returned_records": returned, "numbers_returned": back,
            "numbers_void": void}


def settle_numbers(s: Session, checkout_id: int, now: datetime, reason: str = "unused"):
    """The block's numbers the laptop did not use: back to the counter while they are its top (the register stays
    gapless), else void with `reason` (a number inside the register that nobody carries must be explained)."""
    back, void = [], []
    for block in s.scalars(select(NumberBlock).where(NumberBlock.checkout_id == checkout_id)):
        unused = s.scalars(select(ReservedNumber).where(ReservedNumber.block_id == block.id,
                                                        ReservedNumber.state == "reserved")
                           .order_by(ReservedNumber.number.desc())).all()
        for n in unused:
            lowered = s.execute(update(Sequence).where(
                Sequence.office_id == block.office_id, Sequence.kind == block.kind, Sequence.year == block.year,
                Sequence.last_value == n.number).values(last_value=n.number - 1)).rowcount
            if lowered:
                n.state, n.settled_at = "returned", now
                back.append(n.number)
            else:
                n.state, n.settled_at, n.void_reason = "void", now, reason
                void.append(n.number)
    return tuple(back), tuple(void)


def void_numbers(s: Session, checkout_id: int, numbers: Iterable[tuple[str, int, int]], reason: str,
                 now: datetime) -> None:
    """The laptop printed these numbers on a document the office will not have (a dropped operation)."""
    for kind, year, number in numbers:
        row = _reserved(s, checkout_id, kind, year, number)
        if row is not None and row.state == "reserved":
            row.state, row.void_reason, row.settled_at = "void", reason, now


def mark_numbers(s: Session, checkout: Checkout, used: list[tuple[str, int, int]], now: datetime) -> None:
    """The reserved numbers a replayed operation used: 'used', with the document that carries a 文号."""
    for kind, year, number in used:
        row = _reserved(s, checkout.id, kind, year, number)
        if row is None:
            continue
        doc = s.scalar(select(IssuedDocument).where(
            IssuedDocument.office_id == checkout.office_id, IssuedDocument.doc_type == kind.removeprefix("doc:"),
            IssuedDocument.year == year, IssuedDocument.seq == number)) if kind.startswith("doc:") else None
        row.state, row.settled_at = "used", now
        if doc is not None:
            row.document_id, row.text = doc.id, doc.number


def _reserved(s: Session, checkout_id: int, kind: str, year: int, number: int) -> ReservedNumber | None:
    return s.scalar(select(ReservedNumber).join(NumberBlock, NumberBlock.id == ReservedNumber.block_id).where(
        NumberBlock.checkout_id == checkout_id, NumberBlock.kind == kind, NumberBlock.year == year,
        ReservedNumber.number == number))


__all__ = ["mark_numbers", "settle", "settle_in", "settle_numbers", "void_numbers"]
