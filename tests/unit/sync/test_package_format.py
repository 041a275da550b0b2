"""The package container (ipcase.sync.package_format): what it seals, what it signs, and each refusal."""
from __future__ import annotations

import os
import struct
from datetime import datetime

import pytest

from ipcase import crypto
from ipcase.errors import NotAPackage, PackageAltered, WrongPackageKind, WrongPassphrase
from ipcase.sync import package_format as fmt

NOW = datetime(2026, 12, 6, 9, 30)
PASSPHRASE = "zhanhui-2026-xiamen"


def header(kind=fmt.CHECKIN, **changes) -> fmt.Header:
    values = {"kind": kind, "office_id": 1, "office_name": "厦门市市场监督管理局", "package_id": "p-1",
              "created_at": NOW, "checkout_id": 7}
    values.update(changes)
    return fmt.Header(**values)


@pytest.fixture
def signed(tmp_path):
    private, public = fmt.new_signing_key()
    key = crypto.new_key()
    path = tmp_path / "checkin.ipcpkg"
    h = header(key=fmt.checkout_key_info(key), signed=True, about={"laptop": "张伟的笔记本"})
    fmt.write_package(path, h, {"ops.json": b'{"ops": []}', "files/a.bin": os.urandom(3 << 20)}, key=key,
                      signing_key=private)
    return path, key, public


def test_a_signed_package_opens_with_its_keys_and_keeps_its_header(signed):
    path, key, public = signed
    assert fmt.read_header(path).about == {"laptop": "张伟的笔记本"}
    with fmt.open_package(path, key=key, public_key=public, expect=(fmt.CHECKIN,)) as opened:
        assert opened.header.checkout_id == 7 and opened.header.office_name == "厦门市市场监督管理局"
        assert opened.read("ops.json") == b'{"ops": []}'
        assert len(opened.read("files/a.bin")) == 3 << 20   # more than one encryption chunk


def test_the_payload_is_not_readable_in_the_file(tmp_path):
    key = crypto.new_key()
    private, _ = fmt.new_signing_key()
    path = tmp_path / "p.ipcpkg"
    fmt.write_package(path, header(key=fmt.checkout_key_info(key), signed=True), {"ops.json": "案件 秘密".encode() * 50},
                      key=key, signing_key=private)
    assert "秘密".encode() not in path.read_bytes()


@pytest.mark.parametrize("where", ["header", "body", "signature", "end"])
def test_any_changed_byte_is_refused_as_altered(signed, where):
    path, key, public = signed
    data = bytearray(path.read_bytes())
    header_end = len(fmt.MAGIC) + 4 + struct.unpack(">I", data[len(fmt.MAGIC):len(fmt.MAGIC) + 4])[0]
    at = {"header": header_end - 30, "body": header_end + 5000, "signature": len(data) - 10,
          "end": len(data) - 100}[where]
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises((PackageAltered, NotAPackage)) as caught:
        with fmt.open_package(path, key=key, public_key=public):
            pass
    if where != "header":   # a flipped header byte may also make its JSON unreadable: never opened either way
        assert caught.type is PackageAltered


def test_a_truncated_package_is_refused(signed):
    path, key, public = signed
    path.write_bytes(path.read_bytes()[:-1000])
    with pytest.raises(PackageAltered), fmt.open_package(path, key=key, public_key=public):
        pass


def test_another_laptops_signature_is_refused(signed):
    path, key, _ = signed
    _, other_public = fmt.new_signing_key()
    with pytest.raises(PackageAltered), fmt.open_package(path, key=key, public_key=other_public):
        pass


def test_a_checkin_package_is_never_read_unsigned(tmp_path):
    key = crypto.new_key()
    path = tmp_path / "unsigned.ipcpkg"
    fmt.write_package(path, header(key=fmt.checkout_key_info(key)), {"ops.json": b"{}"}, key=key)
    with pytest.raises(PackageAltered), fmt.open_package(path, key=key):
        pass


def test_a_passphrase_package_opens_only_with_its_passphrase(tmp_path):
    key, info = fmt.passphrase_key(PASSPHRASE)
    path = tmp_path / "transfer.ipcpkg"
    fmt.write_package(path, header(fmt.TRANSFER, checkout_id=None, key=info), {"laptop.db": b"SQLite"}, key=key)
    h = fmt.read_header(path)
    with pytest.raises(WrongPassphrase):
        fmt.key_from_header(h, "wrong passphrase")
    with fmt.open_package(path, key=fmt.key_from_header(h, PASSPHRASE), expect=fmt.READ_ONLY_KINDS) as opened:
        target = opened.extract("laptop.db", tmp_path / "copy.db")
    assert target.read_bytes() == b"SQLite"


def test_a_package_of_another_kind_is_refused_naming_both(tmp_path):
    key, info = fmt.passphrase_key(PASSPHRASE)
    path = tmp_path / "meeting.ipcpkg"
    fmt.write_package(path, header(fmt.MEETING, key=info), {"x": b"1"}, key=key)
    with pytest.raises(WrongPackageKind) as caught, fmt.open_package(path, key=key, expect=(fmt.CHECKIN,)):
        pass
    assert caught.value.kind == "meeting" and caught.value.expected == ("checkin",)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip", b"IPCPKG\x00\x09" + b"\x00" * 20,
                                     b"IPCPKG\x00\x01\x00\x00\x00\x05{bad}"])
def test_other_files_are_not_packages(tmp_path, content):
    path = tmp_path / "other.bin"
    path.write_bytes(content)
    with pytest.raises(NotAPackage):
        fmt.read_header(path)


def test_a_crafted_header_cannot_ask_for_huge_scrypt_memory(tmp_path):
    h = header(fmt.TRANSFER, key={"by": "passphrase", "salt": "AAAA", "scrypt": {"n": 1 << 30, "r": 8, "p": 1},
                                  "key_id": "x"})
    with pytest.raises(NotAPackage):
        fmt.key_from_header(h, PASSPHRASE)


def test_header_and_signing_key_must_agree(tmp_path):
    private, _ = fmt.new_signing_key()
    with pytest.raises(ValueError):
        fmt.write_package(tmp_path / "x", header(signed=False), {}, key=crypto.new_key(), signing_key=private)
    assert not list(tmp_path.iterdir())
