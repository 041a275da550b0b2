"""A check-in package the office must refuse (issue 14): altered, for another office, for a check-out it does not
have, checked in before — each with its own error, nothing applied; and a genuine one that goes in once. The office
database is SQLite and PostgreSQL (`engine`); the laptop a real SQLite file whose laptop_state and outbox are
written as the laptop keeps them."""
from __future__ import annotations

import base64
import json
import shutil
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ipcase import crypto
from ipcase.db.engine import make_engine
from ipcase.db.migrate import upgrade_to_head
from ipcase.db.models.sync import Checkout, LaptopState, OutboxOperation, SyncPackage
from ipcase.errors import (
    NotAPackage,
    PackageAlreadyApplied,
    PackageAltered,
    PackageForAnotherOffice,
    PackageRefused,
    UnknownCheckout,
    WrongPackageKind,
)
from ipcase.services.admin import setup
from ipcase.sync import package_format as fmt
from ipcase.sync.checkin import OUTBOX_STATE, check_in
from ipcase.sync.package import (
    apply_receipt,
    open_checkin,
    pack_checkin,
    record_applied,
    verify_laptop,
    write_receipt,
)
from ipcase.uow import uow_factory

NOW = datetime(2026, 12, 6, 9, 30)


@pytest.fixture(scope="module")
def empty_laptop(tmp_path_factory) -> Path:
    """One migrated empty SQLite file per module, copied for each laptop (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("laptop-template") / "empty.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    return path


def _laptop(template: Path, tmp_path, *, office_name, checkout_id, private_key, package_key, name="laptop.db"):
    """A laptop database as a check-out leaves it: its office and user, laptop_state, and an outbox."""
    shutil.copyfile(template, tmp_path / name)
    engine = make_engine(f"sqlite:///{tmp_path / name}")
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        office, admin = setup.create_office(uow, name=office_name, short_name="测试市", admin_username="admin",
                                            admin_password="password1")
    with new_uow() as uow:
        uow.session.add(LaptopState(checkout_id=checkout_id, office_id=office.id, office_name=office_name,
                                    user_id=admin.id, laptop_name="张伟的笔记本", private_key=private_key,
                                    package_key=package_key, checked_out_at=NOW))
        # An operation that carries a photo: the package moves it out of the JSON into a file of its own.
        photo = bytes(range(256)) * 40
        inputs = {"actor_id": admin.id, "content": {"$bytes": base64.b64encode(photo).decode()}}
        uow.session.add(OutboxOperation(op_id=str(uuid.uuid4()), command="evidence.add_file",
                                        inputs_json=json.dumps({"command": "evidence.add_file", "inputs": inputs}),
                                        at=NOW, user_id=admin.id))
        uow.commit()
    return engine, new_uow


@pytest.fixture
def checked_out(engine, new_uow, staff, tmp_path, empty_laptop):
    """The office's check-out row and the laptop that holds its keys."""
    private, public = fmt.new_signing_key()
    package_key = crypto.new_key()
    with new_uow() as uow:
        checkout = Checkout(office_id=staff.office.id, user_id=staff.officer.id, laptop_name="张伟的笔记本",
                            laptop_public_key=public, package_key=package_key, created_at=NOW,
                            created_by_id=staff.officer.id)
        uow.session.add(checkout)
        uow.commit()
        checkout_id = checkout.id
    laptop_engine, laptop_uow = _laptop(empty_laptop, tmp_path, office_name=staff.office.name, checkout_id=checkout_id,
                                        private_key=private, package_key=package_key)
    yield checkout_id, laptop_uow, private, package_key
    laptop_engine.dispose()


def _packages(new_uow) -> int:
    with new_uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(SyncPackage))


def test_a_genuine_package_carries_the_operations_and_their_files_and_goes_in_once(checked_out, new_uow, tmp_path):
    checkout_id, laptop_uow, _, _ = checked_out
    packed = pack_checkin(laptop_uow, tmp_path / "签入.ipcpkg", now=NOW)
    assert (packed.operations, packed.files) == (1, 1)
    package = open_checkin(new_uow, packed.path)
    assert package.header.checkout_id == checkout_id
    [op] = package.ops
    with laptop_uow() as uow:
        row = uow.session.scalars(select(OutboxOperation)).one()
        assert op.inputs == json.loads(row.inputs_json)["inputs"]   # the photo back in place, byte for byte
    check_in(new_uow, [], checkout_id=checkout_id, now=NOW)
    record_applied(new_uow, package, now=NOW)
    with pytest.raises(PackageAlreadyApplied) as caught:
        open_checkin(new_uow, packed.path)
    assert caught.value.package_id == packed.package_id and caught.value.applied_at == NOW
    assert _packages(new_uow) == 1


@pytest.mark.parametrize("offset", [200, -100, -1])
def test_an_altered_package_is_refused(checked_out, new_uow, tmp_path, offset):
    _, laptop_uow, _, _ = checked_out
    path = pack_checkin(laptop_uow, tmp_path / "签入.ipcpkg", now=NOW).path
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises((PackageAltered, NotAPackage)):
        open_checkin(new_uow, path)
    assert _packages(new_uow) == 0


