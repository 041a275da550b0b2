"""The cryptography of backups, of the encrypted database and of files at rest, in one place: keys (a random
recovery key shown once as a code, or a key derived from a passphrase with scrypt) and AES-256-GCM over a stream
in chunks.

A stream is split into 1 MiB chunks, each sealed on its own with a counter nonce; the chunk's index and a
"last chunk" flag are bound into its associated data, so reordering, dropping or truncating chunks is
detected, not only changed bytes."""
from __future__ import annotations

import base64
import hashlib
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ipcase.errors import BackupRefused

KEY_BYTES = 32
SALT_BYTES = 16
CHUNK = 1 << 20
# scrypt at N=2^15, r=8 costs ~32 MiB and ~0.1 s here: once per start-up or backup, never per query.
SCRYPT = {"n": 1 << 15, "r": 8, "p": 1}


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def recovery_code(key: bytes) -> str:
    """The key as a code a person can write down: base32, groups of four letters or digits."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def key_from_code(code: str) -> bytes:
    """The key back from its code; spaces, dashes and lower case are forgiven (people copy codes by hand)."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    try:
        key = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise BackupRefused("wrong_key", "recovery code is not base32") from None
    if len(key) != KEY_BYTES:
        raise BackupRefused("wrong_key", "recovery code has the wrong length")
    return key


def key_from_passphrase(passphrase: str, salt: bytes, params: dict | None = None) -> bytes:
    p = params or SCRYPT
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=p["n"], r=p["r"], p=p["p"],
                          maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)


def key_id(key: bytes) -> str:
    """A fingerprint that tells a wrong key from damaged data without revealing anything of the key."""
    return hashlib.sha256(b"ipcase key id\0" + key).hexdigest()[:16]


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(context: bytes, index: int, last: bool) -> bytes:
    return context + struct.pack(">I?", index, last)


def encrypt_stream(key: bytes, src: BinaryIO, dst: BinaryIO, *, context: bytes = b"") -> None:
    """Seal `src` into `dst`: an 8-byte nonce prefix, then (length, ciphertext) per chunk. `context` (e.g. a
    file header) is authenticated with every chunk, so it cannot be changed either."""
    aes = AESGCM(key)
    prefix = os.urandom(8)
    dst.write(prefix)
    index = 0
    chunk = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if chunk else b""
        last = not following
        sealed = aes.encrypt(_nonce(prefix, index), chunk, _aad(context, index, last))
        dst.write(struct.pack(">I", len(sealed)))
        dst.write(sealed)
        if last:
            return
        chunk, index = following, index + 1


def decrypt_stream(key: bytes, src: BinaryIO, *, context: bytes = b"") -> Iterator[bytes]:
    """The plaintext chunks of a sealed stream; BackupRefused('damaged') on any change, loss or truncation."""
    aes = AESGCM(key)
    prefix = src.read(8)
    if len(prefix) != 8:
        raise BackupRefused("damaged", "encrypted data truncated")
    index = 0
    while True:
        head = src.read(4)
        if len(head) != 4:
            raise BackupRefused("damaged", "encrypted data truncated")
        (size,) = struct.unpack(">I", head)
        sealed = src.read(size)
        if len(sealed) != size:
            raise BackupRefused("damaged", "encrypted data truncated")
        last = src.peek(1)[:1] == b"" if hasattr(src, "peek") else _at_end(src)
        try:
            yield aes.decrypt(_nonce(prefix, index), sealed, _aad(context, index, last))
        except InvalidTag:
            raise BackupRefused("damaged", f"encrypted chunk {index} altered") from None
        if last:
            return
        index += 1


def _at_end(src: BinaryIO) -> bool:
    here = src.tell()
    at_end = not src.read(1)
    src.seek(here)
    return at_end


def seal_bytes(key: bytes, data: bytes, *, context: bytes = b"") -> bytes:
    """One small file (a draft) sealed whole: nonce + ciphertext."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, context)


def open_bytes(key: bytes, sealed: bytes, *, context: bytes = b"") -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:12], sealed[12:], context)
    except (InvalidTag, ValueError):
        raise BackupRefused("wrong_key", "sealed data does not open with this key") from None


# ---- small files in the data directory (form drafts) under the encrypted database's key -------------------

SEALED_MAGIC = b"IPCSEAL1"
SEALED_SUFFIX = ".sealed"


def files_key(database_key: bytes) -> bytes:
    """The key that seals the data directory's small files, derived from the database's key (one passphrase
    opens both, and a sealed file never reveals the database key itself)."""
    return hashlib.sha256(b"ipcase files at rest\0" + database_key).digest()


def seal_file_bytes(key: bytes, data: bytes, *, name: str) -> bytes:
    """A file's content sealed, bound to its `name` (a sealed draft cannot be passed off as another form's)."""
    return SEALED_MAGIC + seal_bytes(key, data, context=SEALED_MAGIC + name.encode("utf-8"))


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(SEALED_MAGIC)


def open_file_bytes(key: bytes, blob: bytes, *, name: str) -> bytes:
    """The content of a sealed file; BackupRefused('wrong_key') for another key, another name or altered bytes."""
    if not is_sealed(blob):
        raise BackupRefused("damaged", f"{name} is not a sealed file")
    return open_bytes(key, blob[len(SEALED_MAGIC):], context=SEALED_MAGIC + name.encode("utf-8"))


def seal_plain_files(folder: Path, key: bytes, *, plain_suffix: str) -> list[Path]:
    """Seal every plain `*<plain_suffix>` file of `folder` as `*.sealed` (written whole, then renamed) and remove
    the plain one: what the data directory held before its database was encrypted. Returns the new files."""
    sealed = []
    for plain in sorted(Path(folder).glob(f"*{plain_suffix}")):
        target = plain.with_suffix(SEALED_SUFFIX)
        part = target.with_name(target.name + ".tmp")
        part.write_bytes(seal_file_bytes(key, plain.read_bytes(), name=plain.stem))
        os.replace(part, target)
        plain.unlink()
        sealed.append(target)
    return sealed
