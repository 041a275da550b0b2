"""The rule for typed and pasted text (ipcase.domain.text) and the input gate's walk (ipcase.services.boundary)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import check_credit_code, make_credit_code, parse_patent_number
from ipcase.domain.text import TextRefused, clean_identifier, clean_text, is_blank, storable_problem
from ipcase.dto.cases import AgentInput, PartyInput, PatentInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.boundary import clean_inputs


@pytest.mark.parametrize("ch", ["\x00", "\x01", "\x08", "\x1b", "\x1f", "\x7f", "\ufffe", "\uffff", "\ud800"])
def test_control_characters_are_refused_with_their_code_point(ch):
    with pytest.raises(TextRefused) as e:
        clean_text(f"甲{ch}乙", lines=True)
    assert e.value.reason == "control_char"
    assert e.value.detail == f"U+{ord(ch):04X}"


def test_tab_is_kept_everywhere_and_newline_only_where_lines_are_allowed():
    assert clean_text("甲\t乙", lines=False) == "甲\t乙"
    assert clean_text("甲\n乙", lines=True) == "甲\n乙"
    with pytest.raises(TextRefused) as e:
        clean_text("甲\n乙", lines=False)
    assert e.value.reason == "line_break"


def test_word_soft_line_break_and_crlf_become_newlines_where_lines_are_allowed():
    assert clean_text("第一行\v第二行\r\n第三行\r第四行\u2028第五行", lines=True) == "第一行\n第二行\n第三行\n第四行\n第五行"


@pytest.mark.parametrize("text", ["甲\v乙", "甲\r\n乙", "甲\r乙"])
def test_a_line_break_of_any_kind_is_refused_in_a_one_line_field(text):
    with pytest.raises(TextRefused):
        clean_text(text, lines=False)


def test_one_trailing_newline_pasted_into_a_one_line_field_is_dropped():
    assert clean_text("宁波华辰科技有限公司\r\n", lines=False) == "宁波华辰科技有限公司"


@pytest.mark.parametrize("text", ["", "   ", "\u200b", "\ufeff \u200d", "\u3000\u3000", " \u2060 "])
def test_invisible_only_values_are_empty(text):
    assert is_blank(text)
    assert clean_text(text, lines=True) == ""


def test_visible_text_with_zero_width_inside_is_kept_as_typed():
    # Outside identifiers a zero-width joiner may be meant (emoji sequences, some scripts).
    assert clean_text("a\u200db", lines=False) == "a\u200db"


def test_identifiers_lose_bom_and_zero_width_characters_before_checking():
    code = make_credit_code("91330200MA2AB1234")
    pasted = "\ufeff" + code[:5] + "\u200b" + code[5:] + "\u2060 "
    assert clean_identifier(pasted) == code
    assert check_credit_code(pasted) == code
    assert str(parse_patent_number("\ufeffZL2016\u200c10259567.X")) == "ZL201610259567.X"


def test_storable_problem_is_none_for_ordinary_chinese_text():
    assert storable_problem("宁波市高新区1号\n（邮编315000）\t电话") is None


@dataclass(frozen=True)
class _Form:
    kind: PartyKind
    kinds: tuple[PartyKind, ...] = ()
    note: str = ""


def test_the_walk_names_each_wrong_field_by_its_form_key():
    party = PartyInput("宁波\x00华辰", credit_code="\u200b", address="一行\n两行",
                       agents=(AgentInput("陈\x07律师"),))
    with pytest.raises(ValidationErrors) as e:
        clean_inputs((party,), prefix="requesters")
    got = {(x.field, x.reason) for x in e.value.errors}
    assert got == {("requesters[0].name", "control_char"), ("requesters[0].address", "line_break"),
                   ("requesters[0].agents[0].name", "control_char")}


def test_the_walk_returns_a_cleaned_copy():
    patent = PatentInput("\ufeffZL201610259567.X", title="\u200b")
    out = clean_inputs(patent)
    assert out.number == "ZL201610259567.X"
    assert out.title == ""


def test_enumerated_values_from_outside_the_gui_must_be_members():
    assert clean_inputs(_Form("legal")).kind is PartyKind.LEGAL
    with pytest.raises(ValidationErrors) as e:
        clean_inputs(_Form("martian", kinds=("natural", "alien")))
    assert {(x.field, x.reason) for x in e.value.errors} == {("kind", "choice"), ("kinds[1]", "choice")}


def test_a_single_wrong_field_is_one_validation_failed():
    with pytest.raises(ValidationFailed) as e:
        clean_inputs(_Form(PartyKind.LEGAL, note="\x1b[31m"))
    assert (e.value.field, e.value.reason, e.value.detail) == ("note", "control_char", "U+001B")
