"""Restoring a backup: everything is checked before anything is replaced.

1. the file is a backup, its key (recovery code or the database's passphrase) is the right one;
2. the sealed payload is intact (AES-GCM), every file matches the manifest's SHA-256 and SM3, none is missing
   or added;
3. the audit chain of the snapshot verifies (when an audit verifier is given): the SQLite file as extracted, a
   PostgreSQL dump loaded into a scratch database beside the real one (dropped afterwards);
4. only then: the current database and files are kept aside as a `before-restore-…` backup (and a SQLite file
   is renamed `…before-restore-YYYYMMDD-HHMMSS.db`), the snapshot is loaded, the files are put back, and the
   report counts the rows of every table."""
from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ipcase import crypto
from ipcase.backup import snapshot
from ipcase.backup.create import CHECKPOINT, FILES, MANIFEST, create_backup, hashes
from ipcase.backup.store import BEFORE_RESTORE, backups_dir, read_header
from ipcase.db.engine import make_engine
from ipcase.db.sqlcipher import DatabaseKey, is_encrypted, key_for, make_encrypted_engine
from ipcase.errors import BackupRefused, StorageFailed, WrongDatabaseKey

log = logging.getLogger(__name__)

# Checks the audit chain of a snapshot (ipcase.backup.audit_link.chain_problems): called with the snapshot's
# engine and the backup's files folder (its checkpoints), returns the alterations in words (empty: intact).
AuditVerifier = Callable[[object, Path], list[str]]


@dataclass(frozen=True)
class Verified:
    folder: Path              # the extracted, verified content
    manifest: dict
    db_key: DatabaseKey | None  # the key of an encrypted database inside


@dataclass(frozen=True)
class RestoreReport:
    backup: Path
    backend: str
    counts: dict[str, int]
    files: tuple[str, ...]
    aside: Path | None         # the before-restore backup of what was there
    renamed: Path | None       # the SQLite file that was replaced, kept under a new name


def backup_key(header: dict, secret: str | None) -> tuple[bytes | None, DatabaseKey | None]:
    """The payload key from the recovery code or passphrase; refused with 'key_required' or 'wrong_key'."""
    if not header.get("encrypted"):
        return None, None
    if not secret:
        raise BackupRefused("key_required", header.get("key", "recovery"))
    if header.get("key") == "database":
        salt = bytes.fromhex(header["salt"])
        kdf = header.get("kdf") or crypto.SCRYPT
        db_key = DatabaseKey(crypto.key_from_passphrase(secret, salt, kdf), salt)
        key = db_key.key
    else:
        key, db_key = crypto.key_from_code(secret), None
    if crypto.key_id(key) != header.get("key_id"):
        raise BackupRefused("wrong_key", header.get("key", "recovery"))
    return key, db_key


@contextmanager
def opened(path: Path, *, secret: str | None = None) -> Iterator[Verified]:
    """The backup unpacked into a temporary folder and verified against its manifest; removed afterwards."""
    path = Path(path)
    header, offset = read_header(path)
    key, db_key = backup_key(header, secret)
    with tempfile.TemporaryDirectory(prefix="ipcase-restore-") as tmp:
        payload = Path(tmp) / "payload.tar.gz"
        with open(path, "rb") as src, open(payload, "wb") as out:
            head = src.read(offset)
            if key is None:
                shutil.copyfileobj(src, out)
            else:
                for chunk in crypto.decrypt_stream(key, src, context=head):
                    out.write(chunk)
        folder = Path(tmp) / "content"
        try:
            with tarfile.open(payload, "r:gz") as tar:
                names = set(tar.getnames())
                tar.extractall(folder, filter="data")
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise BackupRefused("damaged", f"payload: {exc}") from None
        manifest = _verify(folder, names)
        yield Verified(folder, manifest, db_key)


def _verify(folder: Path, names: set[str]) -> dict:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupRefused("damaged", MANIFEST) from None
    present = {n for n in names if (folder / n).is_file()} - {MANIFEST}
    if missing := sorted(set(listed) - present):
        raise BackupRefused("damaged", f"missing: {', '.join(missing)}")
    if added := sorted(present - set(listed)):
        raise BackupRefused("damaged", f"not in the manifest: {', '.join(added)}")
    for name, expected in sorted(listed.items()):
        actual = hashes(folder / name)
        if any(actual[k] != expected.get(k) for k in ("size", "sha256", "sm3")):
            raise BackupRefused("damaged", f"altered: {name}")
    return manifest


def verify_backup(path: Path, *, secret: str | None = None) -> dict:
    """Check a backup without restoring it; returns its manifest."""
    with opened(path, secret=secret) as verified:
        return verified.manifest


