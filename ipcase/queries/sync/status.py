"""外出办案 status (issue 14): per check-out (one officer's laptop) the records it holds, its open conflicts, its last
check-in and a warning when the laptop has not checked in for more than the office's `sync.warn_days` (7 by
default) or is out after its `until`; on a laptop copy, its outbox. The 外出办案 page and `python main.py sync
status` show the same `SyncStatus`.

Listed: the check-outs still out, and ended or returned ones while a conflict of theirs waits for a decision or
(ended) while 文号 reserved for them wait to be voided (ipcase.services.sync.numbers)."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from ipcase.db.models.admin import User
from ipcase.db.models.sync import (
    Checkout,
    CheckoutRecord,
    LaptopState,
    NumberBlock,
    OutboxOperation,
    ReservedNumber,
    SyncConflict,
)
from ipcase.dto.sync_status import (
    CheckedOutRecord,
    CheckoutStatus,
    LaptopStatus,
    OutboxEntry,
    ReservedBlock,
    SyncStatus,
)
from ipcase.loaders import sync as sync_settings
from ipcase.loaders.sync import DEFAULT_WARN_DAYS, warn_days
from ipcase.uow import UnitOfWork

KINDS_ORDER = {"case": 0, "intake": 1, "mediation": 2}


def sync_status(uow: UnitOfWork, *, office_id: int | None, now: datetime, outbox_limit: int = 500) -> SyncStatus:
    """`office_id`: the office whose check-outs are listed and whose `sync.warn_days` applies (None: every office
    the unit of work reads, with the default warning). `outbox_limit` bounds the outbox rows listed (the counts
    are always complete)."""
    s = uow.session
    days = warn_days(s, office_id) if office_id is not None else DEFAULT_WARN_DAYS
    checkouts = _checkouts(uow, office_id=office_id, now=now, days=days)
    return SyncStatus(today=now.date(), warn_days=days, laptop=laptop_status(uow, outbox_limit=outbox_limit),
                      checkouts=checkouts, open_conflicts=sum(c.open_conflicts for c in checkouts))


def _checkouts(uow: UnitOfWork, *, office_id: int | None, now: datetime, days: int) -> tuple[CheckoutStatus, ...]:
    s = uow.session
    holder, creator, ender = aliased(User), aliased(User), aliased(User)
    open_conflicts = (select(SyncConflict.checkout_id, func.count().label("n"))
                      .where(SyncConflict.state == "open").group_by(SyncConflict.checkout_id).subquery())
    reserved = (select(NumberBlock.checkout_id, func.count().label("n"))
                .join(ReservedNumber, ReservedNumber.block_id == NumberBlock.id)
                .where(ReservedNumber.state == "reserved").group_by(NumberBlock.checkout_id).subquery())
    q = (select(Checkout, holder.full_name, creator.full_name, ender.full_name,
                func.coalesce(open_conflicts.c.n, 0), func.coalesce(reserved.c.n, 0))
         .join(holder, holder.id == Checkout.user_id)
         .outerjoin(creator, creator.id == Checkout.created_by_id)
         .outerjoin(ender, ender.id == Checkout.ended_by_id)
         .outerjoin(open_conflicts, open_conflicts.c.checkout_id == Checkout.id)
         .outerjoin(reserved, reserved.c.checkout_id == Checkout.id)
         .where(or_(Checkout.state == "out", open_conflicts.c.n > 0,
                    and_(Checkout.state == "ended", reserved.c.n > 0)))
         .order_by(Checkout.laptop_name, Checkout.created_at, Checkout.id))
    if office_id is not None:
        q = q.where(Checkout.office_id == office_id)
    rows = s.execute(q).all()
    records: dict[int, list[CheckedOutRecord]] = {}
    if rows:
        ids = [r[0].id for r in rows]
        for r in s.scalars(select(CheckoutRecord).where(CheckoutRecord.checkout_id.in_(ids))):
            records.setdefault(r.checkout_id, []).append(
                CheckedOutRecord(r.kind, r.record_id, r.number or "", r.returned_at))
    today = now.date()
    out = []
    for c, holder_name, creator_name, ender_name, conflicts, left in rows:
        last = c.last_checkin_at or c.created_at
        quiet = max(0, (today - last.date()).days)
        is_out = c.state == "out"
        out.append(CheckoutStatus(
            id=c.id, version=c.version, office_id=c.office_id, user_id=c.user_id, user_name=holder_name or "",
            laptop_name=c.laptop_name, created_at=c.created_at, created_by_name=creator_name or "", until=c.until,
            state=c.state, last_checkin_at=c.last_checkin_at, ended_at=c.ended_at, ended_by_name=ender_name or "",
            end_reason=c.end_reason or "",
            records=tuple(sorted(records.get(c.id, ()), key=lambda r: (KINDS_ORDER.get(r.kind, 9), r.number,
                                                                       r.record_id))),
            open_conflicts=int(conflicts), days_without_checkin=quiet, warn=is_out and quiet > days,
            overdue=is_out and c.until is not None and today > c.until, reserved_left=int(left)))
    return tuple(out)


def laptop_status(uow: UnitOfWork, *, outbox_limit: int = 500) -> LaptopStatus | None:
    """The laptop copy this database is, with its outbox (newest first); None in an office database."""
    s = uow.session
    state = s.scalars(select(LaptopState).order_by(LaptopState.id).limit(1)).first()
    if state is None:
        return None
    names = dict(s.execute(select(User.id, User.full_name)).all())
    counts = Counter(dict(s.execute(select(OutboxOperation.state, func.count())
                                    .group_by(OutboxOperation.state)).all()))
    ops = s.scalars(select(OutboxOperation).order_by(OutboxOperation.seq.desc()).limit(outbox_limit))
    outbox = tuple(OutboxEntry(o.seq, o.op_id, o.command, o.at, names.get(o.user_id, ""), o.state, o.message or "")
                   for o in ops)
    left = dict(s.execute(select(ReservedNumber.block_id, func.count())
                          .where(ReservedNumber.state == "reserved").group_by(ReservedNumber.block_id)).all())
    numbers = tuple(ReservedBlock(b.kind, b.year, b.first, b.last, int(left.get(b.id, 0))) for b in s.scalars(
        select(NumberBlock).order_by(NumberBlock.kind, NumberBlock.year, NumberBlock.first)))
    return LaptopStatus(
        checkout_id=state.checkout_id, office_id=state.office_id, office_name=state.office_name,
        office_url=state.office_url or "", user_id=state.user_id, user_name=names.get(state.user_id, ""),
        laptop_name=state.laptop_name, checked_out_at=state.checked_out_at, until=state.until,
        last_checkin_at=state.last_checkin_at, counts={k: int(v) for k, v in counts.items()}, outbox=outbox,
        numbers=numbers)


def warn_days_page(uow: UnitOfWork, *, office_id: int) -> tuple[int, int]:
    """外出办案 › 提醒设置: the office's `sync.warn_days` and its settings group's version."""
    return sync_settings.warn_days_page(uow.session, office_id)
