"""Font files an administrator picks for this machine (设置 › 公文字体): 仿宋_GB2312, 方正小标宋 … that the office is
licensed for but that are not installed here. A picked file is checked (a real TrueType font that a PDF can embed,
holding the characters documents print), copied into `<data dir>/fonts/` (never the install folder) and then
used before any other font for its role: embedded by every PDF, named (its own family) in every DOCX.

Picked fonts belong to the machine, like installed fonts, not to the office's database: another computer of the
same office has its own (or none, and is told so once by the font notice)."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ipcase.documents.fonts import MANIFEST, ROLES, PickedFont, folder, forget_resolved, picked_fonts
from ipcase.errors import ValidationFailed
from ipcase.files import read_upload

LIMIT = 64 * 1024 * 1024   # a CJK TrueType font is 10–25 MB; a .ttc collection up to ~60 MB

# Characters every document prints (titles, party lines, dates in Chinese numerals, punctuation, digits): a font
# without them would print blanks or fall back glyph by glyph.
NEEDED = ("专利侵权纠纷行政裁决书请求人被请求人案号年月日第号〇一二三四五六七八九十"
          "市场监督管理局知识产权送达通知决定调解口头审理笔录证据"
          "（）、，。：；“”《》〔〕0123456789")


def check_font(path: Path, *, field: str, name: str | None = None) -> str:
    """The family name of a usable font file; ValidationFailed(field, reason, detail) otherwise:
    'font_unreadable' (not a font file), 'font_outlines' (PostScript/CFF outlines, which PDFs here cannot embed:
    the TrueType edition is needed), 'font_glyphs' (detail: the characters it lacks). `name`: the file's name
    as the user knows it (the checked file may be a temporary copy)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

    name = name or path.name
    try:
        face = TTFontFile(str(path), subfontIndex=0)
    except TTFError as e:
        reason = "font_outlines" if "postscript" in str(e).lower() else "font_unreadable"
        raise ValidationFailed(field, reason, name, value=name) from e
    except Exception as e:  # noqa: BLE001 - a damaged or foreign file fails in many ways; all mean "not a font"
        raise ValidationFailed(field, "font_unreadable", name, value=name) from e
    lacking = "".join(ch for ch in dict.fromkeys(NEEDED) if ord(ch) not in face.charToGlyph)
    if lacking:
        raise ValidationFailed(field, "font_glyphs", lacking, value=name)
    family = face.familyName or face.name
    if isinstance(family, bytes):
        family = family.decode("utf-8", "replace")
    return family or Path(name).stem


def pick_font(data_dir: Path, role: str, source: str | os.PathLike) -> PickedFont:
    """Check the file at `source` and copy it into the machine's font folder as the font of `role`; the file it
    replaces is removed. Errors name the field `fonts.<role>`."""
    field = f"fonts.{role}"
    if role not in ROLES:
        raise ValidationFailed("fonts", "choice", role)
    name, data = read_upload(source, field=field, limit=LIMIT)
    target_dir = folder(data_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    suffix = Path(name).suffix.lower() if Path(name).suffix.lower() in (".ttf", ".ttc", ".otf") else ".ttf"
    target = target_dir / f"{role}-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    try:
        family = check_font(partial, field=field, name=name)
    except ValidationFailed:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    previous = {p.role: p.path for p in picked_fonts(data_dir)}.get(role)
    _write_manifest(data_dir, role, {"file": target.name, "family": family, "source": name})
    if previous is not None and previous != target:
        previous.unlink(missing_ok=True)
    forget_resolved()
    return PickedFont(role, target, family)


def remove_font(data_dir: Path, role: str) -> None:
    """Back to automatic choice for `role` (installed official font, the office's substitute, or the bundled one)."""
    previous = {p.role: p.path for p in picked_fonts(data_dir)}.get(role)
    _write_manifest(data_dir, role, None)
    if previous is not None:
        previous.unlink(missing_ok=True)
    forget_resolved()


def _write_manifest(data_dir: Path, role: str, entry: dict | None) -> None:
    manifest = folder(data_dir) / MANIFEST
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        entries = {}
    if entry is None:
        entries.pop(role, None)
    else:
        entries[role] = entry
    manifest.parent.mkdir(parents=True, exist_ok=True)
    partial = manifest.with_name(MANIFEST + ".part")
    partial.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, manifest)   # a crash leaves the old manifest or the new one, never half of one
