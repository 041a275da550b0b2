"""繁简分流: suggest a track for an incoming item from rules kept as data.

A rule is a name, a track and a list of conditions that must all hold; the rules are tried in order and the
first that matches suggests its track (none: the standard track). Conditions compare one fact of the item:
`in` (the fact, or any of a set-valued fact, is one of the values), `is` (a yes/no fact), `min`/`max` (a
count). Rules are stored as JSON (`rules_to_data` / `rules_from_data`), so an administrator edits them and
the officer sees exactly which rule suggested the track.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from ipcase.domain.enums import PatentType
from ipcase.domain.intake.items import IntakeChannel, IntakeKind
from ipcase.errors import ValidationErrors, ValidationFailed


class Track(StrEnum):
    FAST = "fast"          # 简案快办
    STANDARD = "standard"  # 普通程序
    COMPLEX = "complex"    # 繁案精办


DEFAULT_TRACK = Track.STANDARD


class Venue(StrEnum):
    """Where the alleged infringement was found, from the channel and the flags."""
    TRADE_FAIR = "trade_fair"
    ECOMMERCE = "ecommerce"
    OFFLINE = "offline"


class Fact(StrEnum):
    KIND = "kind"
    CHANNEL = "channel"
    PATENT_TYPE = "patent_type"              # set: the types of every patent named
    EVALUATION_REPORT = "evaluation_report"  # 专利权评价报告 supplied (utility model / design)
    RESPONDENT_COUNT = "respondent_count"
    VENUE = "venue"                          # set of Venue
    FOREIGN = "foreign"                      # 涉外/港澳台
    REPEAT = "repeat"                        # 重复侵权 (M25 art 34)


CHOICE_FACTS: dict[Fact, tuple[str, ...]] = {
    Fact.KIND: tuple(k.value for k in IntakeKind),
    Fact.CHANNEL: tuple(c.value for c in IntakeChannel),
    Fact.PATENT_TYPE: tuple(t.value for t in PatentType),
    Fact.VENUE: tuple(v.value for v in Venue),
}
BOOL_FACTS = frozenset({Fact.EVALUATION_REPORT, Fact.FOREIGN, Fact.REPEAT})
COUNT_FACTS = frozenset({Fact.RESPONDENT_COUNT})


@dataclass(frozen=True)
class Condition:
    fact: Fact
    op: str        # 'in' | 'is' | 'min' | 'max'
    value: object  # tuple of choice values | bool | int


@dataclass(frozen=True)
class RoutingRule:
    name: str
    track: Track
    conditions: tuple[Condition, ...]
    enabled: bool = True


@dataclass(frozen=True)
class RoutingFacts:
    kind: IntakeKind
    channel: IntakeChannel
    patent_types: frozenset[PatentType] = frozenset()
    evaluation_report: bool = False
    respondent_count: int = 1
    flag_trade_fair: bool = False
    flag_ecommerce: bool = False
    foreign: bool = False
    repeat: bool = False

    def venues(self) -> frozenset[Venue]:
        found = set()
        if self.flag_trade_fair or self.channel == IntakeChannel.TRADE_FAIR:
            found.add(Venue.TRADE_FAIR)
        if self.flag_ecommerce or self.channel == IntakeChannel.ECOMMERCE:
            found.add(Venue.ECOMMERCE)
        return frozenset(found or {Venue.OFFLINE})

    def values(self) -> dict[Fact, object]:
        return {Fact.KIND: self.kind.value, Fact.CHANNEL: self.channel.value,
                Fact.PATENT_TYPE: frozenset(t.value for t in self.patent_types),
                Fact.EVALUATION_REPORT: self.evaluation_report, Fact.RESPONDENT_COUNT: self.respondent_count,
                Fact.VENUE: frozenset(v.value for v in self.venues()), Fact.FOREIGN: self.foreign,
                Fact.REPEAT: self.repeat}


@dataclass(frozen=True)
class Suggestion:
    track: Track
    rule_name: str            # "" when no rule matched (the default track)
    rule_index: int | None
    conditions: tuple[Condition, ...] = ()   # the matched rule's conditions, to show why


def holds(c: Condition, values: Mapping[Fact, object]) -> bool:
    actual = values[c.fact]
    if c.op == "in":
        wanted = set(c.value)
        return bool(wanted & actual) if isinstance(actual, frozenset) else actual in wanted
    if c.op == "is":
        return bool(actual) == bool(c.value)
    if c.op == "min":
        return actual >= c.value
    if c.op == "max":
        return actual <= c.value
    raise ValueError(f"unknown operator {c.op!r}")


def suggest_track(rules: Iterable[RoutingRule], facts: RoutingFacts) -> Suggestion:
    values = facts.values()
    for i, rule in enumerate(rules):
        if rule.enabled and all(holds(c, values) for c in rule.conditions):
            return Suggestion(rule.track, rule.name, i, rule.conditions)
    return Suggestion(DEFAULT_TRACK, "", None)


def _c(fact: Fact, op: str, value) -> Condition:
    return Condition(fact, op, value)


# A starting set in the spirit of the 快速维权 practice: the administrator adapts it to the office.
DEFAULT_RULES: tuple[RoutingRule, ...] = (
    RoutingRule("涉外或涉港澳台案件", Track.COMPLEX, (_c(Fact.FOREIGN, "is", True),)),
    RoutingRule("重复侵权（直接责令停止）", Track.FAST, (_c(Fact.REPEAT, "is", True),)),
    RoutingRule("展会、电商平台的外观设计/实用新型，有评价报告，单一被请求人", Track.FAST, (
        _c(Fact.PATENT_TYPE, "in", (PatentType.DESIGN.value, PatentType.UTILITY_MODEL.value)),
        _c(Fact.EVALUATION_REPORT, "is", True),
        _c(Fact.RESPONDENT_COUNT, "max", 1),
        _c(Fact.VENUE, "in", (Venue.TRADE_FAIR.value, Venue.ECOMMERCE.value)))),
    RoutingRule("发明专利", Track.COMPLEX, (_c(Fact.PATENT_TYPE, "in", (PatentType.INVENTION.value,)),)),
    RoutingRule("三个以上被请求人", Track.COMPLEX, (_c(Fact.RESPONDENT_COUNT, "min", 3),)),
)


# ---- storage --------------------------------------------------------------------------------------

def rules_to_data(rules: Iterable[RoutingRule]) -> list[dict]:
    return [{"name": r.name, "track": r.track.value, "enabled": r.enabled,
             "conditions": [{"fact": c.fact.value, "op": c.op,
                             "value": list(c.value) if isinstance(c.value, tuple) else c.value}
                            for c in r.conditions]}
            for r in rules]


def _condition(raw: Mapping, key: str) -> Condition:
    try:
        fact = Fact(raw.get("fact"))
    except ValueError:
        raise ValidationFailed(f"{key}.fact", "choice", str(raw.get("fact"))) from None
    op, value = raw.get("op"), raw.get("value")
    if fact in CHOICE_FACTS:
        if op != "in" or not isinstance(value, list | tuple) or not value:
            raise ValidationFailed(f"{key}.value", "required")
        bad = [v for v in value if v not in CHOICE_FACTS[fact]]
        if bad:
            raise ValidationFailed(f"{key}.value", "choice", ",".join(map(str, bad)))
        return Condition(fact, "in", tuple(dict.fromkeys(value)))
    if fact in BOOL_FACTS:
        if op != "is" or not isinstance(value, bool):
            raise ValidationFailed(f"{key}.value", "choice", str(value))
        return Condition(fact, "is", value)
    if op not in ("min", "max") or isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 99:
        raise ValidationFailed(f"{key}.value", "range", "0–99", value=value)
    return Condition(fact, op, value)


def rules_from_data(data: Iterable[Mapping]) -> tuple[RoutingRule, ...]:
    """Validate stored or edited rules; every wrong piece is reported under `rules[i]…`."""
    errors: list[ValidationFailed] = []
    rules = []
    for i, raw in enumerate(data):
        key = f"rules[{i}]"
        name = str(raw.get("name") or "").strip()
        if not name:
            errors.append(ValidationFailed(f"{key}.name", "required"))
        try:
            track = Track(raw.get("track"))
        except ValueError:
            errors.append(ValidationFailed(f"{key}.track", "choice", str(raw.get("track"))))
            track = DEFAULT_TRACK
        conditions = []
        raw_conditions = list(raw.get("conditions") or ())
        for j, c in enumerate(raw_conditions):
            try:
                conditions.append(_condition(c, f"{key}.conditions[{j}]"))
            except ValidationFailed as e:
                errors.append(e)
        if not raw_conditions:
            # A rule without conditions would catch every item and hide the rules after it.
            errors.append(ValidationFailed(f"{key}.conditions", "required"))
        rules.append(RoutingRule(name, track, tuple(conditions), bool(raw.get("enabled", True))))
    if errors:
        raise ValidationErrors(errors)
    return tuple(rules)
