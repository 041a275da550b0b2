"""The content of a document as a list of blocks, parsed from a rendered template.

A template (resources/templates/*.txt, Jinja2) produces lines in a small markup; both the DOCX and the PDF
renderer draw the SAME blocks, so the two files always carry the same text:

    # 标题                     title (2号 小标宋, centred)
    ^ 某市知裁受字〔2026〕3号    centred line (文号)
    < 宁波华辰科技有限公司：     flush-left line (addressee, form lines)
    > 2026年11月2日             flush-right line
    ## 一、…                   heading 黑体;  ### （一）…  heading 楷体
    本局于……                   any other line: a body paragraph, first line indented two characters
    \\# …                      a body paragraph that starts with a marker character
    | 专利号 | ZL… |            a table row; consecutive rows form one table; a row with fewer cells than
    |h40| 承办人意见 | … |      the widest one lets its last cell span the rest; `h40` = at least 40 mm high
    !sign 机关名称|日期          signature block with room for the seal (right, 4 characters in)
    !note 本通知书一式两份…      small print (4号), e.g. copies and contact lines
    !space 2                    empty lines
    !page                       page break

Values inserted by `{{ … }}` cannot create markup: line breaks inside a value become soft breaks within
the same block (see `finalize` in ipcase/documents/templates.py).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

SOFT_BREAK = "\u2028"   # a line break inside one paragraph or cell
MARKERS = "#^<>|!\\"

_HEIGHT = re.compile(r"^h(\d{1,3})$")


@dataclass(frozen=True)
class Block:
    kind: str                    # title, center, left, right, h1, h2, para, table, sign, note, space, page
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    heights: tuple[int, ...] = ()     # per row, mm (0 = as needed)
    columns: int = 0
    lines: tuple[str, ...] = ()       # signature lines

    @property
    def lead_in(self) -> bool:
        """A short line ending in a colon (请求人称：, 经审理查明：) introduces what follows: never leave it
        alone at the foot of a page."""
        return self.kind in ("para", "left", "h1", "h2") and self.text.endswith("：") and len(self.text) <= 20


@dataclass(frozen=True)
class Content:
    blocks: tuple[Block, ...]
    layout: str = "notice"            # 'notice' (GB/T 9704) or 'form' (ruled tables, records)
    title: str = ""

    def plain_text(self) -> str:
        """The document's words in reading order (for search, tests and the immutable record)."""
        out: list[str] = []
        for b in self.blocks:
            if b.kind == "table":
                out += ["\t".join(row) for row in b.rows]
            elif b.kind == "sign":
                out += list(b.lines)
            elif b.kind == "space":
                continue    # its text is the number of empty lines, not words of the document
            elif b.text:
                out.append(b.text)
        return "\n".join(line.replace(SOFT_BREAK, "\n") for line in out)


@dataclass
class _Table:
    rows: list[tuple[str, ...]] = field(default_factory=list)
    heights: list[int] = field(default_factory=list)


def _row(line: str) -> tuple[int, tuple[str, ...]]:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    height = 0
    if cells and (m := _HEIGHT.match(cells[0])):
        height = int(m.group(1))
        cells = cells[1:]
    return height, tuple(cells)


# A line's leading mark and the block of text it starts, longest mark first ("###" before "#"); a leading
# backslash keeps a paragraph that begins with one of the marks.
_TEXT_MARKS = {"\\": "para", "###": "h2", "##": "h1", "#": "title", "^": "center", "<": "left", ">": "right"}


def parse(text: str, *, layout: str = "notice") -> Content:
    blocks: list[Block] = []
    table: _Table | None = None

    def close_table() -> None:
        nonlocal table
        if table is not None and table.rows:
            width = max(len(r) for r in table.rows)
            blocks.append(Block("table", rows=tuple(table.rows), heights=tuple(table.heights), columns=width))
        table = None

    # split("\n"), not splitlines(): the latter would also split at the soft breaks inside values.
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            close_table()
            continue
        if line.startswith("|"):
            table = table or _Table()
            height, cells = _row(line)
            table.rows.append(cells)
            table.heights.append(height)
            continue
        close_table()
        mark = next((m for m in _TEXT_MARKS if line.startswith(m)), None)
        if mark is not None:
            blocks.append(Block(_TEXT_MARKS[mark], line[len(mark):].strip()))
        elif line.startswith("!sign"):
            parts = [p.strip() for p in line[5:].split("|")]
            blocks.append(Block("sign", lines=tuple(p for p in parts if p)))
        elif line.startswith("!note"):
            blocks.append(Block("note", line[5:].strip()))
        elif line.startswith("!space"):
            count = line[6:].strip()
            blocks.append(Block("space", text=count if count.isdigit() else "1"))
        elif line.startswith("!page"):
            blocks.append(Block("page"))
        else:
            blocks.append(Block("para", line))
    close_table()
    # A title may be set on several consecutive lines (GB/T 9704: break where the words part, e.g. the office's
    # name on a line of its own); a later title (an attached 回执) is not part of the document's name.
    first = next((i for i, b in enumerate(blocks) if b.kind == "title"), len(blocks))
    title = "".join(b.text for b in itertools.takewhile(lambda b: b.kind == "title", blocks[first:]))
    return Content(tuple(blocks), layout, title)
