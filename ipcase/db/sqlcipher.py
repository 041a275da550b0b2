"""The embedded database encrypted at rest with SQLCipher (AES-256, every page authenticated).

The key is derived from the office's passphrase with scrypt, salted with the 16 bytes SQLCipher keeps in clear
at the start of the file, and handed to SQLCipher as a raw key: no key file sits beside the database, and
SQLCipher's own per-connection key derivation (PBKDF2, 256 000 rounds) is not paid on every pooled connection.
A plain SQLite file starts with "SQLite format 3"; an encrypted one starts with its random salt."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool

from ipcase.crypto import SALT_BYTES, key_from_passphrase
from ipcase.db import search_index
from ipcase.db.engine import make_engine
from ipcase.errors import WrongDatabaseKey

SQLITE_MAGIC = b"SQLite format 3\x00"
PASSPHRASE_ENV = "IPCASE_DB_PASSPHRASE"


@dataclass(frozen=True)
class DatabaseKey:
    key: bytes
    salt: bytes

    def pragma(self, *, with_salt: bool = False) -> str:
        # The salt is given only when a file is created; an existing file supplies its own.
        raw = self.key.hex() + (self.salt.hex() if with_salt else "")
        return f"PRAGMA key = \"x'{raw}'\""


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that is not plain SQLite (an encrypted database, or a damaged file: opening
    it with a key tells which)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(24)
    except FileNotFoundError:
        return False
    if not head or head[:16] == SQLITE_MAGIC:
        return False
    # What SQLCipher never writes, so the file is damaged or foreign rather than encrypted: only whole pages
    # (a multiple of 512 bytes), a random salt first (never all zeros, never readable text), and the plain
    # SQLite header's fixed payload fractions (64, 32, 32 at bytes 21–23) only when its magic was overwritten.
    if size % 512 or not any(head[:16]) or head[21:24] == b"\x40\x20\x20" or _readable(head[:16]):
        return False
    return True


def _readable(data: bytes) -> bool:
    try:
        return data.decode("utf-8").isprintable()
    except UnicodeDecodeError:
        return False


def key_for(path: Path, passphrase: str) -> DatabaseKey:
    """The key of an existing encrypted file (its salt read from the file) or of a new one (a fresh salt)."""
    salt = b""
    if path.exists():
        with open(path, "rb") as f:
            salt = f.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        salt = os.urandom(SALT_BYTES)
    return DatabaseKey(key_from_passphrase(passphrase, salt), salt)


def connect(path: Path, key: DatabaseKey, *, check_same_thread: bool = True):
    """A sqlcipher3 connection with the key applied and checked: WrongDatabaseKey rather than the driver's
    "file is not a database" on the first query."""
    import sqlcipher3

    new = not path.exists() or path.stat().st_size == 0
    conn = sqlcipher3.connect(str(path), timeout=15, check_same_thread=check_same_thread)
    search_index.register(conn)  # writes to the registers maintain indexes and triggers that call these functions
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not the library's stderr lines
    conn.execute(key.pragma(with_salt=new))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongDatabaseKey(str(path)) from None
    return conn


def make_encrypted_engine(path: Path, key: DatabaseKey, **kw) -> Engine:
    """An engine over the encrypted file with the same pragmas and BEGIN IMMEDIATE as every SQLite engine.

    The raw key travels as the URL's password: SQLAlchemy's pysqlcipher dialect sends it as `PRAGMA key` first
    on every new connection (quoted as an identifier, which is SQLCipher's raw-key syntax)."""
    new = not path.exists() or path.stat().st_size == 0
    connect(path, key).close()  # fail here, once, with WrongDatabaseKey, not inside the pool
    raw = f"x'{key.key.hex()}{key.salt.hex() if new else ''}'"
    # (URL.create drops a password that has no user or host; this is the form the dialect documents.)
    url = f"sqlite+pysqlcipher://:{quote(raw, safe='')}@/{path.resolve().as_posix()}"
    kw.setdefault("poolclass", QueuePool)  # the dialect's default is one connection per thread
    return make_engine(url, **kw)


def encrypt_file(plain: Path, target: Path, key: DatabaseKey) -> None:
    """Write an encrypted copy of the plain database `plain` to `target` (sqlcipher_export copies schema,
    data and user_version in one pass)."""
    import sqlcipher3

    if target.exists():
        raise FileExistsError(target)
    conn = sqlcipher3.connect(str(plain))
    search_index.register(conn)  # the export builds the number indexes (ipcase_number_key) and fires no trigger
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = key.key.hex() + key.salt.hex()
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{raw}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def copy_encrypted(source: Path, target: Path, key: DatabaseKey) -> None:
    """A consistent copy of a live encrypted database (SQLite's online backup API), encrypted under the same
    key and salt, so the same passphrase opens it. Never a plaintext copy."""
    src = connect(source, key)
    try:
        dst = connect(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
