"""What the patent's type makes lawful in a case (专利法 art 11, 66; M25 arts 14, 28–29).

- A design patent is infringed by making, offering, selling or importing the product — not by using it
  (专利法 art 11 second paragraph): 使用 is refused in the request and never printed in the orders.
- The 专利权评价报告 exists only for utility models and designs (专利法 art 66): its notice is not issued for an
  invention.
- The mandatory suspension ground "实用新型或外观设计无效宣告请求已受理" (M25 art 28(1)) applies only to those types;
  an invention's invalidation request may ground a suspension only through the other grounds (M25 art 29).
"""
from __future__ import annotations

from collections.abc import Iterable

from ipcase.domain.enums import InfringingAct, PatentType, SuspensionGround

_NOT_FOR = {
    PatentType.DESIGN: frozenset({InfringingAct.USE}),
}
EVALUATION_REPORT_TYPES = frozenset({PatentType.UTILITY_MODEL, PatentType.DESIGN})
_GROUNDS_FOR = {SuspensionGround.INVALIDATION_UM_DESIGN: EVALUATION_REPORT_TYPES}


def _type(patent_type) -> PatentType | None:
    try:
        return PatentType(patent_type) if patent_type else None
    except ValueError:
        return None


def unlawful_acts(patent_type, acts: Iterable[str]) -> tuple[str, ...]:
    """The acts (values) that cannot infringe a patent of this type, in the order given."""
    barred = _NOT_FOR.get(_type(patent_type), frozenset())
    return tuple(a for a in acts if a in barred)


def lawful_acts(patent_type, acts: Iterable[str]) -> tuple[str, ...]:
    barred = set(unlawful_acts(patent_type, acts))
    return tuple(a for a in acts if a not in barred)


def evaluation_report_applies(patent_type) -> bool:
    return _type(patent_type) in EVALUATION_REPORT_TYPES


def suspension_ground_refusal(patent_type, ground) -> str | None:
    """'ground_not_for_patent_type' when the ground needs another patent type, else None (also when the type
    is unknown: the check belongs to the patent's data, which every registered case has)."""
    try:
        types = _GROUNDS_FOR.get(SuspensionGround(ground))
    except ValueError:
        return None
    pt = _type(patent_type)
    return "ground_not_for_patent_type" if types is not None and pt is not None and pt not in types else None
