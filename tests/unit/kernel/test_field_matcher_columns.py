"""A page's 匹配 column read by column (issue 19, G19d): `field_matcher(...).columns` gives for each result what
matched_field gives it alone — the case list's own columns (案号 as a number field, 专利号, 请求人, 被请求人), a page
of up to 30 rows (small pages are screened first), values with combining marks, compatibility forms, brackets,
spaces, format characters, the separator itself and empty fields."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ipcase.queries.search import field_matcher, matched_field
from tests.unit.kernel.test_field_matcher_page import _EDGES, _TEXTS

_NAMES = ("case_number", "patent_number", "requesters", "respondents")
_VALUES = st.one_of(st.none(), st.just(""), st.text(max_size=10), _EDGES,
                    st.sampled_from(["某市知裁字〔2026〕98号", "某市知裁字〔2026〕981号", "ZL202120123456.7",
                                     "王明", "欧阳 律师", "ＡＢＣ科技（宁波）有限公司", "91330300492401002P",
                                     "宁波华辰科技有限公司、王明", "ΑΣ Σ", "a\x00b"]))
_PAGES = st.lists(st.tuples(*(_VALUES,) * len(_NAMES)), max_size=30)


@settings(max_examples=600)
@given(_TEXTS, _PAGES)
def test_columns_is_matched_field_per_result(text, rows):
    numbers = ("case_number",)
    want = [matched_field(text, list(zip(_NAMES, row, strict=True)), numbers=numbers) for row in rows]
    columns = [[row[j] for row in rows] for j in range(len(_NAMES))]
    assert field_matcher(text, numbers=numbers).columns(_NAMES, columns) == want


def test_columns_of_an_empty_page():
    assert field_matcher("王", numbers=("case_number",)).columns(_NAMES, [[], [], [], []]) == []
