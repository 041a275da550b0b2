"""Signed copies of the chain head outside the database, so that someone who can rewrite the whole database —
entries and hashes recomputed, or the chain cut short — is still caught: the checkpoint remembers what entry N's
hash was.

Signed with HMAC-SM3 under a key kept in the data directory (`keys/audit-checkpoint.key`, never in the database).
Why not Ed25519: it needs `cryptography`, which is not a dependency, and the key would sit in the same directory
either way; an HMAC protects the checkpoint against anyone who can write the database but not this computer's
files. For the supervising office a checkpoint is exported as a file (`audit checkpoint --export DIR`): the head
it names (number and hash) is what a later copy of the chain must still contain."""
from __future__ import annotations

import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ipcase.audit.canonical import dumps

FOLDER = "checkpoints"
KEY_FILE = Path("keys") / "audit-checkpoint.key"
MAC_ALGORITHM = "sm3"


@dataclass(frozen=True)
class Checkpoint:
    chain_id: str
    seq: int
    hash: str
    head_at: datetime | None
    written_at: datetime
    path: Path | None = None
    signed: bool = True      # False: the file's signature does not match (altered, or another key)

    def body(self) -> dict:
        return {"chain_id": self.chain_id, "seq": self.seq, "hash": self.hash,
                "head_at": self.head_at.isoformat(sep=" ") if self.head_at else None,
                "written_at": self.written_at.isoformat(sep=" ")}


def office_key(data_dir: Path) -> bytes:
    """The checkpoint key of this installation, made on first use (readable by the user only)."""
    path = data_dir / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
    return path.read_bytes()


def _mac(key: bytes, body: dict) -> str:
    return hmac.new(key, dumps(body).encode("utf-8"), MAC_ALGORITHM).hexdigest()


def write(data_dir: Path, chain_id: str, seq: int, hash_: str, head_at: datetime | None,
          now: datetime) -> Checkpoint:
    """Write a checkpoint file of this head into `data_dir/checkpoints/` (written whole, then renamed)."""
    cp = Checkpoint(chain_id, seq, hash_, head_at, now.replace(microsecond=0))
    body = cp.body()
    folder = data_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"audit-{chain_id[:8]}-{seq:09d}-{now:%Y%m%d%H%M%S}.json"
    part = path.with_suffix(".part")
    part.write_text(json.dumps({**body, "mac_algorithm": f"hmac-{MAC_ALGORITHM}",
                                "mac": _mac(office_key(data_dir), body)}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
    part.replace(path)
    return Checkpoint(**{**cp.__dict__, "path": path})


def read(path: Path, key: bytes) -> Checkpoint | None:
    """One checkpoint file; None when it is not one. `signed` says whether its signature holds."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        body = {k: data[k] for k in ("chain_id", "seq", "hash", "head_at", "written_at")}
        cp = Checkpoint(str(body["chain_id"]), int(body["seq"]), str(body["hash"]),
                        datetime.fromisoformat(body["head_at"]) if body["head_at"] else None,
                        datetime.fromisoformat(body["written_at"]), path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    signed = hmac.compare_digest(str(data.get("mac", "")), _mac(key, body))
    return cp if signed else Checkpoint(**{**cp.__dict__, "signed": False})


def all_for(data_dir: Path, chain_id: str) -> list[Checkpoint]:
    """This chain's checkpoints in the data directory, oldest first (files of other databases are skipped)."""
    folder = data_dir / FOLDER
    if not folder.is_dir():
        return []
    key = office_key(data_dir)
    found = (read(p, key) for p in sorted(folder.glob("audit-*.json")))
    return sorted((cp for cp in found if cp is not None and cp.chain_id == chain_id),
                  key=lambda cp: (cp.seq, cp.written_at))


def latest(data_dir: Path, chain_id: str) -> Checkpoint | None:
    signed = [cp for cp in all_for(data_dir, chain_id) if cp.signed]
    return max(signed, key=lambda cp: cp.written_at) if signed else None


__all__ = ["FOLDER", "Checkpoint", "all_for", "latest", "office_key", "read", "write"]
