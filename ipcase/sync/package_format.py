"""The package file: one container for everything that travels between an office and a laptop (or another office)
as a file — the check-in package a laptop sends home, the check-out package it takes away, the read-only 移送
(transfer) and meeting packages, and the receipt the office gives back for a check-in package.

    MAGIC                      8 bytes, "IPCPKG" + format
    header length, header      4 bytes big-endian, then canonical JSON (sorted keys, UTF-8), in the clear
    body                       the payload (a zip) sealed by ipcase.crypto.encrypt_stream; the magic and the header
                               are its associated data, so a changed header breaks every chunk's tag
    signature                  only when the header says "signed": 64 bytes of Ed25519 over a SHA-512 of all the
                               bytes before it

The clear header says what the package is and for whom (kind, office id and name, check-out id, package id, time,
how the key is found), so that a package for another office, an unknown check-out or one already applied is
refused before anything is decrypted — and all of it is authenticated. A check-in package is sealed with the
check-out's `package_key` (shared at check-out) and signed with the laptop's private key: the office knows it
comes from that laptop unchanged. A receipt is sealed with the same check-out key (only the office and that laptop
hold it). The other kinds are sealed with a key derived from a passphrase (scrypt).

The header carries a key fingerprint (ipcase.crypto.key_id), so that a wrong passphrase is told apart from a
changed file; it reveals nothing of the key, and guessing a passphrase against it costs the same scrypt as
guessing against the ciphertext."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import struct
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ipcase import crypto
from ipcase.errors import BackupRefused, NotAPackage, PackageAltered, WrongPackageKind, WrongPassphrase

MAGIC_PREFIX = b"IPCPKG"
FORMAT = 1
MAGIC = MAGIC_PREFIX + struct.pack(">H", FORMAT)
SIGNATURE_BYTES = 64
MAX_HEADER = 64 * 1024
SIGNED_CONTEXT = b"ipcase package signature\0"

CHECKIN, CHECKOUT, TRANSFER, MEETING = "checkin", "checkout", "transfer", "meeting"
RECEIPT = "receipt"   # office → laptop after a package check-in: what became of each operation
KINDS = (CHECKIN, CHECKOUT, TRANSFER, MEETING, RECEIPT)
READ_ONLY_KINDS = (TRANSFER, MEETING)
SUFFIX = ".ipcpkg"


@dataclass(frozen=True)
class Header:
    kind: str
    office_id: int
    office_name: str
    package_id: str
    created_at: datetime
    checkout_id: int | None = None
    # How the key is found: {"by": "checkout", "key_id": …} or {"by": "passphrase", "salt": …, "scrypt": …,
    # "key_id": …}; set by write_package.
    key: Mapping = field(default_factory=dict)
    signed: bool = False
    # Display data (laptop name, user, record numbers…): authenticated like the rest, never trusted for access.
    about: Mapping = field(default_factory=dict)
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        data = {"format": self.format, "kind": self.kind, "office_id": self.office_id,
                "office_name": self.office_name, "package_id": self.package_id,
                "created_at": self.created_at.isoformat(), "checkout_id": self.checkout_id,
                "key": dict(self.key), "signed": self.signed, "about": dict(self.about)}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, path: str = "") -> Header:
        try:
            data = json.loads(raw.decode("utf-8"))
            header = cls(kind=data["kind"], office_id=int(data["office_id"]), office_name=str(data["office_name"]),
                         package_id=str(data["package_id"]),
                         created_at=datetime.fromisoformat(data["created_at"]),
                         checkout_id=None if data.get("checkout_id") is None else int(data["checkout_id"]),
                         key=dict(data.get("key") or {}), signed=bool(data.get("signed")),
                         about=dict(data.get("about") or {}), format=int(data["format"]))
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise NotAPackage(path, f"header unreadable: {e}") from None
        if header.kind not in KINDS:
            raise NotAPackage(path, f"unknown kind {header.kind!r}")
        return header

    def expect(self, *kinds: str, path: str = "") -> Header:
        if self.kind not in kinds:
            raise WrongPackageKind(path, kind=self.kind, expected=kinds)
        return self


# ---- keys -------------------------------------------------------------------------------------------------

def new_signing_key() -> tuple[bytes, bytes]:
    """(private, public) raw Ed25519 keys of 32 bytes each, for a laptop at its check-out."""
    from cryptography.hazmat.primitives import serialization
    private = Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    return (private.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
            private.public_key().public_bytes(raw, serialization.PublicFormat.Raw))


def checkout_key_info(package_key: bytes) -> dict:
    return {"by": "checkout", "key_id": crypto.key_id(package_key)}


def passphrase_key(passphrase: str) -> tuple[bytes, dict]:
    """A new key from a passphrase, and the header's description of how to derive it again."""
    salt = os.urandom(crypto.SALT_BYTES)
    key = crypto.key_from_passphrase(passphrase, salt)
    return key, {"by": "passphrase", "salt": base64.b64encode(salt).decode("ascii"), "scrypt": dict(crypto.SCRYPT),
                 "key_id": crypto.key_id(key)}


