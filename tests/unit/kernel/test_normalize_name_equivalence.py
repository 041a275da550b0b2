"""normalize_name (C-level string operations, issue 19) equals its per-character definition on any text."""
from __future__ import annotations

import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ipcase.domain import identifiers
from ipcase.domain.identifiers import normalize_name


def _by_character(text: str | None) -> str:
    """The definition as it was first written: NFKC, brackets, then per character."""
    text = unicodedata.normalize("NFKC", text or "").translate(identifiers._BRACKETS)
    return "".join(c.lower() if c.isascii() else c for c in text
                   if not c.isspace() and unicodedata.category(c) != "Cf")


def test_format_class_is_every_cf_code_point():
    every = {chr(i) for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Cf"}
    matched = {chr(i) for i in range(sys.maxunicode + 1) if identifiers._FORMAT_CHARS.fullmatch(chr(i))}
    assert matched == every


def test_every_space_and_format_character_goes():
    spaces = "".join(chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace())
    assert normalize_name(f"A{spaces}\u200b\ufeff\u00adB（有限）〔2026〕") == _by_character(
        f"A{spaces}\u200b\ufeff\u00adB（有限）〔2026〕") == "ab(有限)(2026)"


_interesting = st.sampled_from(list("ＡＢａ ｂ\u3000\t\u200b\u200d\ufeff\u00ad\u2060（）［］【】〔〕｛｝・•‧∙･Zz王科技有限公司"
                                    "\u0301e\u00e9\ufb01①²"))


@settings(max_examples=400)
@given(st.one_of(st.text(), st.text(_interesting), st.none()))
def test_equals_the_per_character_definition(text):
    assert normalize_name(text) == _by_character(text)
