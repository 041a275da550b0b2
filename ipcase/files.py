"""Files the user picks and files we write to open them — the file-system side of ipcase.domain.filenames.

`read_upload` runs in the database task, never on the GUI thread: it asks the file system for the size first and
refuses an over-limit file before reading a byte of it, and names the file when it has vanished (moved, deleted,
a USB stick pulled) between the file dialog and the save. `write_for_opening` puts stored bytes in a fresh
temporary folder under a cleaned name and returns where.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from ipcase.domain.filenames import path_inside, safe_name
from ipcase.errors import ValidationFailed


def _megabytes(limit: int) -> str:
    return f"{limit // 1_000_000} MB"


def read_upload(path: str | os.PathLike, *, field: str, limit: int) -> tuple[str, bytes]:
    """(cleaned name, bytes) of the file at `path`; ValidationFailed on `field` when it is missing
    ('file_missing', detail: its name), not a readable file ('unreadable') or over `limit` bytes ('too_large')."""
    source = Path(path)
    name = safe_name(source.name)
    try:
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ValidationFailed(field, "unreadable", name, value=name)
        if info.st_size > limit:
            raise ValidationFailed(field, "too_large", _megabytes(limit), value=name)
        with source.open("rb") as f:
            data = f.read(limit + 1)     # the file may have grown since stat
    except FileNotFoundError:
        raise ValidationFailed(field, "file_missing", name, value=name) from None
    except (IsADirectoryError, PermissionError, OSError) as e:
        raise ValidationFailed(field, "unreadable", name, value=name) from e
    if len(data) > limit:
        raise ValidationFailed(field, "too_large", _megabytes(limit), value=name)
    return name, data


def write_for_opening(data: bytes, name: str, *, under: Path | None = None) -> Path:
    """Write `data` as `name` (cleaned) into a new private temporary folder (under `under` if given) and return
    the path, which is always inside that folder."""
    if under is not None:
        under.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="ipcase-", dir=under))
    target = path_inside(folder, name)
    target.write_bytes(data)
    return target


__all__ = ["read_upload", "write_for_opening"]