def key_from_header(header: Header, passphrase: str, path: str = "") -> bytes:
    """The key of a passphrase package; WrongPassphrase when it is not the one the package was sealed with."""
    info = header.key
    if info.get("by") != "passphrase":
        raise WrongPackageKind(path, kind=header.kind, expected=(CHECKOUT, TRANSFER, MEETING))
    try:
        salt = base64.b64decode(info["salt"], validate=True)
        params = {k: int(info["scrypt"][k]) for k in ("n", "r", "p")}
    except (KeyError, ValueError, TypeError):
        raise NotAPackage(path, "key description unreadable") from None
    if params["n"] > 1 << 20 or params["r"] > 32 or params["p"] > 16:   # a crafted header must not eat the memory
        raise NotAPackage(path, "key parameters out of range")
    key = crypto.key_from_passphrase(passphrase, salt, params)
    if crypto.key_id(key) != info.get("key_id"):
        raise WrongPassphrase(path)
    return key


# ---- writing ----------------------------------------------------------------------------------------------

class _Hashing:
    """A file writer that hashes what passes through it (the signature covers every byte before it)."""

    def __init__(self, f: BinaryIO):
        self.f = f
        self.digest = hashlib.sha512()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.f.write(data)


def write_package(path: str | os.PathLike, header: Header, entries: Mapping[str, bytes | Path], *, key: bytes,
                  signing_key: bytes | None = None) -> Path:
    """Write `entries` (zip member name → bytes, or a file to copy in) sealed under `key` as `path` (written whole
    beside it, then renamed: a reader never sees half a package). `signing_key` (raw Ed25519) signs it; the header
    must say `signed` exactly when it is given."""
    if header.signed != (signing_key is not None):
        raise ValueError("header.signed and signing_key disagree")
    target = Path(path)
    part = target.with_name(target.name + ".part")
    raw_header = header.to_bytes()
    with tempfile.TemporaryFile() as plain:
        with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for name, content in entries.items():
                if isinstance(content, Path):
                    zf.write(content, name)
                else:
                    zf.writestr(name, content)
        plain.seek(0)
        try:
            with part.open("wb") as f:
                out = _Hashing(f)
                out.write(MAGIC)
                out.write(struct.pack(">I", len(raw_header)))
                out.write(raw_header)
                crypto.encrypt_stream(key, plain, out, context=MAGIC + raw_header)
                if signing_key is not None:
                    private = Ed25519PrivateKey.from_private_bytes(signing_key)
                    f.write(private.sign(SIGNED_CONTEXT + out.digest.digest()))
                f.flush()
                os.fsync(f.fileno())
            os.replace(part, target)
        finally:
            part.unlink(missing_ok=True)
    return target


# ---- reading ----------------------------------------------------------------------------------------------

def read_header(path: str | os.PathLike) -> Header:
    """The clear header (not yet verified: `open_package` verifies it with the body); NotAPackage when the file
    is not one."""
    with Path(path).open("rb") as f:
        header, _ = _read_header(f, str(path))
    return header


def _read_header(f: BinaryIO, path: str) -> tuple[Header, bytes]:
    magic = f.read(len(MAGIC))
    if len(magic) < len(MAGIC) or not magic.startswith(MAGIC_PREFIX):
        raise NotAPackage(path, "no package mark")
    (fmt,) = struct.unpack(">H", magic[len(MAGIC_PREFIX):])
    if fmt != FORMAT:
        raise NotAPackage(path, f"format {fmt}, this version reads {FORMAT}")
    size_raw = f.read(4)
    if len(size_raw) < 4:
        raise NotAPackage(path, "truncated header")
    (size,) = struct.unpack(">I", size_raw)
    if size > MAX_HEADER:
        raise NotAPackage(path, "header too long")
    raw = f.read(size)
    if len(raw) < size:
        raise NotAPackage(path, "truncated header")
    return Header.from_bytes(raw, path), raw


