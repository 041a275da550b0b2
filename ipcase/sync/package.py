"""The field laptop's package files (issue 14), built on the container of `package_format`:

- the **check-in package** (laptop → office, `sync pack` / `checkin FILE`): the laptop's outbox operations still
  waiting for the office, the files they carry (evidence photos, attachments, uploaded documents: every byte input
  larger than FILE_THRESHOLD travels as a zip member of its own instead of base64 inside the JSON), sealed with the
  check-out's `package_key` and signed with the laptop's private key. The office verifies it against its own
  `checkouts` row — `laptop_public_key` and the fingerprint of `package_key` — before it decrypts anything;
- the **check-out package** (office → laptop, `checkout --out FILE` / `sync unpack`): the laptop database made by
  the check-out, sealed with a passphrase;
- the read-only **移送 (transfer) and meeting packages** (`sync transfer` / `sync open`): a database copy of some
  cases, sealed with a passphrase, for viewing only.
- the **receipt** (office → laptop, written by `checkin FILE` beside the package / `sync receipt` on the laptop):
  what became of each operation, sealed with the check-out's key, so the laptop's outbox learns it as the direct
  path tells it, and stops sending what the office has dealt with.

Refusals are the PackageRefused errors (ipcase.errors); nothing is applied or written when one is raised."""
from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ipcase import crypto
from ipcase.errors import (
    NotAPackage,
    PackageAlreadyApplied,
    PackageForAnotherOffice,
    UnknownCheckout,
)
from ipcase.sync import package_format as fmt

OPS_MEMBER = "ops.json"
DATABASE_MEMBER = "database.sqlite"
FILES = "files/"
FILE_THRESHOLD = 4096
_FILE_TAG = "$package_file"   # stands for a byte input moved out of the JSON into a zip member


# ---- operations as JSON, with their files apart ------------------------------------------------------------

def _pull_files(value: Any, files: dict[str, bytes]) -> Any:
    """`value` with every long base64 string (a file's bytes as ipcase.commands.codec writes them: plain base64
    for a `bytes` field, `{"$bytes": …}` when untyped) replaced by a reference to a zip member named by its
    SHA-256 (the same photo attached twice travels once). Lossless whatever the string was: only a string that
    is exactly the base64 of its decoded bytes is moved, and it comes back as exactly that string."""
    if isinstance(value, dict):
        return {k: _pull_files(v, files) for k, v in value.items()}
    if isinstance(value, list):
        return [_pull_files(v, files) for v in value]
    if isinstance(value, str) and len(value) > FILE_THRESHOLD and value.isascii():
        try:
            data = base64.b64decode(value, validate=True)
        except ValueError:
            return value
        if base64.b64encode(data).decode("ascii") != value:
            return value
        name = FILES + hashlib.sha256(data).hexdigest()
        files[name] = data
        return {_FILE_TAG: name}
    return value


def _put_files(value: Any, read: Callable[[str], bytes]) -> Any:
    if isinstance(value, dict):
        if set(value) == {_FILE_TAG}:
            name = value[_FILE_TAG]
            if not isinstance(name, str) or not name.startswith(FILES):
                raise NotAPackage("", f"bad file reference {name!r}")
            data = read(name)
            if FILES + hashlib.sha256(data).hexdigest() != name:
                raise NotAPackage("", f"file {name} does not match its name")
            return base64.b64encode(data).decode("ascii")
        return {k: _put_files(v, read) for k, v in value.items()}
    if isinstance(value, list):
        return [_put_files(v, read) for v in value]
    return value


def _op_json(op) -> dict:
    return {"op_id": op.op_id, "seq": op.seq, "command": op.command, "inputs": op.inputs, "seen": op.seen,
            "result": op.result, "at": op.at.isoformat(), "user_id": op.user_id}


def _op_from_json(data: Mapping):
    from ipcase.sync.checkin import OutboxOp
    return OutboxOp(op_id=str(data["op_id"]), seq=int(data["seq"]), command=str(data["command"]),
                    inputs=data["inputs"], seen=data["seen"], result=data["result"],
                    at=datetime.fromisoformat(data["at"]), user_id=data["user_id"])


# ---- the check-in package -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Packed:
    path: Path
    package_id: str
    operations: int
    files: int


def pack_checkin(laptop_uow, out: str | Path, *, now: datetime) -> Packed:
    """The laptop's pending operations (and those the office sent to its conflict queue: the office skips what it
    already has, by op id) as a signed check-in package at `out`."""
    from sqlalchemy import select

    from ipcase.db.models.sync import LaptopState
    from ipcase.sync.checkin import ops_from_outbox

    with laptop_uow() as uow:
        state = uow.session.scalars(select(LaptopState)).first()
        if state is None:
            raise NotAPackage(str(out), "this database is not a laptop copy: nothing to pack")
        ops = ops_from_outbox(uow.session)
        header = fmt.Header(kind=fmt.CHECKIN, office_id=state.office_id, office_name=state.office_name,
                            package_id=str(uuid.uuid4()), created_at=now, checkout_id=state.checkout_id,
                            key=fmt.checkout_key_info(state.package_key), signed=True,
                            about={"laptop": state.laptop_name, "operations": len(ops)})
        private_key, package_key = bytes(state.private_key), bytes(state.package_key)
    files: dict[str, bytes] = {}
    body = [_pull_files(_op_json(op), files) for op in ops]
    entries = {OPS_MEMBER: json.dumps({"ops": body}, ensure_ascii=False).encode("utf-8"), **files}
    path = fmt.write_package(out, header, entries, key=package_key, signing_key=private_key)
    return Packed(path, header.package_id, len(ops), len(files))


