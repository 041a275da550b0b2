"""The redaction proposals of what a party asked to keep confidential: a text is proposed ticked (and ticks a
proposal of another kind for the same text), an amount ticks every writing of that sum, and only that sum."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ipcase.domain.publication.redaction import Confidential, MaskKind, Person, Sources, amount_value, propose


@pytest.mark.parametrize(("text", "value"), [
    ("50万元", Decimal(500000)), ("50 万", Decimal(500000)), ("500,000元", Decimal(500000)),
    ("500，000", Decimal(500000)), ("1.5万元", Decimal(15000)), ("35元", Decimal(35)),
    ("五十万", None), ("", None), ("万元", None), ("1.2.3元", None)])
def test_amount_value(text, value):
    assert amount_value(text) == value


def test_requests_are_proposed_ticked():
    text = "法定代表人李四。赔偿50万元，另支付合理开支5000元、500000元。供货商为甬兴厂。"
    sources = Sources(persons=(Person("李四", "法定代表人", True, accept=False),),
                      confidential=(Confidential("甬兴厂", source="甲"), Confidential("李四", source="乙"),
                                    Confidential("500,000", amount=True, source="丙")))
    found = {m.original: m for m in propose(text, sources)}
    assert (found["甬兴厂"].kind, found["甬兴厂"].accepted, found["甬兴厂"].replacement) == (
        MaskKind.CONFIDENTIAL, True, "××")
    assert (found["李四"].kind, found["李四"].accepted, found["李四"].replacement) == (MaskKind.NAME, True, "李某")
    assert found["李四"].source == "法定代表人；乙"
    assert [(o, found[o].accepted, found[o].source) for o in ("50万元", "500000元", "5000元")] == [
        ("50万元", True, "丙"), ("500000元", True, "丙"), ("5000元", False, "正文")]
