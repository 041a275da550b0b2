"""The monthly circular's ranking: ties share a rank and are named once, no bottom three below six units,
top and bottom never overlap (issue 15: "前三名 王芳、陈刚、张伟、李娜、赵敏；后三名 赵敏、李娜、张伟")."""
from __future__ import annotations

from ipcase.domain.statistics.ranking import circular_line, competition_ranks, extremes

FIVE_TIED = {"王芳": 0.5, "陈刚": 0.5, "张伟": 0.5, "李娜": 0.5, "赵敏": 0.5}


def _text(values, higher_better=True, label="结案率"):
    ranks = competition_ranks(values, higher_better=higher_better)
    ends = extremes(ranks)
    ranked = sum(r is not None for r in ranks.values())
    return circular_line(label, tuple((ranks[k], k) for k in ends.top),
                         tuple((ranks[k], k) for k in ends.bottom), ranked)


def test_competition_ranks_share_and_skip():
    ranks = competition_ranks({"a": 3, "b": 5, "c": 5, "d": 1, "e": None}, higher_better=True)
    assert ranks == {"b": 1, "c": 1, "a": 3, "d": 4, "e": None}
    assert competition_ranks({"a": 10, "b": 20}, higher_better=False) == {"a": 1, "b": 2}


def test_the_reported_contradiction_cannot_happen():
    text = _text(FIVE_TIED)
    assert text == "结案率：前三名 并列第1名 王芳、陈刚、张伟、李娜、赵敏；参与排名的单位不足六个，不列后三名"
    assert extremes(competition_ranks(FIVE_TIED, higher_better=True)).bottom == ()


def test_fewer_than_six_units_no_bottom_three():
    values = {"甲": 0.9, "乙": 0.8, "丙": 0.7, "丁": 0.6, "戊": 0.5}
    ends = extremes(competition_ranks(values, higher_better=True))
    assert ends.top == ("甲", "乙", "丙") and ends.bottom == ()


def test_six_units_top_and_bottom_apart():
    values = {"甲": 0.9, "乙": 0.8, "丙": 0.7, "丁": 0.6, "戊": 0.5, "己": 0.4}
    ends = extremes(competition_ranks(values, higher_better=True))
    assert ends.top == ("甲", "乙", "丙") and ends.bottom == ("己", "戊", "丁")
    assert _text(values) == ("结案率：前三名 第1名 甲；第2名 乙；第3名 丙；后三名 第6名 己；第5名 戊；第4名 丁")


def test_ties_at_the_edges_are_named_once_with_the_shared_rank():
    values = {"甲": 0.9, "乙": 0.8, "丙": 0.8, "丁": 0.8, "戊": 0.5, "己": 0.4, "庚": 0.4}
    ends = extremes(competition_ranks(values, higher_better=True))
    assert ends.top == ("甲", "乙", "丙", "丁")
    assert ends.bottom == ("己", "庚", "戊")
    assert not set(ends.top) & set(ends.bottom)
    assert _text(values) == ("结案率：前三名 第1名 甲；并列第2名 乙、丙、丁；"
                             "后三名 并列第6名 己、庚；第5名 戊")


def test_a_large_tie_never_puts_a_unit_on_both_lists():
    values = {"甲": 1.0, **{n: 0.5 for n in "乙丙丁戊己庚"}}
    ends = extremes(competition_ranks(values, higher_better=True))
    assert ends.top == ("甲", "乙", "丙", "丁", "戊", "己", "庚") and ends.bottom == ()


def test_lower_is_better_and_unranked_units_are_left_out():
    values = {"甲": 30.0, "乙": 20.0, "丙": None}
    assert _text(values, higher_better=False, label="平均办案周期（日）") == (
        "平均办案周期（日）：前三名 第1名 乙；第2名 甲；参与排名的单位不足六个，不列后三名")
    assert _text({"甲": None}) == "结案率：前三名 —；参与排名的单位不足六个，不列后三名"
