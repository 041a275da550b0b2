"""The DOCX keeps its sign-off with the last lines of text (issue 20): opened in Word, WPS or LibreOffice, the
panel, the office's name with the seal room, the date and the 书记员 never stand alone on a page. GB/T 9704 has
abolished "（此页无正文）": the last lines of text come along instead. Measured on the PDF LibreOffice makes of the
DOCX, for rulings whose text ends at every point of the last page's foot (without the keep, the ruling with 7 or
more extra lines puts the sign-off alone on page 7)."""
from __future__ import annotations

from datetime import date

import pytest
from pdf_measure import pdf_lines, text_of
from soffice import convert_to_pdf
from test_ruling_text import case_of, draft_of

from ipcase.documents.engine import render

PARA = "被请求人称其产品系从“义乌市某某工厂”（个体工商户）购进，并提交了《购销合同》及（2026）浙甬证字第12号公证书。"
LINE = "本局认为，被请求人的抗辩理由不能成立。"    # one line of text
SIGN_OFF = ("合议组长", "审理员", "书记员", "某市市场监督管理局", "2026年5月28日")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    work = tmp_path_factory.mktemp("docx_sign_off")
    case = case_of()
    sources = []
    for extra in (5, 7, 9, 11, 14):
        reasoning = "\n".join([PARA * 2] * 8 + [LINE] * extra)
        doc = render(case, draft_of(case, reasoning=reasoning, requester_says=PARA), number=case.case_number,
                     issue_date=date(2026, 5, 28))
        path = work / f"ruling-{extra:02d}.docx"
        path.write_bytes(doc.docx)
        sources.append(path)
    out = convert_to_pdf(sources, work)
    return {p.stem: pdf_lines((out / f"{p.stem}.pdf").read_bytes()) for p in sources}


def test_the_last_page_holds_text_before_the_sign_off(converted):
    pages_seen = set()
    for name, pages in converted.items():
        last = [text_of(line) for line in pages[-1]]
        assert any("书记员" in t for t in last), name
        body = [t for t in last if not any(t.startswith(s) for s in SIGN_OFF)]
        assert body, f"{name}: page {len(pages)} holds only the sign-off: {last}"
        pages_seen.add(len(pages))
    assert pages_seen == {6, 7}   # the text ends on both sides of a page break


def test_nothing_says_the_page_has_no_text(converted):
    for pages in converted.values():
        assert not any("此页无正文" in text_of(line) for page in pages for line in page)
