"""The bound case file (案卷) as one PDF: cover (案卷封面), list of contents (卷内文件目录) with each file's page
range, the issued documents, signed proofs of service and attached evidence (PDF and images) in order, one
continuous archive page number stamped on every page from the first document on, and the 备考表.

Pure: it gets the files (CaseFileInput) from the read side and never touches the database. `progress(done,
total, text)` and `cancel.check()` let the UI show progress and stop it."""
from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdf_canvas

from ipcase.documents.blocks import Block, Content
from ipcase.documents.fonts import PDF_LOCK, FontSet, register_pdf_fonts, resolve_fonts
from ipcase.documents.pdf_render import render_pdf
from ipcase.documents.templates import cn_date
from ipcase.domain import terms
from ipcase.dto.documents import CaseFileInput, CaseFilePart
from ipcase.errors import ValidationFailed
from ipcase.progress import CancelToken, Progress


def _part_pages(part: CaseFilePart) -> list:
    """The pages of one part: a PDF as it is, an image scaled onto an A4 page."""
    name = (part.filename or "").lower()
    if part.kind == "document" or name.endswith(".pdf"):
        try:
            return list(PdfReader(io.BytesIO(part.data)).pages)
        except (PdfReadError, ValueError, OSError) as e:
            raise ValidationFailed("attachment", "unreadable", part.title) from e
    try:
        image = ImageReader(io.BytesIO(part.data))
        w, h = image.getSize()
    except Exception as e:  # noqa: BLE001 - Pillow raises many kinds for a broken image
        raise ValidationFailed("attachment", "unreadable", part.title) from e
    out = io.BytesIO()
    c = pdf_canvas.Canvas(out, pagesize=A4)
    margin = 15 * mm
    scale = min((A4[0] - 2 * margin) / w, (A4[1] - 2 * margin) / h)
    c.drawImage(image, (A4[0] - w * scale) / 2, (A4[1] - h * scale) / 2, w * scale, h * scale)
    c.showPage()
    c.save()
    return list(PdfReader(io.BytesIO(out.getvalue())).pages)


def _cover(data: CaseFileInput, total_pages: int, today: date) -> Content:
    case = data.case
    parties = lambda role: "、".join(p.name for p in case.parties if p.role == role)  # noqa: E731
    rows = (("案号", case.case_number or "—"),
            ("案由", f"“{case.patent_title}”（{case.patent_number}）{terms.PATENT_TYPE.get(case.patent_type, '')}专利侵权纠纷"),
            ("请求人", parties("requester")), ("被请求人", parties("respondent")),
            ("收到请求日期", cn_date(case.received_date)), ("立案日期", cn_date(case.registered_date)),
            ("结案日期", cn_date(case.closed_date)), ("结案方式", terms.CASE_CLOSING.get(case.state, "")),
            ("承办人", case.officer_name), ("卷内文件", f"{len(data.parts)}件，共{total_pages}页"),
            ("保管期限", ""), ("立卷日期", cn_date(today)))
    return Content((Block("space", "2"), Block("title", case.office.name), Block("title", "专利侵权纠纷行政裁决案卷"),
                    Block("space", "1"),
                    Block("table", rows=rows, heights=(12,) * len(rows), columns=2)), layout="form",
                   title="专利侵权纠纷行政裁决案卷")


def _contents(data: CaseFileInput, ranges: list[tuple[int, int]]) -> Content:
    rows = [("序号", "文号", "文件名称", "日期", "页号")]
    for i, (part, (first, last)) in enumerate(zip(data.parts, ranges, strict=True), 1):
        rows.append((str(i), part.number or "—", part.title, cn_date(part.on),
                     str(first) if first == last else f"{first}–{last}"))
    return Content((Block("title", "卷内文件目录"), Block("table", rows=tuple(rows), heights=(0,) * len(rows),
                                                     columns=5)), layout="form", title="卷内文件目录")


def _notes(data: CaseFileInput, total_pages: int, today: date) -> Content:
    text = f"本卷共有文件{len(data.parts)}件，共{total_pages}页（不含封面、卷内文件目录及本表）。"
    rows = (("说明", text), ("立卷人", ""), ("检查人", ""), ("立卷时间", cn_date(today)))
    return Content((Block("title", "备考表"), Block("table", rows=rows, heights=(60, 15, 15, 15), columns=2)),
                   layout="form", title="备考表")


def _stamp(fonts_name: str, sizes: list[tuple[float, float]], first_number: int) -> PdfReader:
    """One overlay page per page to number: the archive number in the top outer corner."""
    out = io.BytesIO()
    c = pdf_canvas.Canvas(out, initialFontName=fonts_name)
    for i, (w, h) in enumerate(sizes):
        c.setPageSize((w, h))
        c.setFont(fonts_name, 12)
        n = first_number + i
        if n % 2:
            c.drawRightString(w - 12 * mm, h - 12 * mm, str(n))
        else:
            c.drawString(12 * mm, h - 12 * mm, str(n))
        c.showPage()
    with PDF_LOCK:
        c.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def bind_case_file(data: CaseFileInput, *, today: date, fonts: FontSet | None = None,
                   progress: Progress | None = None, cancel: CancelToken | None = None) -> tuple[bytes, int]:
    """(PDF bytes, number of archive-numbered pages)."""
    fonts = fonts or resolve_fonts(substitutes=data.fonts)
    total = len(data.parts) + 2
    pages_of_parts, ranges, count = [], [], 0
    for i, part in enumerate(data.parts):
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(i, total, part.title)
        pages = _part_pages(part)
        pages_of_parts.append(pages)
        ranges.append((count + 1, count + len(pages)))
        count += len(pages)
    if progress is not None:
        progress(len(data.parts), total, "卷内文件目录")
    notes = PdfReader(io.BytesIO(render_pdf(_notes(data, count, today), fonts))).pages
    writer = PdfWriter()
    for content in (_cover(data, count, today), _contents(data, ranges)):
        for page in PdfReader(io.BytesIO(render_pdf(content, fonts))).pages:
            writer.add_page(page)
    front = len(writer.pages)
    for pages in pages_of_parts:
        for page in pages:
            writer.add_page(page)
    for page in notes:
        writer.add_page(page)
    numbered = writer.pages[front:front + count]
    name = register_pdf_fonts(fonts)["song"]
    overlay = _stamp(name, [(float(p.mediabox.width), float(p.mediabox.height)) for p in numbered], 1)
    for page, stamp in zip(numbered, overlay.pages, strict=True):
        if cancel is not None:
            cancel.check()
        page.merge_page(stamp)
    writer.add_metadata({"/Title": f"案卷 {data.case.case_number or ''}", "/Creator": "ipcase"})
    out = io.BytesIO()
    writer.write(out)
    if progress is not None:
        progress(total, total, "")
    return out.getvalue(), count
