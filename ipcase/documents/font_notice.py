"""The official-fonts notice: which of the fonts GB/T 9704 names (方正小标宋 for titles, 仿宋_GB2312 for the text,
黑体 and 楷体 for headings) this machine lacks, and what printed documents use instead. It is told ONCE per machine
(the data directory) for one state of the fonts: installing or picking a font changes the state, and a machine
that still lacks one is told again; a machine with every font is never told."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ipcase.documents.fonts import BUNDLED_FAMILY, OFFICIAL, FontSet

LAYOUT_ROLES = ("title", "body", "hei", "kai")   # the faces GB/T 9704 names; 宋体 (page numbers) is not asked for
STATE_FILE = Path("fonts") / "notice.json"


@dataclass(frozen=True)
class MissingFont:
    role: str
    official: str     # the family GB/T 9704 names (and every DOCX names): 仿宋_GB2312 …
    used: str         # the family the PDF embeds instead


@dataclass(frozen=True)
class FontNotice:
    missing: tuple[MissingFont, ...]
    fingerprint: str   # the state of the fonts it was told for


def font_notice(fonts: FontSet) -> FontNotice | None:
    """What the machine lacks, or None when every layout font is there (installed, picked or configured)."""
    chosen = {f.role: f for f in fonts}
    missing = tuple(MissingFont(role, OFFICIAL[role][0][0], chosen[role].family or BUNDLED_FAMILY)
                    for role in LAYOUT_ROLES if not chosen[role].official)
    if not missing:
        return None
    state = "|".join(f"{f.role}={f.family}@{f.path}" for f in fonts)
    return FontNotice(missing, hashlib.sha256(state.encode()).hexdigest()[:16])


def notice_due(data_dir: Path, fonts: FontSet) -> FontNotice | None:
    """The notice, unless it was already told on this machine for this state of the fonts."""
    notice = font_notice(fonts)
    if notice is None or _told(data_dir) == notice.fingerprint:
        return None
    return notice


def mark_told(data_dir: Path, notice: FontNotice) -> None:
    path = Path(data_dir) / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps({"told": notice.fingerprint}), encoding="utf-8")
    os.replace(partial, path)


def _told(data_dir: Path) -> str | None:
    try:
        return json.loads((Path(data_dir) / STATE_FILE).read_text(encoding="utf-8")).get("told")
    except (OSError, ValueError, AttributeError):
        return None
