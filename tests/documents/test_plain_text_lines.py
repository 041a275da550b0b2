"""A document's plain text (search, tests, the record of what was issued) holds its words only: a markup line such as
"!space 1" adds no word (the sample ruling once showed a stray "1" before 合议组长)."""
from __future__ import annotations

from datetime import date

from samples import draft_for, full_case

from ipcase.documents.blocks import parse
from ipcase.documents.engine import content_of


def test_spaces_and_page_breaks_are_no_words():
    assert parse("正文。\n!space 2\n!page\n> 书记员　孙丽").plain_text() == "正文。\n书记员　孙丽"


def test_the_sample_ruling_has_no_stray_line_before_the_panel():
    case = full_case()
    text = content_of(case, draft_for("ruling", case), number="某市知裁字〔2026〕7号",
                      issue_date=date(2026, 6, 1)).plain_text()
    lines = text.split("\n")
    assert lines[lines.index("合议组长　张伟") - 1] != "1"
    assert "1" not in lines
