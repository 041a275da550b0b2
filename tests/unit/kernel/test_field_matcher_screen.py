"""The 匹配 column's page screen (issue 19, Q19b): `field_matcher(...).many` first tests a whole page's values joined
(NUL between them) and answers "" for every row when none shows the text; the answers are those of matched_field's
definition, field by field, for any texts and pages — values holding NUL, case-mapped letters (final sigma),
compatibility forms, brackets, spaces and format characters at the values' edges included — and the bracket and
letter keys of `normalize_name` (Q19b: a regex and a bytes table instead of str.translate) are its definition's."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ipcase.domain import identifiers
from ipcase.domain.identifiers import normalize_name
from ipcase.queries.search import field_matcher, text_key

_EDGES = st.text(st.sampled_from(list("\u0301\u0308\u3099e\u00e9ＡａΣσς（）〔〕【】・•‧∙･[]{} \u3000\t\u200b\ufeff"
                                      "\u00ad王明欧阳科技有限公司ｶﾞ①²ﬁ\x00\ud800.")), max_size=8)
_FIELDS = ("case_number", "patent_number", "requesters", "respondents", "credit_code", "agent")
_VALUES = st.one_of(st.none(), st.text(max_size=10), _EDGES,
                    st.sampled_from(["王明", "欧阳 律师", "ＡＢＣ科技（宁波）有限公司", "91330300492401002P", "ΟΔΟΣ",
                                     "ZL202120123456.7", "a.b"]))
_PAGES = st.lists(st.lists(st.tuples(st.sampled_from(_FIELDS), _VALUES), max_size=6), max_size=8)
_TEXTS = st.one_of(st.text(max_size=5), _EDGES, st.sampled_from(
    ["王", "欧阳律师", "abc", "ＡＢＣ", "科技(宁波)", "91330300", "（宁波）", " 王明 ", "a.b", "ab", "ς", "σ", "zl2021", "\x00"]))


def _by_definition(text: str, fields) -> str:
    needle, raw = text_key(text), text.strip().lower()
    for name, value in fields:
        if value and (raw in value.lower() or needle and (needle in value.lower().replace(".", "")
                                                          or needle in normalize_name(value))):
            return name
    return ""


@settings(max_examples=600)
@given(_TEXTS, _PAGES)
def test_the_screened_page_answers_as_each_row_alone(text, page):
    assert field_matcher(text).many(page) == [_by_definition(text, fields) for fields in page]


def _keys_by_definition(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(identifiers._BRACKETS)
    return "".join(c.lower() if c.isascii() else c for c in text)


@settings(max_examples=600)
@given(st.one_of(st.text(), _EDGES))
def test_normalize_name_keys_are_the_tables(text):
    kept = "".join(c for c in _keys_by_definition(text) if not c.isspace() and unicodedata.category(c) != "Cf")
    assert normalize_name(text) == kept


# Q19c: `shown` (many without the page screen, for a found row's agents and credit codes) and `_by_field`'s
# ASCII letters-and-digits values (credit codes), which it no longer normalises, answer as the definition too.
_ASCII_ALNUM = st.text(st.sampled_from(list("AaBbQqXxZzLl0129")), min_size=1, max_size=8)
_ASCII_PAGES = st.lists(st.lists(st.tuples(st.sampled_from(_FIELDS), st.one_of(_ASCII_ALNUM, _VALUES)), max_size=6),
                        max_size=8)
_ASCII_TEXTS = st.one_of(_TEXTS, _ASCII_ALNUM, st.sampled_from(["ＱＸ", "Ｑ Ｘ", "q.x", "zlqx", "ZL 2021", "qx "]))


@settings(max_examples=600)
@given(_ASCII_TEXTS, _ASCII_PAGES)
def test_unscreened_pages_and_ascii_codes_answer_as_the_definition(text, page):
    want = [_by_definition(text, fields) for fields in page]
    assert field_matcher(text).shown(page) == want
    assert field_matcher(text).many(page) == want
    assert field_matcher.of(text, ()).many(page) == want
