"""What an issued document's files are made from, frozen at issue: the parsed blocks (with the 文号 and the 签发
date already in them), the fonts chosen then and the moment of issue. Stored with the document
(`documents.content`), it lets the PDF and DOCX be made when the document is first opened instead of when it is
issued (ipcase.loaders.document_files): whatever happens to the case later, the files are the bytes issuing
would have made, because nothing is read again from the record.

The format is plain JSON (the audit chain hashes it like any column): {"v": 1, "layout", "title", "number",
"moment", "blocks": [[kind, text, rows, heights, columns, lines], …], "fonts": {role: [family, path, index,
official, picked]}}. The bundled font is stored as "" (its path differs from machine to machine)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from ipcase.documents.blocks import Block, Content
from ipcase.documents.fonts import FontChoice, FontSet, resolve_fonts
from ipcase.resources import BUNDLED_FONT

VERSION = 1


def freeze(content: Content, number: str, fonts: FontSet, moment: datetime) -> dict[str, Any]:
    return {
        "v": VERSION, "layout": content.layout, "title": content.title, "number": number,
        "moment": moment.isoformat(timespec="microseconds"),
        "blocks": [[b.kind, b.text, [list(r) for r in b.rows], list(b.heights), b.columns, list(b.lines)]
                   for b in content.blocks],
        "fonts": {f.role: [f.family, "" if Path(f.path) == BUNDLED_FONT else str(f.path), f.subfont_index,
                           f.official, f.picked] for f in fonts},
    }


def thaw(data: dict[str, Any]) -> tuple[Content, str, FontSet, datetime]:
    """(content, 文号, fonts, moment of issue). A font file that is no longer where it was at issue (another
    machine of a shared database, a font removed since) is replaced by the best one here for its role."""
    if data.get("v") != VERSION:
        raise ValueError(f"frozen document content of version {data.get('v')!r}")
    blocks = tuple(Block(kind, text, tuple(tuple(r) for r in rows), tuple(heights), columns, tuple(lines))
                   for kind, text, rows, heights, columns, lines in data["blocks"])
    content = Content(blocks, data["layout"], data["title"])
    here: FontSet | None = None
    chosen = {}
    for role, (family, path, index, official, picked) in data["fonts"].items():
        file = Path(path) if path else BUNDLED_FONT
        if file.is_file():
            chosen[role] = FontChoice(role, family, file, index, official, picked)
        else:
            here = here or resolve_fonts()
            chosen[role] = getattr(here, role)
    return content, data["number"], FontSet(**chosen), datetime.fromisoformat(data["moment"])
