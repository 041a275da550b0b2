"""Chinese fonts for printed documents: the office's installed official fonts when present, else the bundled
open-licensed font, so that a fresh machine still prints Chinese (and every PDF embeds what it uses).

Roles follow GB/T 9704: `title` 小标宋 (2号 titles), `body` 仿宋_GB2312 (3号 text), `hei` 黑体 (一、 headings),
`kai` 楷体 ((一) headings), `song` 宋体 (page numbers, tables)."""
from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ipcase.resources import BUNDLED_FONT, FONTS

BUNDLED_FAMILY = "WenQuanYi Micro Hei"

# reportlab keeps the subset of an embedded TrueType face on the shared, registered font object: two PDFs built
# at once in different threads (a batch on the render pool, issuing on the database lane) corrupt each other's
# subsets (IndexError/KeyError while saving). Every PDF build holds this lock.
PDF_LOCK = threading.RLock()

# role -> (family name as Word/WPS know it, candidate file names), best first
OFFICIAL: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "title": (("方正小标宋简体", ("FZXBSJW.TTF", "fzxbsjw.ttf", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf")),
              ("华文中宋", ("STZHONGS.TTF",)), ("宋体", ("simsun.ttc",))),
    "body": (("仿宋_GB2312", ("FS_GB2312.ttf", "仿宋_GB2312.ttf", "fangsong_gb2312.ttf", "SIMFANG_GB2312.TTF")),
             ("仿宋", ("simfang.ttf", "SIMFANG.TTF"))),
    "hei": (("黑体", ("simhei.ttf", "SIMHEI.TTF")),),
    "kai": (("楷体_GB2312", ("KAI_GB2312.ttf", "楷体_GB2312.ttf", "simkai_gb2312.ttf")), ("楷体", ("simkai.ttf", "SIMKAI.TTF"))),
    "song": (("宋体", ("simsun.ttc", "SIMSUN.TTC")),),
}
ROLES = tuple(OFFICIAL)


@dataclass(frozen=True)
class FontChoice:
    role: str
    family: str          # the name written into DOCX (w:eastAsia) and shown to the user
    path: Path           # the file the PDF embeds
    subfont_index: int = 0
    official: bool = False
    picked: bool = False   # chosen by an administrator on this machine (设置 › 公文字体), see font_files

    @property
    def docx_family(self) -> str:
        """The family a DOCX names: the official one even when only the bundled font was found here, so Word
        and WPS on an office machine use 仿宋_GB2312 & co. (a machine without them substitutes)."""
        return self.family if self.official else OFFICIAL[self.role][0][0]

    @property
    def pdf_name(self) -> str:
        """The name registered with reportlab: ASCII, one per file and face (roles sharing a file share it)."""
        digest = hashlib.sha1(f"{self.path}|{self.subfont_index}".encode()).hexdigest()[:10]
        return f"ipcase-{digest}"


@dataclass(frozen=True)
class FontSet:
    title: FontChoice
    body: FontChoice
    hei: FontChoice
    kai: FontChoice
    song: FontChoice

    def __iter__(self):
        return iter((self.title, self.body, self.hei, self.kai, self.song))

    @property
    def all_official(self) -> bool:
        return all(f.official for f in self)


def font_dirs(extra: Iterable[str | Path] = (), include_system: bool = True) -> list[Path]:
    dirs = [Path(p) for p in extra]
    if not include_system:
        pass
    elif sys.platform.startswith("win"):
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        dirs.append(Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
                 Path.home() / ".local" / "share" / "fonts"]
    dirs.append(FONTS)
    return [d for d in dirs if d.is_dir()]


def _index(dirs: list[Path]) -> dict[str, Path]:
    """Lower-cased file name -> path, over every font directory (searched once)."""
    found: dict[str, Path] = {}
    for d in dirs:
        for root, _subdirs, files in os.walk(d):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def usable_font(path: Path, index: int = 0) -> bool:
    """reportlab embeds TrueType outlines only (not CFF/OpenType-PS): try it before choosing the file."""
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        TTFont("probe", str(path), subfontIndex=index)
    except Exception:  # noqa: BLE001 - any failure means "not this file"
        return False
    return True


def family_name(path: Path, index: int = 0) -> str:
    """The family name a font file declares (what Word/WPS call it)."""
    from reportlab.pdfbase.ttfonts import TTFontFile
    face = TTFontFile(str(path), subfontIndex=index)
    name = face.familyName or face.name
    if isinstance(name, bytes):
        name = name.decode("utf-8", "replace")
    return name or path.stem


# Fonts an administrator picked on this machine (written by ipcase.documents.font_files): <data dir>/fonts/,
# with picked.json naming the file, family and original name of each role.
FOLDER = "fonts"
MANIFEST = "picked.json"


@dataclass(frozen=True)
class PickedFont:
    role: str
    path: Path
    family: str


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def picked_fonts(data_dir: Path) -> tuple[PickedFont, ...]:
    """The fonts picked on this machine, role by role (files that have gone missing are left out)."""
    try:
        entries = json.loads((folder(data_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    picked = []
    for role, entry in sorted(entries.items()):
        path = folder(data_dir) / str(entry.get("file", ""))
        if role in OFFICIAL and path.is_file() and path.parent == folder(data_dir):
            picked.append(PickedFont(role, path, str(entry.get("family", path.stem))))
    return tuple(picked)


# The data directory whose picked fonts (ipcase.documents.font_files) this process uses; set once at start-up by
# `use_machine_fonts`, like fonts installed on the machine (fonts belong to the machine, not to one office).
_machine_dir: Path | None = None


def use_machine_fonts(data_dir: Path | None) -> None:
    """Use the fonts an administrator picked in `data_dir` (None: none) for every document from now on."""
    global _machine_dir
    _machine_dir = Path(data_dir) if data_dir is not None else None
    forget_resolved()


def forget_resolved() -> None:
    """Fonts were picked, removed or installed: resolve again at the next document."""
    resolve_fonts.cache_clear()


def _picked() -> dict[str, FontChoice]:
    if _machine_dir is None:
        return {}
    return {p.role: FontChoice(p.role, p.family, p.path, 0, official=True, picked=True)
            for p in picked_fonts(_machine_dir) if usable_font(p.path)}


@cache
def resolve_fonts(extra_dirs: tuple[str, ...] = (), include_system: bool = True,
                  substitutes: tuple[tuple[str, str], ...] = ()) -> FontSet:
    """The best font for each role: the file an administrator picked on this machine (设置 › 公文字体), else
    the official font when installed here (`extra_dirs` searched first), else the substitute file the office
    configured for the role (e.g. a licensed 小标宋 replacement), else the bundled font. Files that cannot be
    embedded are skipped."""
    files = _index(font_dirs(extra_dirs, include_system))
    configured = dict(substitutes)
    picked = _picked()
    chosen = {}
    for role, candidates in OFFICIAL.items():
        chosen[role] = (picked.get(role) or _installed(role, candidates, files)
                        or _configured(role, configured.get(role))
                        or FontChoice(role, BUNDLED_FAMILY, BUNDLED_FONT, 0, official=False))
    return FontSet(**chosen)


def _installed(role: str, candidates, files: dict[str, Path]) -> FontChoice | None:
    for family, names in candidates:
        path = next((files[n.lower()] for n in names if n.lower() in files), None)
        if path is not None and usable_font(path):
            return FontChoice(role, family, path, 0, official=True)
    return None


def _configured(role: str, path_text: str | None) -> FontChoice | None:
    path = Path(path_text) if path_text else None
    if path is None or not path.is_file() or not usable_font(path):
        return None
    return FontChoice(role, family_name(path), path, 0, official=True)


def register_pdf_fonts(fonts: FontSet) -> dict[str, str]:
    """Register every face with reportlab (idempotent); returns role -> reportlab font name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for f in fonts:
        if f.pdf_name not in registered:
            pdfmetrics.registerFont(TTFont(f.pdf_name, str(f.path), subfontIndex=f.subfont_index))
            registered.add(f.pdf_name)
        names[f.role] = f.pdf_name
    return names