@dataclass(frozen=True)
class CheckinPackage:
    """A verified check-in package: its header and operations, ready for `ipcase.sync.checkin.check_in`."""
    header: fmt.Header
    ops: list
    package_key: bytes = field(default=b"", repr=False)   # the check-out's: seals the receipt


def open_checkin(office_uow, path: str | Path) -> CheckinPackage:
    """Verify a check-in package against the office database and decode it. Refusals, in this order: NotAPackage,
    WrongPackageKind, PackageForAnotherOffice, UnknownCheckout, PackageAltered (signature or tag),
    PackageAlreadyApplied. A check-out the office ended is NOT refused: its operations go to the conflict queue."""
    from ipcase.db import office_scope
    from ipcase.db.models.sync import SyncPackage

    where = str(path)
    header = fmt.read_header(path).expect(fmt.CHECKIN, path=where)
    with office_uow() as uow, office_scope.system_work(uow.session):
        checkout = _check_ours(uow.session, where, office_id=header.office_id, office_name=header.office_name,
                               checkout_id=header.checkout_id, key_id=header.key.get("key_id"))
        public_key, package_key = bytes(checkout.laptop_public_key), bytes(checkout.package_key)
        applied = uow.session.get(SyncPackage, header.package_id)
        applied_at = applied.applied_at if applied is not None else None
    with fmt.open_package(path, key=package_key, public_key=public_key, expect=(fmt.CHECKIN,)) as opened:
        if applied_at is not None:   # said only of a genuine package: a forged header learns nothing
            raise PackageAlreadyApplied(where, package_id=header.package_id, applied_at=applied_at)
        data = json.loads(opened.read(OPS_MEMBER).decode("utf-8"))
        try:
            ops = [_op_from_json(_put_files(op, opened.read)) for op in data["ops"]]
        except NotAPackage as e:
            raise NotAPackage(where, e.detail) from None
    return CheckinPackage(opened.header, ops, package_key)


def _check_ours(session, where: str, *, office_id: int, office_name: str, checkout_id: int | None,
                key_id: str | None):
    """The office's check-out a package or laptop copy names, when its office and key fingerprint agree;
    PackageForAnotherOffice or UnknownCheckout otherwise."""
    from ipcase.db.models.admin import Office
    from ipcase.db.models.sync import Checkout

    checkout = session.get(Checkout, checkout_id) if checkout_id is not None else None
    if (checkout is not None and checkout.office_id == office_id
            and crypto.key_id(bytes(checkout.package_key)) == key_id):
        return checkout
    office = session.get(Office, office_id)
    if office is None or office.name != office_name:
        raise PackageForAnotherOffice(where, office_id=office_id, office_name=office_name)
    raise UnknownCheckout(where, checkout_id=checkout_id)