def test_a_package_signed_by_another_key_is_refused_as_altered(checked_out, new_uow, tmp_path, empty_laptop):
    """A laptop copy re-keyed by someone who knows the package key but not the laptop's private key."""
    checkout_id, _, _, package_key = checked_out
    stranger, _ = fmt.new_signing_key()
    _, forged_uow = _laptop(empty_laptop, tmp_path, office_name="测试市市场监督管理局", checkout_id=checkout_id,
                            private_key=stranger, package_key=package_key, name="forged.db")
    path = pack_checkin(forged_uow, tmp_path / "forged.ipcpkg", now=NOW).path
    with pytest.raises(PackageAltered):
        open_checkin(new_uow, path)
    with pytest.raises(PackageAltered):     # the direct path: the laptop's key must be the one checked out
        verify_laptop(new_uow, forged_uow, where="forged.db")


def test_a_package_of_another_office_is_refused(checked_out, new_uow, tmp_path, empty_laptop):
    checkout_id, _, private, package_key = checked_out
    _, other_uow = _laptop(empty_laptop, tmp_path, office_name="另一市市场监督管理局", checkout_id=checkout_id,
                           private_key=private, package_key=crypto.new_key(), name="other.db")
    path = pack_checkin(other_uow, tmp_path / "other.ipcpkg", now=NOW).path
    with pytest.raises(PackageForAnotherOffice) as caught:
        open_checkin(new_uow, path)
    assert caught.value.office_name == "另一市市场监督管理局" and caught.value.code == "other_office"


def test_a_package_of_an_unknown_checkout_is_refused(checked_out, new_uow, tmp_path, empty_laptop, staff):
    checkout_id, _, private, package_key = checked_out
    _, unknown_uow = _laptop(empty_laptop, tmp_path, office_name=staff.office.name, checkout_id=checkout_id + 100,
                             private_key=private, package_key=package_key, name="unknown.db")
    path = pack_checkin(unknown_uow, tmp_path / "unknown.ipcpkg", now=NOW).path
    with pytest.raises(UnknownCheckout) as caught:
        open_checkin(new_uow, path)
    assert caught.value.checkout_id == checkout_id + 100
    # Same id, other keys (a check-out of another database of the same office): unknown too.
    _, rekeyed_uow = _laptop(empty_laptop, tmp_path, office_name=staff.office.name, checkout_id=checkout_id,
                             private_key=private, package_key=crypto.new_key(), name="rekeyed.db")
    with pytest.raises(UnknownCheckout):
        open_checkin(new_uow, pack_checkin(rekeyed_uow, tmp_path / "rekeyed.ipcpkg", now=NOW).path)


def test_other_files_and_kinds_are_refused(checked_out, new_uow, tmp_path):
    not_one = tmp_path / "photo.jpg"
    not_one.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    with pytest.raises(NotAPackage):
        open_checkin(new_uow, not_one)
    key, info = fmt.passphrase_key("a passphrase of the meeting")
    meeting = tmp_path / "meeting.ipcpkg"
    fmt.write_package(meeting, fmt.Header(kind=fmt.MEETING, office_id=1, office_name="x", package_id="m",
                                          created_at=NOW, key=info), {"x": b"1"}, key=key)
    with pytest.raises(WrongPackageKind):
        open_checkin(new_uow, meeting)


def test_every_refusal_is_a_package_refusal_with_its_code():
    codes = {cls.code for cls in (NotAPackage, PackageAltered, PackageForAnotherOffice, UnknownCheckout,
                                  PackageAlreadyApplied, WrongPackageKind)}
    assert all(issubclass(c, PackageRefused) for c in PackageRefused.__subclasses__())
    assert len(codes) == 6


def test_the_receipt_opens_only_on_the_laptop_of_its_check_out(checked_out, new_uow, tmp_path, empty_laptop):
    checkout_id, laptop_uow, private, _ = checked_out
    package = open_checkin(new_uow, pack_checkin(laptop_uow, tmp_path / "签入.ipcpkg", now=NOW).path)
    report = check_in(new_uow, package.ops, checkout_id=checkout_id, now=NOW)
    receipt = write_receipt(package, report, tmp_path / "回执.ipcpkg", now=NOW)
    _, other_uow = _laptop(empty_laptop, tmp_path, office_name="测试市市场监督管理局", checkout_id=checkout_id,
                           private_key=private, package_key=crypto.new_key(), name="other.db")
    with pytest.raises(UnknownCheckout):
        apply_receipt(other_uow, receipt)
    header, items = apply_receipt(laptop_uow, receipt)
    assert header.about["for_package"] == package.header.package_id
    with laptop_uow() as uow:
        [row] = uow.session.scalars(select(OutboxOperation)).all()
        assert (row.state, items[0].status) == (OUTBOX_STATE.get(items[0].status, "pending"), items[0].status)
        assert uow.session.scalars(select(LaptopState)).one().last_checkin_at == NOW
