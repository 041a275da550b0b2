"""专利法 art 11, 66; M25 arts 28–29: what the patent's type makes lawful."""
from __future__ import annotations

from ipcase.domain.cases.patent_type_rules import (
    evaluation_report_applies,
    lawful_acts,
    suspension_ground_refusal,
    unlawful_acts,
)
from ipcase.domain.documents.types import BY_KEY, fits_patent, offered
from ipcase.domain.enums import CaseState, PatentType

ALL = ("make", "use", "offer", "sell", "import")


def test_a_design_is_not_infringed_by_use():
    assert unlawful_acts(PatentType.DESIGN, ALL) == ("use",)
    assert lawful_acts("design", ALL) == ("make", "offer", "sell", "import")
    for t in (PatentType.INVENTION, PatentType.UTILITY_MODEL):
        assert unlawful_acts(t, ALL) == () and lawful_acts(t, ALL) == ALL


def test_the_evaluation_report_only_for_utility_models_and_designs():
    assert not evaluation_report_applies(PatentType.INVENTION)
    assert evaluation_report_applies("utility_model") and evaluation_report_applies(PatentType.DESIGN)
    notice = BY_KEY["evaluation_report_notice"]
    assert not fits_patent(notice, PatentType.INVENTION) and fits_patent(notice, PatentType.DESIGN)
    keys = lambda t: [d.key for d in offered(CaseState.RECEIVED, t)]   # noqa: E731
    assert "evaluation_report_notice" not in keys(PatentType.INVENTION)
    assert "evaluation_report_notice" in keys(PatentType.UTILITY_MODEL)


def test_the_um_design_invalidation_ground_only_for_those_types():
    assert suspension_ground_refusal(PatentType.INVENTION, "invalidation_um_design") == "ground_not_for_patent_type"
    assert suspension_ground_refusal(PatentType.DESIGN, "invalidation_um_design") is None
    assert suspension_ground_refusal(PatentType.INVENTION, "force_majeure") is None
