"""Check-out (issue 14): lend cases, intake items and mediation cases to an officer's field laptop.

Who: a 办案人员 (or 处/科室负责人) checks out their own records — the cases and mediation cases whose 承办人
they are or on whose panel they sit, the intake items they handle — for themselves ("sync.check_out"); the
部门负责人 may check out any record of the office, for any officer who may check out ("sync.check_out_any").
What cannot go: a record already out (`CheckedOut` names who has it, on which laptop, since when), an archived
case (已归档: the file is bound, nothing is left to do on it) and an intake item already decided (it lives on as
the case or mediation case it became, which is checked out instead). A closed case may go: the ruling is still
served and enforced after closing.

The check-out is recorded (`checkouts`, one `checkout_records` row per record with its version now), the 文号
asked for are reserved by moving the office's counter past a block (`number_blocks` + one `reserved_numbers`
row per number: the register explains every number), and a fresh AES-256 package key is made for the packages
between this laptop and the office. From then on the office changes the records only by this check-out's
check-in, or what arrives by post (ipcase.sync.guard)."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import select

from ipcase import crypto
from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Case, PanelSeat
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.db.models.sync import Checkout, CheckoutRecord, NumberBlock, ReservedNumber
from ipcase.domain.documents.types import doc_type
from ipcase.domain.enums import OPEN_STATES, CaseState
from ipcase.domain.intake.items import IntakeState
from ipcase.domain.mediation.cases import OPEN_STATES as MEDIATION_OPEN
from ipcase.domain.permissions import may
from ipcase.dto.sync import CheckoutManifest, LentRecord, ReservedBlock
from ipcase.errors import CheckedOut, NotFound, PermissionDenied, ValidationErrors, ValidationFailed
from ipcase.services.common import actor
from ipcase.services.numbering import reserve_block
from ipcase.sync import guard
from ipcase.uow import UnitOfWork

MAX_NUMBERS = 200          # 文号 of one document type reserved for one laptop at most
KEY_BYTES = 32             # an Ed25519 public key, raw
_OPEN_INTAKE = (IntakeState.OPEN.value, IntakeState.PENDING_CORRECTION.value)


def check_out(uow: UnitOfWork, *, actor_id: int, user_id: int, cases: tuple[int, ...] = (),
              intake: tuple[int, ...] = (), mediation: tuple[int, ...] = (), mine: bool = False,
              laptop_name: str, until: date | None = None, numbers: dict[str, int] | None = None,
              laptop_public_key: bytes, now: datetime) -> CheckoutManifest:
    """Lend the records (ids; with `mine`, also every open record of the holder `user_id` not already out) to
    the laptop `laptop_name` until `until`, reserving `numbers` (document type → how many 文号, this year)."""
    s = uow.session
    user = actor(s, actor_id, "sync.check_out", "sync.check_out")
    any_record = may(user.role, "sync.check_out_any")
    holder = s.get(User, user_id)
    if user_id != user.id and not any_record:
        raise PermissionDenied("sync.check_out_any", user.role)
    errors: list[ValidationFailed] = []
    if holder is None or not holder.active or holder.office_id != user.office_id or not may(holder.role,
                                                                                           "sync.check_out"):
        errors.append(ValidationFailed("user_id", "choice"))
    name = (laptop_name or "").strip()
    if not name:
        errors.append(ValidationFailed("laptop_name", "required"))
    if until is not None and until < now.date():
        errors.append(ValidationFailed("until", "past", until.isoformat()))
    if len(laptop_public_key or b"") != KEY_BYTES:
        errors.append(ValidationFailed("laptop_public_key", "invalid"))
    blocks_asked = _numbers_asked(numbers or {}, errors)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)

    lent = _records(s, holder, cases, intake, mediation, mine, check_owner=not any_record)
    taken = guard.lent(s, {(kind, obj.id) for kind, obj in lent}) if lent else []
    chosen = {("case", r) for r in cases} | {("intake", r) for r in intake} | {("mediation", r) for r in mediation}
    for row in taken:
        if (row.kind, row.record_id) in chosen:
            raise CheckedOut(row.kind, row.number, row.full_name, row.laptop_name, row.created_at, row.until)
    # "My open cases" leaves out what is already out (on another laptop of the officer, or with a colleague).
    out_already = {(row.kind, row.record_id) for row in taken}
    lent = [(kind, obj) for kind, obj in lent if (kind, obj.id) not in out_already]
    if not lent:
        raise ValidationFailed("cases", "required")

    checkout = Checkout(office_id=user.office_id, user_id=holder.id, laptop_name=name,
                        laptop_public_key=bytes(laptop_public_key), package_key=crypto.new_key(), created_at=now,
                        created_by_id=user.id, until=until, state="out", end_reason="")
    s.add(checkout)
    s.flush()
    records = []
    for kind, obj in lent:
        number = (obj.number if kind == "intake" else obj.case_number) or ""
        s.add(CheckoutRecord(checkout_id=checkout.id, kind=kind, record_id=obj.id, number=number,
                             version_at_checkout=obj.version, expected_version=obj.version))
        records.append(LentRecord(kind, obj.id, number, obj.version))
    blocks = []
    for kind, count in blocks_asked:
        first, last = reserve_block(s, office_id=user.office_id, kind=kind, year=now.year, count=count)
        block = NumberBlock(office_id=user.office_id, checkout_id=checkout.id, kind=kind, year=now.year,
                            first=first, last=last)
        s.add(block)
        s.flush()
        s.add_all(ReservedNumber(block_id=block.id, number=n, state="reserved", text="", void_reason="")
                  for n in range(first, last + 1))
        blocks.append(ReservedBlock(block.id, kind, now.year, first, last))
    office = s.get(Office, user.office_id)
    uow.commit()
    return CheckoutManifest(checkout_id=checkout.id, office_id=office.id, office_name=office.name,
                            user_id=holder.id, laptop_name=name, created_at=now, until=until,
                            package_key=checkout.package_key, records=tuple(records), blocks=tuple(blocks))


def _numbers_asked(numbers: Mapping[str, int], errors: list) -> list[tuple[str, int]]:
    """(sequence kind "doc:<type>", count) for each document type asked for; a type the office does not issue or
    a count out of 1…MAX_NUMBERS is an error on `numbers.<type>`."""
    out = []
    for key, count in sorted(numbers.items()):
        type_key = key.removeprefix("doc:")
        try:
            doc_type(type_key)
        except ValidationFailed:
            errors.append(ValidationFailed(f"numbers.{key}", "choice", key))
            continue
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= MAX_NUMBERS:
            errors.append(ValidationFailed(f"numbers.{key}", "range", f"0-{MAX_NUMBERS}"))
        elif count:
            out.append((f"doc:{type_key}", count))
    return out


def _records(s, holder: User | None, cases, intake, mediation, mine: bool, *, check_owner: bool) -> list:
    """(kind, row) of every record to lend, in a stable order, each checked (exists in the office, may go)."""
    case_ids, intake_ids, mediation_ids = dict.fromkeys(cases), dict.fromkeys(intake), dict.fromkeys(mediation)
    if mine and holder is not None:
        open_cases = [c.value for c in OPEN_STATES]
        case_ids.update(dict.fromkeys(s.scalars(select(Case.id).where(
            Case.office_id == holder.office_id, Case.state.in_(open_cases),
            (Case.officer_id == holder.id) | Case.id.in_(select(PanelSeat.case_id)
                                                         .where(PanelSeat.user_id == holder.id))
        ).order_by(Case.id))))
        intake_ids.update(dict.fromkeys(s.scalars(select(IntakeItem.id).where(
            IntakeItem.office_id == holder.office_id, IntakeItem.handler_id == holder.id,
            IntakeItem.state.in_(_OPEN_INTAKE)).order_by(IntakeItem.id))))
        mediation_ids.update(dict.fromkeys(s.scalars(select(MediationCase.id).where(
            MediationCase.office_id == holder.office_id, MediationCase.officer_id == holder.id,
            MediationCase.state.in_([m.value for m in MEDIATION_OPEN])).order_by(MediationCase.id))))
    out: list = []
    for rid in case_ids:
        case = s.get(Case, rid)
        if case is None:
            raise NotFound("case", rid)
        if case.state == CaseState.ARCHIVED.value:
            raise ValidationFailed("cases", "archived", case.case_number or str(rid))
        if check_owner and holder is not None and case.officer_id != holder.id and s.scalar(
                select(PanelSeat.id).where(PanelSeat.case_id == rid, PanelSeat.user_id == holder.id)) is None:
            raise ValidationFailed("cases", "not_yours", case.case_number or str(rid))
        out.append(("case", case))
    for rid in intake_ids:
        item = s.get(IntakeItem, rid)
        if item is None:
            raise NotFound("intake", rid)
        if item.state not in _OPEN_INTAKE:
            raise ValidationFailed("intake", "finished", item.number)
        if check_owner and holder is not None and item.handler_id != holder.id:
            raise ValidationFailed("intake", "not_yours", item.number)
        out.append(("intake", item))
    for rid in mediation_ids:
        mcase = s.get(MediationCase, rid)
        if mcase is None:
            raise NotFound("mediation", rid)
        if check_owner and holder is not None and mcase.officer_id != holder.id:
            raise ValidationFailed("mediation", "not_yours", mcase.case_number or str(rid))
        out.append(("mediation", mcase))
    return out

__all__ = ["MAX_NUMBERS", "check_out"]