def restore_backup(path: Path, *, db_url: str, data_dir: Path, now: datetime, secret: str | None = None,
                   current_key: DatabaseKey | None = None,
                   verify_audit: AuditVerifier | None = None) -> RestoreReport:
    """Restore `path` into the database at `db_url` and the data directory. `secret` opens an encrypted backup;
    `current_key` opens the current encrypted database (to keep it aside), else the backup's passphrase is
    tried on it."""
    backend = snapshot.backend_of(db_url)
    with opened(path, secret=secret) as verified:
        if verified.manifest.get("backend") != backend:
            raise BackupRefused("backend_mismatch", f"{verified.manifest.get('backend')} → {backend}")
        member = snapshot.SQLITE_MEMBER if backend == "sqlite" else snapshot.PG_MEMBER
        dump = verified.folder / member
        if verify_audit is not None:
            problems = _audit_problems(dump, db_url, verified.folder / FILES, verified.db_key, verify_audit)
            if problems:
                raise BackupRefused("damaged", "audit chain: " + "; ".join(problems))
        aside, renamed = _keep_aside(db_url, data_dir, now, current_key, secret, backend)
        snapshot.load(dump, db_url)
        files = _put_back_files(verified.folder, Path(data_dir))
        if CHECKPOINT in verified.manifest["files"]:
            shutil.copyfile(verified.folder / CHECKPOINT, backups_dir(data_dir) / f"restored-{CHECKPOINT}")
    engine = _engine(db_url, verified.db_key)
    try:
        counts = snapshot.table_counts(engine)
    finally:
        engine.dispose()
    return RestoreReport(Path(path), backend, counts, files, aside, renamed)


def _audit_problems(dump: Path, db_url: str, files: Path, db_key: DatabaseKey | None,
                    verify_audit: AuditVerifier) -> list[str]:
    """The snapshot's audit chain checked where it lies: the SQLite file as extracted; a PostgreSQL dump loaded
    into a scratch database on the same server first (dropped afterwards), so the real one is untouched."""
    if snapshot.backend_of(db_url) == "postgresql":
        with snapshot.scratch_database(db_url) as scratch_url:
            snapshot.load(dump, scratch_url)
            engine = make_engine(scratch_url)
            try:
                return list(verify_audit(engine, files))
            finally:
                engine.dispose()
    engine = _engine(f"sqlite:///{dump.as_posix()}", db_key)
    try:
        return list(verify_audit(engine, files))
    finally:
        engine.dispose()


def _engine(db_url: str, db_key: DatabaseKey | None):
    if db_key is not None and snapshot.backend_of(db_url) == "sqlite":
        return make_encrypted_engine(snapshot.sqlite_path(db_url), db_key)
    return make_engine(db_url)


def _keep_aside(db_url: str, data_dir: Path, now: datetime, current_key: DatabaseKey | None,
                secret: str | None, backend: str) -> tuple[Path | None, Path | None]:
    if backend != "sqlite":
        return create_backup(db_url=db_url, data_dir=data_dir, out_dir=backups_dir(data_dir), now=now,
                             kind=BEFORE_RESTORE).path, None
    current = snapshot.sqlite_path(db_url)
    if not current.exists() or current.stat().st_size == 0:
        return None, None
    renamed = current.with_name(f"{current.stem}.before-restore-{now:%Y%m%d-%H%M%S}{current.suffix}")
    try:
        if is_encrypted(current) and current_key is None:
            if not secret:
                raise WrongDatabaseKey(str(current), missing=True)
            current_key = key_for(current, secret)
        aside = create_backup(db_url=db_url, data_dir=data_dir, out_dir=backups_dir(data_dir), now=now,
                              db_key=current_key, kind=BEFORE_RESTORE).path
        # A consistent copy of the replaced file under its own name, beside it (the WAL folded in).
        with tempfile.TemporaryDirectory(dir=renamed.parent) as tmp:
            snapshot.dump(db_url, Path(tmp), current_key).rename(renamed)
    except _UNREADABLE as exc:
        # The file being replaced cannot be read as a database — the start-up recovery restores over a damaged,
        # truncated or foreign file, or one whose key is not at hand: its bytes are kept aside as they are.
        log.warning("current database unreadable (%s): its bytes are kept as %s", exc, renamed)
        for side in ("", "-wal"):
            if (src := current.with_name(current.name + side)).exists():
                shutil.copy2(src, renamed.with_name(renamed.name + side))
        return None, renamed
    return aside, renamed


def _unreadable_errors() -> tuple[type[BaseException], ...]:
    import sqlcipher3
    return sqlite3.DatabaseError, sqlcipher3.DatabaseError, WrongDatabaseKey, StorageFailed


_UNREADABLE = _unreadable_errors()


def _put_back_files(folder: Path, data_dir: Path) -> tuple[str, ...]:
    root = folder / FILES
    restored = []
    if root.exists():
        for src in sorted(p for p in root.rglob("*") if p.is_file()):
            rel = src.relative_to(root)
            target = data_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            restored.append(rel.as_posix())
    return tuple(restored)