def verify_laptop(office_uow, laptop_uow, *, where: str) -> dict:
    """The direct path: the laptop database's `laptop_state` checked against the office — the same office, a
    check-out of it with the same package key, and the laptop's private key matching the public key the office
    kept (a copy of another laptop's file cannot pass for it). Returns the state's fields the check-in needs."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import select

    from ipcase.db import office_scope
    from ipcase.db.models.sync import LaptopState
    from ipcase.errors import PackageAltered

    with laptop_uow() as uow:
        state = uow.session.scalars(select(LaptopState)).first()
        if state is None:
            raise NotAPackage(where, "not a laptop copy")
        found = {"checkout_id": state.checkout_id, "office_id": state.office_id, "office_name": state.office_name,
                 "laptop_name": state.laptop_name, "package_key": bytes(state.package_key),
                 "private_key": bytes(state.private_key)}
    public = Ed25519PrivateKey.from_private_bytes(found.pop("private_key")).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    with office_uow() as uow, office_scope.system_work(uow.session):
        checkout = _check_ours(uow.session, where, office_id=found["office_id"], office_name=found["office_name"],
                               checkout_id=found["checkout_id"], key_id=crypto.key_id(found.pop("package_key")))
        if bytes(checkout.laptop_public_key) != public:
            raise PackageAltered(where, "the laptop's key is not the one checked out")
    return found


def record_applied(office_uow, package: CheckinPackage, *, now: datetime, actor_id: int | None = None) -> None:
    """Remember the package id at the office once its check-in ran to the end (a check-in cut short is not
    recorded, so the same package can be checked in again and applies nothing twice, by op id)."""
    from ipcase.db import office_scope
    from ipcase.db.models.sync import SyncPackage

    with office_uow() as uow, office_scope.system_work(uow.session):
        uow.session.add(SyncPackage(package_id=package.header.package_id, checkout_id=package.header.checkout_id,
                                    created_at=package.header.created_at, applied_at=now, applied_by_id=actor_id,
                                    ops=len(package.ops)))
        uow.commit()


# ---- the receipt of a check-in package ----------------------------------------------------------------------

REPORT_MEMBER = "report.json"


def write_receipt(package: CheckinPackage, report, out: str | Path, *, now: datetime) -> Path:
    """The office's answer to a check-in package, for the laptop (`sync receipt`): what became of each operation
    (ipcase.sync.checkin.CheckinReport), sealed with the check-out's key — only the office and that laptop hold
    it, so the laptop knows the receipt is genuine and that it is for its own check-out."""
    h = package.header
    header = fmt.Header(kind=fmt.RECEIPT, office_id=h.office_id, office_name=h.office_name,
                        package_id=str(uuid.uuid4()), created_at=now, checkout_id=h.checkout_id,
                        key=fmt.checkout_key_info(package.package_key),
                        about={"for_package": h.package_id, "operations": len(report.items)})
    items = [{k: v for k, v in asdict(item).items() if k != "result"} for item in report.items]
    body = {"items": items, "checkout_state": report.checkout_state}
    return fmt.write_package(out, header, {REPORT_MEMBER: json.dumps(body, ensure_ascii=False).encode("utf-8")},
                             key=package.package_key)


def apply_receipt(laptop_uow, path: str | Path) -> tuple[fmt.Header, list]:
    """Tell the laptop's outbox what the office made of its operations (the package path's counterpart of the
    direct check-in's `mark_outbox`), and when it checked in. Applying the same receipt twice changes nothing.
    UnknownCheckout / PackageForAnotherOffice for a receipt of another check-out; PackageAltered."""
    from sqlalchemy import select

    from ipcase.db.models.sync import LaptopState
    from ipcase.sync.checkin import CheckinReport, OpOutcome, mark_outbox

    where = str(path)
    header = fmt.read_header(path).expect(fmt.RECEIPT, path=where)
    with laptop_uow() as uow:
        state = uow.session.scalars(select(LaptopState)).first()
        if state is None:
            raise NotAPackage(where, "this database is not a laptop copy")
        if state.office_id != header.office_id or state.office_name != header.office_name:
            raise PackageForAnotherOffice(where, office_id=header.office_id, office_name=header.office_name)
        key = bytes(state.package_key)
        if state.checkout_id != header.checkout_id or crypto.key_id(key) != header.key.get("key_id"):
            raise UnknownCheckout(where, checkout_id=header.checkout_id)
    with fmt.open_package(path, key=key, expect=(fmt.RECEIPT,)) as opened:
        body = json.loads(opened.read(REPORT_MEMBER).decode("utf-8"))
    items = tuple(OpOutcome(**item) for item in body["items"])
    report = CheckinReport(header.checkout_id, items, checkout_state=body.get("checkout_state", "out"))
    with laptop_uow() as uow:
        mark_outbox(uow.session, report)
        state = uow.session.scalars(select(LaptopState)).first()
        if state.last_checkin_at is None or state.last_checkin_at < header.created_at:
            state.last_checkin_at = header.created_at
        uow.commit()
    return header, list(items)


# ---- passphrase packages: the check-out package, 移送 and meeting packages -----------------------------------

def write_database_package(out: str | Path, database: Path, *, kind: str, office_id: int, office_name: str,
                           passphrase: str, now: datetime, checkout_id: int | None = None,
                           about: Mapping | None = None) -> Path:
    """A database file (a laptop copy, or the cases of a 移送/meeting package) sealed with `passphrase`."""
    key, info = fmt.passphrase_key(passphrase)
    header = fmt.Header(kind=kind, office_id=office_id, office_name=office_name, package_id=str(uuid.uuid4()),
                        created_at=now, checkout_id=checkout_id, key=info, about=dict(about or {}))
    return fmt.write_package(out, header, {DATABASE_MEMBER: Path(database)}, key=key)


def extract_database(path: str | Path, target: Path, *, passphrase: str, expect: tuple[str, ...]) -> fmt.Header:
    """Write the database of a passphrase package as `target` (which must not exist yet: a package never
    replaces a database). WrongPassphrase, WrongPackageKind, PackageAltered, NotAPackage."""
    where = str(path)
    header = fmt.read_header(path).expect(*expect, path=where)
    key = fmt.key_from_header(header, passphrase, where)
    if target.exists() and target.stat().st_size > 0:
        raise FileExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    with fmt.open_package(path, key=key, expect=expect) as opened:
        if DATABASE_MEMBER not in opened.names():
            raise NotAPackage(where, "no database inside")
        opened.extract(DATABASE_MEMBER, target)
    return header


__all__ = ["CheckinPackage", "DATABASE_MEMBER", "Packed", "apply_receipt", "extract_database", "open_checkin",
           "pack_checkin", "record_applied", "verify_laptop", "write_database_package", "write_receipt"]
