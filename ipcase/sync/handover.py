"""How a laptop's work arrives at the office, as the 外出办案 window runs it (issue 14): a check-in package carried
on a USB stick, or the laptop database itself talking to the office database (the direct path, from the laptop,
through the office address it kept at check-out). Both end in `ipcase.sync.checkin.check_in`; these functions add
the steps around it (verify, record the package, tell the laptop) and describe the result record by record.

Qt-free: the window runs them off the GUI thread with progress and a cancel token; a cancelled check-in stops
between two operations and is simply repeated (nothing is applied twice)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ipcase.db import office_scope
from ipcase.db.engine import make_engine
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.db.models.sync import CheckoutRecord, LaptopState
from ipcase.db.sqlcipher import is_encrypted
from ipcase.dto.sync_status import CheckinLine, CheckinSummary
from ipcase.errors import NotAPackage, NotFound, WrongDatabaseKey, WrongPassphrase
from ipcase.sync import idmap
from ipcase.sync.checkin import CheckinReport, OutboxOp, check_in, mark_outbox, ops_from_outbox
from ipcase.sync.copy import open_laptop
from ipcase.sync.idmap import is_laptop_id
from ipcase.sync.package import (
    apply_receipt,
    open_checkin,
    pack_checkin,
    record_applied,
    verify_laptop,
    write_receipt,
)
from ipcase.sync.package_format import SUFFIX
from ipcase.uow import uow_factory


def check_in_package(office_new_uow: Callable, path: str | Path, *, now: datetime, actor_id: int | None = None,
                     progress=None, cancel=None) -> CheckinSummary:
    """A check-in package at the office: verified (PackageRefused otherwise), replayed, remembered as applied; the
    office's receipt written beside it (`<name>-回执.ipcpkg`) for the laptop to learn what became of each operation."""
    path = Path(path)
    package = open_checkin(office_new_uow, path)
    report = check_in(office_new_uow, package.ops, checkout_id=package.header.checkout_id, now=now,
                      progress=progress, cancel=cancel)
    record_applied(office_new_uow, package, now=now, actor_id=actor_id)
    receipt = write_receipt(package, report, path.with_name(f"{path.stem}-回执{SUFFIX}"), now=now)
    return summary(office_new_uow, report, package.ops, laptop_name=str(package.header.about.get("laptop", "")),
                   office_url="", receipt=str(receipt))


def laptop_file_encrypted(path: str | Path) -> bool:
    """Whether a laptop database file needs its passphrase to be opened (SQLCipher)."""
    return is_encrypted(Path(path))


def check_in_laptop_file(office_new_uow: Callable, path: str | Path, *, passphrase: str | None = None,
                         now: datetime, progress=None, cancel=None) -> CheckinSummary:
    """At the office: the laptop's database file itself (the laptop brought in, or its file copied), checked
    against the check-out's keys and checked in; the file's outbox is told what became of each operation.
    WrongPassphrase when the passphrase does not open the file."""
    path = Path(path)
    if not path.is_file():
        raise NotFound("file", str(path))
    try:
        engine = open_laptop(f"sqlite:///{path.resolve().as_posix()}", passphrase or None)
    except WrongDatabaseKey:
        raise WrongPassphrase(str(path)) from None
    try:
        return _check_in_laptop(office_new_uow, uow_factory(engine), where=str(path), now=now, progress=progress,
                                cancel=cancel, office_url="")
    finally:
        engine.dispose()


def check_in_direct(laptop_new_uow: Callable, *, now: datetime, progress=None, cancel=None) -> CheckinSummary:
    """On the laptop: its pending operations checked in straight into the office database it came from, the
    laptop's outbox told what became of each. NotAPackage when this database is no laptop copy or kept no office
    address (a package check-out: export a check-in package instead)."""
    with laptop_new_uow(viewer_id=None) as uow:
        state = uow.session.scalars(select(LaptopState).order_by(LaptopState.id).limit(1)).first()
        if state is None or not state.office_url:
            raise NotAPackage("", "no office address kept at check-out" if state else "not a laptop copy")
        office_url, laptop_name = state.office_url, state.laptop_name
    engine = make_engine(office_url)
    try:
        return _check_in_laptop(uow_factory(engine), laptop_new_uow, where=laptop_name, now=now, progress=progress,
                                cancel=cancel, office_url=office_url)
    finally:
        engine.dispose()


