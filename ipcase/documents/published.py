"""The published version of a ruling (M25 art 83) as PDF, DOCX and HTML, from its redacted text.

The service hands over the text already masked (`domain.publication.redaction.apply`) — title, body and file
name alike — so nothing here sees an original. The plain text of the issued ruling is turned back into blocks
(title lines, the 文号, tables, the sign-off) and drawn by the same renderers as every document; the 公开 mark is
the GB/T 9704 附注 「（此件公开发布）」 under the date, followed by which published version this is and which one
it replaces.
"""
from __future__ import annotations

import html
import re
from datetime import datetime

from ipcase.documents.blocks import SOFT_BREAK, Block, Content
from ipcase.documents.docx_render import render_docx
from ipcase.documents.fonts import FontSet, resolve_fonts
from ipcase.documents.pdf_render import render_pdf
from ipcase.domain.publication.rules import PUBLICATION_MARK

_NUMBER = re.compile(r"〔\d{4}〕.*号$|\(\d{4}\).*号$|（\d{4}）.*号$")
_SIGNER = re.compile(r"^(合议组长|审理员|审 理 员|书记员|技术调查官|组长)\s")   # the panel's names under the text
_DATE = re.compile(r"^[〇零一二三四五六七八九十\d]{4}年[〇零一二三四五六七八九十\d]{1,3}月[〇零一二三四五六七八九十\d]{1,3}日$")


def published_content(title: str, text: str, note: str) -> Content:
    """Blocks of the published version: `text` is the issued ruling's plain text, already redacted."""
    lines = [line.strip() for line in text.replace(SOFT_BREAK, "\n").split("\n")]
    lines = [line for line in lines if line]
    blocks: list[Block] = []
    i, taken = 0, ""
    while i < len(lines) and title.startswith(taken + lines[i]):   # the title, possibly on several lines
        taken += lines[i]
        blocks.append(Block("title", lines[i]))
        i += 1
    if i < len(lines) and _NUMBER.search(lines[i]) and len(lines[i]) <= 40:
        blocks.append(Block("center", lines[i]))
        i += 1
    body = lines[i:]
    sign: list[str] = []
    dated = [j for j in range(max(0, len(body) - 3), len(body)) if _DATE.match(body[j])]
    if dated:
        j = dated[-1]
        sign = body[max(0, j - 1):j + 1]
        tail = body[j + 1:]
        body = body[:max(0, j - 1)]
    else:
        tail = []
    rows: list[tuple[str, ...]] = []
    for line in body:
        if "\t" in line:
            rows.append(tuple(c.strip() for c in line.split("\t")))
            continue
        if rows:
            blocks.append(Block("table", rows=tuple(rows), heights=(0,) * len(rows),
                                columns=max(len(r) for r in rows)))
            rows = []
        blocks.append(Block("right" if _SIGNER.match(line) else "para", line))
    if rows:
        blocks.append(Block("table", rows=tuple(rows), heights=(0,) * len(rows), columns=max(len(r) for r in rows)))
    if sign:
        blocks.append(Block("sign", lines=tuple(sign)))
    blocks += [Block("right" if _SIGNER.match(line) else "para", line) for line in tail]
    blocks.append(Block("para", PUBLICATION_MARK))   # GB/T 9704 附注: the last thing above the version note
    blocks.append(Block("note", note))
    return Content(tuple(blocks), "notice", title)


def render_html(content: Content) -> bytes:
    """A plain, self-contained page for the office's website (UTF-8, no scripts, no external resources)."""
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>{html.escape(content.title)}</title>",
           '<meta name="robots" content="noarchive">',
           "<style>body{max-width:42em;margin:2em auto;font-family:serif;line-height:1.8}"
           "h1{text-align:center;font-size:1.6em}.c{text-align:center}.r{text-align:right}"
           "p{text-indent:2em;margin:0}table{border-collapse:collapse;margin:1em 0}"
           "td{border:1px solid #444;padding:.2em .5em}.n{font-size:.85em;color:#333;text-indent:0}</style>",
           "</head><body>"]
    for b in content.blocks:
        if b.kind == "title":
            out.append(f"<h1>{html.escape(b.text)}</h1>")
        elif b.kind == "center":
            out.append(f'<p class="c">{html.escape(b.text)}</p>')
        elif b.kind == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                                           for row in b.rows) + "</table>")
        elif b.kind == "sign":
            out += [f'<p class="r">{html.escape(line)}</p>' for line in b.lines]
        elif b.kind == "note":
            out.append(f'<p class="n">{html.escape(b.text)}</p>')
        else:
            out.append(f"<p>{html.escape(b.text)}</p>")
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")


def render_published(title: str, text: str, note: str, fonts: FontSet | None = None,
                     moment: datetime | None = None) -> tuple[bytes, bytes, bytes]:
    """(pdf, docx, html) of the published version; `moment` (its approval) dates the files instead of the clock,
    so a version published without its files (the demo's past rulings) gets the same bytes at every opening."""
    content = published_content(title, text, note)
    fonts = fonts or resolve_fonts()
    return render_pdf(content, fonts, moment), render_docx(content, fonts, moment), render_html(content)
