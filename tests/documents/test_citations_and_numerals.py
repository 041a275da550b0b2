"""Golden checks of how documents cite the law and count: one statute name, then its articles; counts in running
text in Chinese numerals; the 调解协议书's art 35 citation on the sentence about effect."""
from __future__ import annotations

import re
from datetime import date

import pytest
from samples import draft_for, full_case

from ipcase.documents.citations import CITATIONS, cite
from ipcase.documents.engine import render
from ipcase.documents.numerals import chinese_numeral, copies

PL = "《中华人民共和国专利法》"


def _text(key: str, case=None) -> str:
    case = case or full_case()
    r = render(case, draft_for(key, case), number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1))
    return re.sub(r"\s+", "", r.text)


def test_articles_of_one_statute_follow_its_name_once():
    assert cite("PL11", "PL64", "PL65") == "《中华人民共和国专利法》第十一条、第六十四条、第六十五条"
    assert cite("PL11", "M25_31", "PL65", "M25_32") == (
        "《中华人民共和国专利法》第十一条、第六十五条、《专利纠纷行政裁决和调解办法》第三十一条、第三十二条")
    assert cite("M25_35") == CITATIONS["M25_35"]
    assert cite("PL65", "PL65") == CITATIONS["PL65"]
    with pytest.raises(KeyError):
        cite("PL60")


@pytest.mark.parametrize(("n", "text"), [(0, "零"), (2, "二"), (3, "三"), (10, "十"), (15, "十五"), (20, "二十"),
                                         (30, "三十"), (31, "三十一"), (99, "九十九"), (100, "100"), ("15", "十五"),
                                         ("十五", "十五"), ("", "")])
def test_counts_in_chinese_numerals(n, text):
    assert chinese_numeral(n) == text


def test_two_copies_are_liang():
    assert (copies(2), copies(3), copies(12)) == ("两", "三", "十二")


def test_the_ruling_groups_its_legal_basis():
    text = _text("ruling")
    basis = re.search(r"综上所述，根据(.*?)之规定", text).group(1)
    # a utility model: art 11 and art 64 第一款; the sample's draft decides all three defences (arts 67, 75, 77)
    assert basis == ("《中华人民共和国专利法》第十一条第一款、第六十四条第一款、第六十五条、第六十七条、"
                     "第七十五条第（二）项、第七十七条、《专利纠纷行政裁决和调解办法》第三十一条、第三十二条")
    assert "自收到本裁决书之日起十五日内" in text


def test_a_rejected_ruling_leaves_out_the_measures_article():
    from dataclasses import replace
    case = replace(full_case(state="closure_approval"), proposed_outcome="rejected")
    basis = re.search(r"综上所述，根据(.*?)之规定", _text("ruling", case)).group(1)
    assert basis.endswith("《专利纠纷行政裁决和调解办法》第三十一条") and basis.count(PL) == 1


def test_the_mediation_agreement_cites_article_35_for_its_effect_not_its_copies():
    text = _text("mediation_agreement")
    assert "依照《专利纠纷行政裁决和调解办法》第三十五条的规定，本协议经双方当事人签名或者盖章，并加盖本局印章后生效。" in text
    assert "本协议书一式四份，" in text          # 1 requester + 2 respondents + the office
    copies = text[text.index("本协议书一式"):]
    assert "第三十五条" not in copies[:40]


def test_notices_count_days_and_copies_in_chinese():
    answer = _text("answer_notice")
    assert "答辩书一式两份" in answer              # one requester: a copy for them and one for the file
    assert "十五日内向本局提交证据" in answer
    assert not re.search(r"\d+日内", answer)
    suspension = _text("suspension_notice")
    assert "第二十八条第一款第（一）项" in suspension and re.search(r"一式[一二三四五六七八九十]+份", suspension)


@pytest.mark.parametrize("typed", ["本局认为：被请求人侵权。", "本局认为:被请求人侵权。", "本局认为，被请求人侵权。",
                                   "本局认为：\n被请求人侵权。", "被请求人侵权。"])
def test_a_section_label_typed_by_the_clerk_is_printed_once(typed):
    from dataclasses import replace
    case = full_case()
    draft = draft_for("ruling", case)
    draft = replace(draft, fields={**draft.fields, "reasoning": typed})
    text = render(case, draft, number="某市知裁字〔2026〕7号", issue_date=date(2026, 6, 1)).text
    assert text.count("本局认为") == 1
    assert "本局认为：\n被请求人侵权。" in text


def test_a_label_that_only_begins_like_the_section_is_kept():
    from ipcase.documents.templates import without_label
    assert without_label("本局认为本案事实清楚。", "本局认为：") == "本局认为本案事实清楚。"
    assert without_label("本局认为：本案事实清楚。", "本局认为：") == "本局认为：本案事实清楚。"[5:]
