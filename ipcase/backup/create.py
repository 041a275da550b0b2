"""Taking a backup: the database snapshot, the data directory's files, the audit checkpoint, a manifest of
SHA-256 and SM3 hashes of all of them, packed into one file and — on request, or always for an encrypted
database — sealed with AES-256-GCM.

    create_backup(db_url=…, data_dir=…, out_dir=…, now=…, encrypt=True)  -> BackupResult(path, recovery_code, …)

The recovery key of an encrypted backup is never written into the backup: it is returned once as a code for a
person to keep. A backup of an encrypted database is sealed under the database's own key, so its passphrase
restores it and nothing of it is readable without."""
from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ipcase import crypto
from ipcase.backup import snapshot
from ipcase.backup.store import MAGIC, MANUAL, file_name, header_bytes
from ipcase.db.sqlcipher import DatabaseKey
from ipcase.progress import CancelToken, Progress

FORMAT = 1
MANIFEST = "manifest.json"
CHECKPOINT = "audit-checkpoint.json"
FILES = "files"
# Not part of a backup: the backups themselves, unsaved form drafts, temporary copies opened for viewing, the
# log, and the database file with its side files and the copies taken before an upgrade or a restore (the
# database is in the backup as its consistent snapshot).
EXCLUDED_DIRS = frozenset({"backups", "drafts", "attachments"})
EXCLUDED_PATTERNS = ("*.db", "*.db-wal", "*.db-shm", "*.db-journal", "*.restoring", "ipcase.log*")

# Signs the audit chain's head (ipcase.backup.audit_link.checkpoint_hook): called first, so the checkpoint file
# it writes into the data directory is in the backup too; what it returns is kept as audit-checkpoint.json.
AuditCheckpoint = Callable[[], dict | None]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    recovery_code: str | None   # shown once when the backup was sealed with a new recovery key
    files: int                  # data directory files included
    size: int


def hashes(path: Path) -> dict:
    sha, sm3, size = hashlib.sha256(), hashlib.new("sm3"), 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
            sm3.update(chunk)
            size += len(chunk)
    return {"size": size, "sha256": sha.hexdigest(), "sm3": sm3.hexdigest()}


def data_files(data_dir: Path) -> Iterator[Path]:
    data_dir = Path(data_dir)
    if not data_dir.exists():
        return
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir)
        if not path.is_file() or rel.parts[0] in EXCLUDED_DIRS:
            continue
        if any(path.match(p) for p in EXCLUDED_PATTERNS) or ".before-" in path.name:
            continue
        yield path


def create_backup(*, db_url: str, data_dir: Path, out_dir: Path, now: datetime, encrypt: bool = False,
                  db_key: DatabaseKey | None = None, kind: str = MANUAL,
                  checkpoint: AuditCheckpoint | None = None,
                  progress: Progress | None = None, cancel: CancelToken | None = None) -> BackupResult:
    progress = progress or (lambda done, total, text: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / file_name(kind, now)
    part = final.with_name(final.name + ".part")
    with tempfile.TemporaryDirectory(prefix="ipcase-backup-", dir=out_dir) as tmp:
        staging = Path(tmp) / "staging"
        staging.mkdir()
        signed = checkpoint() if checkpoint is not None else None
        files = list(data_files(data_dir))
        total = len(files) + 3
        progress(0, total, "database")
        members = {snapshot.dump(db_url, staging, db_key).name: None}
        if cancel:
            cancel.check()
        for i, path in enumerate(files, start=1):
            rel = Path(FILES) / path.relative_to(data_dir)
            (staging / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, staging / rel)
            members[rel.as_posix()] = None
            progress(i, total, rel.as_posix())
            if cancel:
                cancel.check()
        if signed is not None:
            (staging / CHECKPOINT).write_text(json.dumps(signed, ensure_ascii=False, sort_keys=True, default=str),
                                              encoding="utf-8")
            members[CHECKPOINT] = None
        manifest = {"format": FORMAT, "created_at": now.isoformat(), "backend": snapshot.backend_of(db_url),
                    "files": {name: hashes(staging / name) for name in members}}
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True),
                                        encoding="utf-8")
        progress(len(files) + 1, total, "pack")
        payload = Path(tmp) / "payload.tar.gz"
        with tarfile.open(payload, "w:gz", compresslevel=6) as tar:
            tar.add(staging / MANIFEST, arcname=MANIFEST)
            for name in members:
                tar.add(staging / name, arcname=name)
        if cancel:
            cancel.check()
        progress(len(files) + 2, total, "seal" if encrypt or db_key else "write")
        code = _write(part, payload, now=now, backend=manifest["backend"], encrypt=encrypt, db_key=db_key)
    part.replace(final)
    progress(total, total, "")
    return BackupResult(final, code, len(files), final.stat().st_size)


def _write(part: Path, payload: Path, *, now: datetime, backend: str, encrypt: bool,
           db_key: DatabaseKey | None) -> str | None:
    header = {"format": FORMAT, "created_at": now.isoformat(), "backend": backend, "encrypted": False}
    code, key = None, None
    if db_key is not None:
        # The snapshot inside is the encrypted database itself: its passphrase is needed anyway, so it seals
        # the whole backup too (a recovery key would not open the database).
        key = db_key.key
        header.update(encrypted=True, key="database", key_id=crypto.key_id(key), salt=db_key.salt.hex(),
                      kdf=dict(crypto.SCRYPT, name="scrypt"))
    elif encrypt:
        key = crypto.new_key()
        code = crypto.recovery_code(key)
        header.update(encrypted=True, key="recovery", key_id=crypto.key_id(key))
    head = header_bytes(header)
    try:
        with open(part, "wb") as out, open(payload, "rb") as src:
            out.write(MAGIC)
            out.write(head)
            if key is None:
                shutil.copyfileobj(src, out)
            else:
                crypto.encrypt_stream(key, src, out, context=MAGIC + head)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return code
