"""Routing rules (繁简分流) in words, for the rules page and the triage dialog."""
from __future__ import annotations

from ipcase.domain.intake.routing import Condition, Fact, RoutingRule
from ui.common import labels
from ui.common.i18n import tr
from ui.intake import labels as intake_labels

_VALUE_LABEL = {Fact.KIND: intake_labels.intake_kind, Fact.CHANNEL: intake_labels.intake_channel,
                Fact.PATENT_TYPE: labels.patent_type, Fact.VENUE: intake_labels.venue}


def condition_text(c: Condition) -> str:
    name = intake_labels.routing_fact(c.fact)
    if c.op == "in":
        return tr("%1为%2").replace("%1", name).replace("%2", "或".join(_VALUE_LABEL[c.fact](v) for v in c.value))
    if c.op == "is":
        return name if c.value else tr("非%1").replace("%1", name)
    if c.op == "min":
        return tr("%1不少于%2").replace("%1", name).replace("%2", str(c.value))
    return tr("%1不超过%2").replace("%1", name).replace("%2", str(c.value))


def rule_text(rule: RoutingRule) -> str:
    return tr("，且").join(condition_text(c) for c in rule.conditions)
