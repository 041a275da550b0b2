"""A register number typed the way people type it (issue 16): one parser in the core, used by every search."""
from __future__ import annotations

import pytest

from ipcase.domain.numbering import number_key, number_query
from ipcase.queries.search import matched_field

FORMS = ["(2026)98", "（2026）98", "【2026】98", "[2026]98", "2026-98", "2026年98", "〔2026〕98号", "〔2026〕98",
         "2026年第98号", " ２０２６－９８ ", "2026/98", "〖2026〗98号"]


@pytest.mark.parametrize("text", FORMS)
def test_every_typed_form_names_year_and_sequence(text):
    q = number_query(text)
    assert (q.year, q.n, q.prefix) == (2026, 98, "")
    assert q.key in number_key("某市知裁字〔2026〕98号")


def test_a_typed_prefix_is_kept_and_leading_zeros_dropped():
    q = number_query("某市知裁字〔2026〕098号")
    assert (q.year, q.n, q.prefix) == (2026, 98, "某市知裁字")
    assert number_key("某市知裁字〔2026〕98号").startswith(q.key)


@pytest.mark.parametrize("text", ["", "张三", "2026", "98", "ZL201610123456.7", "202698", "91330200MA2AB1234X",
                                  "2026-98-1", "(2026)", "0571-12345678"])
def test_other_texts_are_not_numbers(text):
    assert number_query(text) is None


def test_matched_field_says_why_a_row_was_found():
    fields = [("case_number", "某市知裁字〔2026〕98号"), ("patent_number", "ZL202120123456.7"),
              ("requesters", "宁波华辰科技有限公司"), ("respondents", "义乌市鼎盛贸易商行"), ("agent", "陈律师")]
    numbers = ("case_number",)
    assert matched_field("【2026】98", fields, numbers=numbers) == "case_number"
    assert matched_field("〔2026〕9", fields, numbers=numbers) == ""      # 98 is not 9
    assert matched_field("202120123456", fields, numbers=numbers) == "patent_number"
    assert matched_field("2021201234567", fields, numbers=numbers) == "patent_number"   # typed without the dot
    assert matched_field("鼎盛", fields, numbers=numbers) == "respondents"
    assert matched_field("陈律", fields, numbers=numbers) == "agent"
    assert matched_field("华辰科技（宁波）", fields, numbers=numbers) == ""
