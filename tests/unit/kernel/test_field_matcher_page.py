"""A page's 匹配 column (issue 19, Q19): `search.normalized_all` normalises many values in one call and gives each
value's normalize_name; `field_matcher(...).many` gives for each result what matched_field gives it alone."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ipcase.domain.identifiers import normalize_name
from ipcase.queries.search import field_matcher, matched_field, normalized_all

# combining marks, compatibility forms, brackets, spaces and format characters at the edges of values: where a
# joined normalisation could differ from the values' own
_EDGES = st.text(st.sampled_from(list("\u0301\u0308\u3099\u309a\u0300e\u00e9ＡａＺ（）〔〕【】 \u3000\t\u200b\ufeff"
                                      "\u00ad・•王科技有限公司ｶﾞ\u1100\u1161\u11a8①²ﬁ\x00")), max_size=8)


@settings(max_examples=400)
@given(st.lists(st.one_of(st.text(max_size=12), _EDGES), max_size=6))
def test_normalized_all_is_each_values_own(values):
    assert normalized_all(values) == [normalize_name(v) for v in values]


_FIELDS = ("case_number", "patent_number", "requesters", "respondents", "credit_code", "agent")
_VALUES = st.one_of(st.none(), st.text(max_size=10), _EDGES,
                    st.sampled_from(["某市知裁字〔2026〕98号", "某市知裁字〔2026〕981号", "ZL202120123456.7",
                                     "王明", "欧阳 律师", "ＡＢＣ科技（宁波）有限公司", "91330300492401002P"]))
_RESULTS = st.lists(st.lists(st.tuples(st.sampled_from(_FIELDS), _VALUES), max_size=6), max_size=5)
_TEXTS = st.one_of(st.text(max_size=6), st.sampled_from(
    ["王", "欧阳律师", "abc", "ＡＢＣ", "科技(宁波)", "【2026】98", "2026-98", "〔2026〕9", "zl2021", "202120123456",
     "91330300", "（宁波）", " 王明 ", "a.b"]))


@settings(max_examples=400)
@given(_TEXTS, _RESULTS)
def test_many_is_matched_field_per_result(text, results):
    numbers = ("case_number",)
    want = [_matched_alone(text, fields, numbers) for fields in results]
    assert field_matcher(text, numbers=numbers).many(results) == want
    assert [matched_field(text, fields, numbers=numbers) for fields in results] == want


def _matched_alone(text, fields, numbers):
    """matched_field as written before the page matcher (one result, each name normalised by itself)."""
    from ipcase.domain.numbering import number_key, number_query
    from ipcase.queries.search import text_key
    q = number_query(text)
    needle, raw = text_key(text), text.strip().lower()
    for name, value in fields:
        if not value:
            continue
        if name in numbers and q is not None:
            key = number_key(value)
            if q.key + "号" in key or key.endswith(q.key):
                return name
            continue
        plain = value.lower()
        if raw in plain or needle and (needle in plain.replace(".", "") or needle in normalize_name(value)):
            return name
    return ""
