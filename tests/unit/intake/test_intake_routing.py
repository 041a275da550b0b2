"""繁简分流: rules evaluated from data, first match wins, stored and validated as JSON."""
from __future__ import annotations

import json

import pytest

from ipcase.domain.enums import PatentType
from ipcase.domain.intake.items import IntakeChannel, IntakeKind
from ipcase.domain.intake.routing import (
    DEFAULT_RULES,
    DEFAULT_TRACK,
    Condition,
    Fact,
    RoutingFacts,
    RoutingRule,
    Track,
    Venue,
    holds,
    rules_from_data,
    rules_to_data,
    suggest_track,
)
from ipcase.errors import ValidationErrors

UM, DESIGN, INVENTION = PatentType.UTILITY_MODEL, PatentType.DESIGN, PatentType.INVENTION


def item(**kw) -> RoutingFacts:
    base = dict(kind=IntakeKind.REQUEST, channel=IntakeChannel.COUNTER, patent_types=frozenset({UM}),
                evaluation_report=True, respondent_count=1)
    base.update(kw)
    return RoutingFacts(**base)


def test_trade_fair_utility_model_with_evaluation_report_and_one_respondent_is_fast():
    s = suggest_track(DEFAULT_RULES, item(channel=IntakeChannel.TRADE_FAIR))
    assert s.track == Track.FAST and "展会" in s.rule_name and s.rule_index == 2


def test_the_e_commerce_flag_counts_like_the_channel():
    assert suggest_track(DEFAULT_RULES, item(flag_ecommerce=True)).track == Track.FAST
    assert suggest_track(DEFAULT_RULES, item(channel=IntakeChannel.ECOMMERCE, patent_types=frozenset({DESIGN}))
                         ).track == Track.FAST


@pytest.mark.parametrize("change", [
    {"evaluation_report": False},
    {"respondent_count": 2},
    {"channel": IntakeChannel.COUNTER},   # no fair, no platform
])
def test_missing_any_condition_of_the_fast_rule_gives_the_standard_track(change):
    s = suggest_track(DEFAULT_RULES, item(**{"channel": IntakeChannel.TRADE_FAIR, **change}))
    assert s.track == DEFAULT_TRACK and s.rule_name == "" and s.rule_index is None


def test_first_matching_rule_wins_foreign_before_fast():
    s = suggest_track(DEFAULT_RULES, item(channel=IntakeChannel.TRADE_FAIR, foreign=True))
    assert s.track == Track.COMPLEX and s.rule_index == 0


def test_repeat_infringement_is_fast_and_invention_patents_complex():
    assert suggest_track(DEFAULT_RULES, item(repeat=True, patent_types=frozenset({INVENTION}))).track == Track.FAST
    assert suggest_track(DEFAULT_RULES, item(patent_types=frozenset({INVENTION}))).track == Track.COMPLEX
    assert suggest_track(DEFAULT_RULES, item(respondent_count=3)).track == Track.COMPLEX


def test_a_disabled_rule_is_skipped():
    rules = (RoutingRule("all requests", Track.COMPLEX, (Condition(Fact.KIND, "in", ("request",)),), enabled=False),
             RoutingRule("all requests, fast", Track.FAST, (Condition(Fact.KIND, "in", ("request",)),)))
    assert suggest_track(rules, item()).rule_name == "all requests, fast"


def test_set_valued_facts_match_on_any_member():
    values = item(patent_types=frozenset({INVENTION, DESIGN})).values()
    assert holds(Condition(Fact.PATENT_TYPE, "in", ("design",)), values)
    assert not holds(Condition(Fact.PATENT_TYPE, "in", ("utility_model",)), values)
    assert holds(Condition(Fact.VENUE, "in", ("offline",)), values)
    assert item(flag_trade_fair=True, flag_ecommerce=True).venues() == {Venue.TRADE_FAIR, Venue.ECOMMERCE}
    assert holds(Condition(Fact.RESPONDENT_COUNT, "min", 1), values)
    assert not holds(Condition(Fact.RESPONDENT_COUNT, "max", 0), values)
    assert not holds(Condition(Fact.PATENT_TYPE, "in", ("design",)), item(patent_types=frozenset()).values())


def test_rules_round_trip_through_json():
    data = json.loads(json.dumps(rules_to_data(DEFAULT_RULES), ensure_ascii=False))
    assert rules_from_data(data) == DEFAULT_RULES


def test_every_wrong_piece_of_an_edited_rule_is_named():
    data = [
        {"name": "", "track": "slow", "conditions": [{"fact": "colour", "op": "in", "value": ["red"]}]},
        {"name": "ok name", "track": "fast", "conditions": []},
        {"name": "x", "track": "fast", "conditions": [
            {"fact": "patent_type", "op": "in", "value": ["plant"]},
            {"fact": "foreign", "op": "is", "value": "yes"},
            {"fact": "respondent_count", "op": "max", "value": 500},
            {"fact": "venue", "op": "in", "value": []}]},
    ]
    with pytest.raises(ValidationErrors) as e:
        rules_from_data(data)
    found = {(x.field, x.reason) for x in e.value.errors}
    assert found == {
        ("rules[0].name", "required"), ("rules[0].track", "choice"), ("rules[0].conditions[0].fact", "choice"),
        ("rules[1].conditions", "required"),
        ("rules[2].conditions[0].value", "choice"), ("rules[2].conditions[1].value", "choice"),
        ("rules[2].conditions[2].value", "range"), ("rules[2].conditions[3].value", "required"),
    }