def is_package(path: str | os.PathLike) -> bool:
    try:
        with Path(path).open("rb") as f:
            return f.read(len(MAGIC_PREFIX)) == MAGIC_PREFIX
    except OSError:
        return False


class _Region:
    """The body of a signed package: the bytes between the header and the signature, read as a file."""

    def __init__(self, f: BinaryIO, start: int, end: int):
        self.f, self.start, self.end = f, start, end
        f.seek(start)

    def read(self, n: int = -1) -> bytes:
        left = self.end - self.f.tell()
        return self.f.read(left if n < 0 else min(n, left)) if left > 0 else b""

    def tell(self) -> int:
        return self.f.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.f.seek(offset, whence)


def verify_signature(path: str | os.PathLike, public_key: bytes) -> None:
    """PackageAltered unless the last 64 bytes are the laptop's signature of everything before them."""
    p = Path(path)
    size = p.stat().st_size
    digest = hashlib.sha512()
    with p.open("rb") as f:
        left = size - SIGNATURE_BYTES
        if left <= 0:
            raise PackageAltered(str(p), "truncated")
        while left:
            chunk = f.read(min(left, 1 << 20))
            digest.update(chunk)
            left -= len(chunk)
        signature = f.read(SIGNATURE_BYTES)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, SIGNED_CONTEXT + digest.digest())
    except (InvalidSignature, ValueError):
        raise PackageAltered(str(p), "signature does not match") from None


@dataclass(frozen=True)
class Opened:
    """A package's verified header and its payload, unpacked as a zip in a private temporary folder that lives
    as long as the `with open_package(…)` block."""
    header: Header
    zip: zipfile.ZipFile
    folder: Path

    def read(self, name: str) -> bytes:
        return self.zip.read(name)

    def names(self) -> list[str]:
        return self.zip.namelist()

    def extract(self, name: str, target: Path) -> Path:
        """Copy one member to `target` (written whole beside it, then renamed)."""
        part = target.with_name(target.name + ".part")
        with self.zip.open(name) as src, part.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        os.replace(part, target)
        return target


@contextmanager
def open_package(path: str | os.PathLike, *, key: bytes, public_key: bytes | None = None,
                 expect: tuple[str, ...] = KINDS) -> Iterator[Opened]:
    """Verify and decrypt a package: NotAPackage, WrongPackageKind (not one of `expect`), PackageAltered (a
    signature or tag that does not match; a signed kind without `public_key` is refused, never read unsigned)."""
    p = Path(path)
    where = str(p)
    with p.open("rb") as f:
        header, raw_header = _read_header(f, where)
        header.expect(*expect, path=where)
        if header.signed:
            if public_key is None:
                raise PackageAltered(where, "signed package, no key to verify it")
            verify_signature(p, public_key)
        elif header.kind == CHECKIN:
            raise PackageAltered(where, "check-in package without a signature")
        end = p.stat().st_size - (SIGNATURE_BYTES if header.signed else 0)
        body = _Region(f, f.tell(), end)
        with tempfile.TemporaryDirectory(prefix="ipcase-package-") as folder:
            plain_path = Path(folder) / "payload.zip"
            try:
                with plain_path.open("wb") as plain:
                    for chunk in crypto.decrypt_stream(key, body, context=MAGIC + raw_header):
                        plain.write(chunk)
            except BackupRefused as e:
                raise PackageAltered(where, e.detail) from None
            try:
                zf = zipfile.ZipFile(plain_path)
            except zipfile.BadZipFile:
                raise PackageAltered(where, "payload is not a zip") from None
            with zf:
                yield Opened(header, zf, Path(folder))


__all__ = ["CHECKIN", "CHECKOUT", "FORMAT", "Header", "KINDS", "MAGIC", "MEETING", "Opened", "READ_ONLY_KINDS",
           "RECEIPT", "SUFFIX", "TRANSFER", "checkout_key_info", "is_package", "key_from_header", "new_signing_key",
           "open_package", "passphrase_key", "read_header", "verify_signature", "write_package"]
