"""A backup file and the folder of backups.

One backup is one file `<kind>-YYYYMMDD-HHMMSS.ipcbak`: a magic line, a JSON header line that can be read
without any key (when, which backend, whether and how it is encrypted), then the payload — a gzip'd tar of the
database snapshot, the data directory's files, the audit checkpoint and a manifest of their hashes — in clear
or sealed with AES-256-GCM (ipcase.crypto). A backup is written as `.part` and renamed only once it is whole,
so every `.ipcbak` in the folder is complete."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ipcase.errors import BackupRefused

MAGIC = b"IPCASE-BACKUP 1\n"
SUFFIX = ".ipcbak"
# Kinds of backup, the first part of the file name: taken by hand (GUI, CLI), automatically at start-up, or
# of the database a restore was about to replace. Rotation removes old automatic ones only.
MANUAL, AUTOMATIC, BEFORE_RESTORE = "ipcase", "auto", "before-restore"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    backend: str            # "sqlite" | "postgresql"
    encrypted: bool
    key: str | None = None  # "recovery" (a recovery code) | "database" (the encrypted database's passphrase)
    header: dict | None = None

    @property
    def kind(self) -> str:
        return self.path.name.rsplit("-", 2)[0]


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def file_name(kind: str, now: datetime) -> str:
    return f"{kind}-{now:%Y%m%d-%H%M%S}{SUFFIX}"


def header_bytes(header: dict) -> bytes:
    return json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"


def read_header(path: Path) -> tuple[dict, int]:
    """The header and where the payload starts; BackupRefused('not_a_backup') for any other file."""
    try:
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise BackupRefused("not_a_backup", str(path))
            line = f.readline(64 * 1024)
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        raise BackupRefused("not_a_backup", f"{path}: {exc.strerror}") from None
    try:
        header = json.loads(line)
        datetime.fromisoformat(header["created_at"])
    except (ValueError, KeyError, TypeError):
        raise BackupRefused("damaged", f"{path}: header") from None
    return header, len(MAGIC) + len(line)


def info(path: Path) -> BackupInfo:
    header, _ = read_header(path)
    return BackupInfo(path=path, created_at=datetime.fromisoformat(header["created_at"]),
                      backend=header.get("backend", ""), encrypted=bool(header.get("encrypted")),
                      key=header.get("key"), header=header)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every readable backup in `folder`, oldest first; files that are not backups are passed over."""
    found = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        try:
            found.append(info(path))
        except BackupRefused:
            continue
    return sorted(found, key=lambda b: (b.created_at, b.path.name))


def latest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest complete backup in the data directory's `backups/` (any kind), or None. Its content is
    verified against its manifest when it is restored (an encrypted one needs its key for that)."""
    backups = list_backups(backups_dir(data_dir))
    return backups[-1] if backups else None


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete the automatic backups beyond the newest `keep`; backups taken by hand stay. Returns what went."""
    automatic = [b for b in list_backups(folder) if b.kind == AUTOMATIC]
    gone = [b.path for b in automatic[:max(len(automatic) - keep, 0)]]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone
