"""Field laptop test helpers (issue 14): lend records to a laptop at the office as the check-out does (rows of
`checkouts`, `checkout_records`, a reserved 文号 block taken from the office counter), and build outbox
operations the way the laptop's recorder writes them (Command.to_json inputs, the versions seen, the result)."""
from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update

from ipcase.commands import Command
from ipcase.db.models.admin import Sequence
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.db.models.sync import Checkout, CheckoutRecord, NumberBlock, ReservedNumber
from ipcase.services.numbering import next_number
from ipcase.sync.checkin import OutboxOp
from ipcase.sync.results import plain

MODELS = {"case": (Case, "case_number"), "intake": (IntakeItem, "number"),
          "mediation": (MediationCase, "case_number")}


def lend(new_uow, staff, *, user, now: datetime, cases=(), intake=(), mediation=(),
         numbers: dict[str, int] | None = None, laptop: str = "执法笔记本-01") -> int:
    """Check out `cases`/`intake`/`mediation` (ids) to `user`'s laptop; `numbers`: sequence kind → how many 文号 to reserve."""
    with new_uow() as uow:
        s = uow.session
        c = Checkout(office_id=staff.office.id, user_id=user.id, laptop_name=laptop, laptop_public_key=b"k" * 32,
                     package_key=b"p" * 32, created_at=now, created_by_id=user.id, state="out", end_reason="")
        s.add(c)
        s.flush()
        for kind, ids in (("case", cases), ("intake", intake), ("mediation", mediation)):
            model, number = MODELS[kind]
            for rid in ids:
                row = s.get(model, rid)
                s.add(CheckoutRecord(checkout_id=c.id, kind=kind, record_id=rid, number=getattr(row, number) or "",
                                     version_at_checkout=row.version, expected_version=row.version))
        for kind, n in (numbers or {}).items():
            taken = [next_number(s, office_id=staff.office.id, kind=kind, year=now.year) for _ in range(n)]
            block = NumberBlock(office_id=staff.office.id, checkout_id=c.id, kind=kind, year=now.year,
                                first=taken[0], last=taken[-1])
            s.add(block)
            s.flush()
            s.add_all(ReservedNumber(block_id=block.id, number=k, state="reserved") for k in taken)
        uow.commit()
        return c.id


def counter(new_uow, office_id: int, kind: str, year: int) -> int:
    with new_uow() as uow:
        return uow.session.scalar(select(Sequence.last_value).where(
            Sequence.office_id == office_id, Sequence.kind == kind, Sequence.year == year)) or 0


def bump_counter(new_uow, office_id: int, kind: str, year: int) -> None:
    """Someone at the office drew the next number of the counter (after the laptop's block)."""
    with new_uow() as uow:
        uow.session.execute(update(Sequence).where(Sequence.office_id == office_id, Sequence.kind == kind,
                                                   Sequence.year == year).values(last_value=Sequence.last_value + 1))
        uow.commit()


def op(command: str, seq: int, *, at: datetime, user, seen: dict | None = None, result=None,
       numbers=(), **inputs) -> OutboxOp:
    """An outbox operation as the laptop records it."""
    data = Command(command, inputs).to_json()["inputs"]
    seen = {**(seen or {}), **({"numbers": [list(n) for n in numbers]} if numbers else {})}
    return OutboxOp(op_id=str(uuid.uuid4()), seq=seq, command=command, inputs=data, at=at, user_id=user.id,
                    seen=seen, result=plain(result))


def version(new_uow, kind: str, rid: int) -> int:
    with new_uow() as uow:
        return uow.session.get(MODELS[kind][0], rid).version
