"""Drafts of forms, so nothing typed is lost when a dialog is closed by accident (or the app crashes).

One JSON file per draft key under `<data dir>/drafts/`; written atomically on every change.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)


class DraftStore:
    def __init__(self, directory: Path):
        self._dir = Path(directory)

    def _path(self, key: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in key)
        return self._dir / f"{safe}.json"

    def save(self, key: str, data: dict, *, saved_at: datetime | None = None) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        payload = {"saved_at": (saved_at or datetime.now()).isoformat(timespec="seconds"), "data": data}
        fd, tmp = tempfile.mkstemp(dir=self._dir, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(payload, f, ensure_ascii=False, indent=1)
            os.replace(tmp, self._path(key))
        except OSError:
            log.exception("could not save draft %s", key)
            Path(tmp).unlink(missing_ok=True)

    def load(self, key: str) -> tuple[dict, str] | None:
        """(data, saved_at) or None."""
        path = self._path(key)
        if not path.exists():
            return None
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            return payload["data"], payload.get("saved_at", "")
        except (OSError, ValueError, KeyError):
            log.exception("unreadable draft %s", path)
            return None

    def clear(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key).exists()
