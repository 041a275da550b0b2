"""A stored file name is only a name, never a path.

Names come from a colleague's file dialog, a script, an import or a shared database someone else can write to;
打开文件 writes the bytes under that name into a temporary folder and opens it with the system's application. So
a name is cleaned when it is stored and again when it is written (`safe_name`), and the written path is checked
to lie inside the folder (`path_inside`). One rule for evidence files, intake attachments, case attachments, 回证
scans and judgment copies alike.
"""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

FALLBACK = "file"
MAX_BYTES = 180   # under every filename column (≥ 200 characters) and every file system's 255-byte name limit

# Characters Windows refuses in a name (besides the separators, handled first), replaced so the name stays legible.
_FORBIDDEN = set('<>:"|?*')
# Device names Windows opens instead of a file, with any extension ("CON.txt", "com1.pdf").
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")}


def _visible(ch: str) -> bool:
    # Cc: control characters (NUL, CR, ESC …); Cf: format characters such as U+202E, which draws "fdp.exe"
    # as "exe.pdf"; Cs/Co/Cn: surrogates, private use and unassigned code points (U+FFFE, U+FFFF).
    return unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}


def safe_name(name: str | None) -> str:
    """The last component of `name`, without directories, drive letters, control and format characters or
    characters Windows forbids, not a reserved device name, not hidden, at most MAX_BYTES UTF-8 bytes with its
    extension kept; FALLBACK (with the extension) when nothing is left. Idempotent."""
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]          # directories of either system
    text = "".join("_" if ch in _FORBIDDEN else ch for ch in text if _visible(ch))   # drive letters lose ':'
    text = " ".join(text.split())                               # no tabs, runs of spaces or odd blanks
    text = text.strip(" .")                                     # Windows drops trailing dots; '..', '.hidden'
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    ext = ext[:16] if ext and ext.strip("_") else ""
    if not stem.strip(" ._"):
        stem = FALLBACK
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = f"_{stem}"
    suffix = f".{ext}" if ext else ""
    budget = MAX_BYTES - len(suffix.encode())
    stem = stem.encode()[:budget].decode(errors="ignore").rstrip(" .")
    return f"{stem}{suffix}"


def path_inside(folder: Path, name: str | None) -> Path:
    """Where a file called `name` is written in `folder`: the cleaned name, checked (after resolving links) to
    lie directly inside the folder. Raises ValueError if it would not, which `safe_name` makes impossible; the
    check stays because a path outside the folder must never be written, whatever a later change to the rule."""
    base = Path(os.path.realpath(folder))
    target = Path(os.path.realpath(base / safe_name(name)))
    if target.parent != base:
        raise ValueError(f"{name!r} would be written outside {base}")
    return target


__all__ = ["FALLBACK", "MAX_BYTES", "path_inside", "safe_name"]
