"""Drafts of forms, so nothing typed is lost when a dialog is closed by accident (or the app crashes).

One file per draft key under `<data dir>/drafts/`, written atomically on every change: `<key>.json` for a plain
database; `<key>.sealed` (AES-256-GCM under a key derived from the database's, ipcase.crypto) when the database is
encrypted, so the laptop's disk never holds a party's name or ID number in clear. A plain draft written before the
database was encrypted still opens, and is sealed (the plain file removed) as soon as it is read or saved again.
Sealing a draft of a few kilobytes takes microseconds: it is done where the draft is saved, on the GUI thread.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path

from ipcase import crypto
from ipcase.errors import BackupRefused

log = logging.getLogger(__name__)

PLAIN, SEALED = ".json", crypto.SEALED_SUFFIX


def drafts_for(place) -> DraftStore:
    """The draft store of an application context (ui.shell.context.AppContext): its data directory, sealed
    under its database's key when the database is encrypted."""
    return DraftStore(Path(place.data_dir) / "drafts", key=getattr(place, "files_key", None))


class DraftStore:
    def __init__(self, directory: Path, *, key: bytes | None = None):
        self._dir = Path(directory)
        self._key = key

    @staticmethod
    def _name(key: str) -> str:
        return "".join(c if c.isalnum() or c in "-_" else "_" for c in key)

    def _path(self, key: str, suffix: str) -> Path:
        return self._dir / f"{self._name(key)}{suffix}"

    def save(self, key: str, data: dict, *, saved_at: datetime | None = None) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        payload = {"saved_at": (saved_at or datetime.now()).isoformat(timespec="seconds"), "data": data}
        content = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        suffix = PLAIN
        if self._key is not None:
            content, suffix = crypto.seal_file_bytes(self._key, content, name=self._name(key)), SEALED
        fd, tmp = tempfile.mkstemp(dir=self._dir, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(content)
            os.replace(tmp, self._path(key, suffix))
        except OSError:
            log.exception("could not save draft %s", key)
            Path(tmp).unlink(missing_ok=True)
            return
        if suffix == SEALED:
            self._path(key, PLAIN).unlink(missing_ok=True)  # no clear copy left beside the sealed one

    def load(self, key: str) -> tuple[dict, str] | None:
        """(data, saved_at) or None."""
        sealed, plain = self._path(key, SEALED), self._path(key, PLAIN)
        try:
            if sealed.exists():
                if self._key is None:
                    log.warning("sealed draft %s and no database key: not opened", sealed)
                    return None
                content = crypto.open_file_bytes(self._key, sealed.read_bytes(), name=self._name(key))
            elif plain.exists():
                content = plain.read_bytes()
            else:
                return None
            payload = json.loads(content.decode("utf-8"))
            found = payload["data"], payload.get("saved_at", "")
        except (OSError, ValueError, KeyError, TypeError, BackupRefused):
            log.exception("unreadable draft %s", key)
            return None
        if self._key is not None and not sealed.exists():
            self.save(key, found[0], saved_at=_parsed(found[1]))   # a draft from before the encryption: seal it
        return found

    def clear(self, key: str) -> None:
        self._path(key, SEALED).unlink(missing_ok=True)
        self._path(key, PLAIN).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key, SEALED).exists() or self._path(key, PLAIN).exists()


def _parsed(saved_at: str) -> datetime | None:
    try:
        return datetime.fromisoformat(saved_at)
    except ValueError:
        return None