def _check_in_laptop(office_new_uow: Callable, laptop_new_uow: Callable, *, where: str, now: datetime, progress,
                     cancel, office_url: str) -> CheckinSummary:
    """The laptop database and the office database both open: verify, replay, tell the laptop's outbox."""
    found = verify_laptop(office_new_uow, lambda: laptop_new_uow(viewer_id=None), where=where)
    with laptop_new_uow(viewer_id=None) as uow:
        ops = ops_from_outbox(uow.session)
    report = check_in(office_new_uow, ops, checkout_id=found["checkout_id"], now=now, progress=progress,
                      cancel=cancel)
    with laptop_new_uow(viewer_id=None) as uow:
        mark_outbox(uow.session, report)
        kept = uow.session.scalars(select(LaptopState).order_by(LaptopState.id).limit(1)).first()
        kept.last_checkin_at = now
        uow.commit()
    return summary(office_new_uow, report, ops, laptop_name=found["laptop_name"], office_url=office_url)


def import_receipt(laptop_new_uow: Callable, path: str | Path) -> int:
    """On the laptop: the office's receipt of a check-in package; the outbox learns what became of each operation.
    Returns how many operations it names."""
    _header, items = apply_receipt(lambda: laptop_new_uow(viewer_id=None), path)
    return len(items)


def export_package(laptop_new_uow: Callable, out: str | Path, *, now: datetime):
    """On the laptop: the pending operations as a signed check-in package file (ipcase.sync.package)."""
    return pack_checkin(lambda: laptop_new_uow(viewer_id=None), out, now=now)


# Which record a command's result names when it made one (the first part of its name is the feature).
FEATURE_KIND = {"cases": "case", "intake": "intake", "mediation": "mediation"}
NUMBER_COLUMNS = {"case": (Case, "case_number"), "intake": (IntakeItem, "number"),
                  "mediation": (MediationCase, "case_number")}


def _record_of(op: OutboxOp | None) -> tuple[str, int | None]:
    """The record an operation worked on (the first it saw), or the one it made on the laptop (its result's id)."""
    if op is None:
        return "", None
    if op.records:
        kind, rid, _version = op.records[0]
        return kind, rid
    made = op.result.get("id") if isinstance(op.result, dict) else None
    kind = FEATURE_KIND.get(op.command.split(".", 1)[0], "")
    if kind and is_laptop_id(made):
        return kind, made
    return "", None


def summary(office_new_uow: Callable, report: CheckinReport, ops: list[OutboxOp], *, laptop_name: str,
            office_url: str, receipt: str = "") -> CheckinSummary:
    """The report with each operation's record (kind and number as the office lent it; a record made on the laptop
    is "new"), for the window's record-by-record result."""
    by_id = {op.op_id: op for op in ops}
    records = {item.op_id: _record_of(by_id.get(item.op_id)) for item in report.items}
    with office_new_uow(viewer_id=None) as uow, office_scope.system_work(uow.session):
        s = uow.session
        numbers = {(r.kind, r.record_id): r.number for r in s.scalars(
            select(CheckoutRecord).where(CheckoutRecord.checkout_id == report.checkout_id))}
        mapped = idmap.load(s, report.checkout_id)
        for kind, rid in records.values():   # a record made on the laptop: the office's number it got
            if rid is not None and rid in mapped and kind in NUMBER_COLUMNS:
                model, column = NUMBER_COLUMNS[kind]
                numbers[(kind, rid)] = s.scalar(select(getattr(model, column)).where(model.id == mapped[rid])) or ""
    lines = []
    for item in report.items:
        op = by_id.get(item.op_id)
        kind, rid = records[item.op_id]
        number = numbers.get((kind, rid), "") if rid is not None else ""
        lines.append(CheckinLine(seq=item.seq, command=item.command, record_kind=kind, record_id=rid,
                                 record_number=number, new_record=rid is not None and is_laptop_id(rid),
                                 status="skipped" if item.repeated else item.status,
                                 reason_code=item.reason_code, reason_detail=item.reason_detail,
                                 conflict_id=item.conflict_id, at=op.at if op is not None else None,
                                 outcome=item.status))
    return CheckinSummary(checkout_id=report.checkout_id, laptop_name=laptop_name, lines=tuple(lines),
                          checkout_state=report.checkout_state, returned_records=report.returned_records,
                          numbers_returned=len(report.numbers_returned), numbers_void=len(report.numbers_void),
                          office_url=office_url, receipt=receipt)
