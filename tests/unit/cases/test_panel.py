"""The collegial panel (合议组, M25 art 20; TIO art 3): an odd number (≥3) of voting members led by one 合议组长,
one 书记员, at most one 技术调查官 who does not vote, and nobody sitting twice."""
from __future__ import annotations

import pytest

from ipcase.domain.cases.panel import VOTING_ROLES, Seat, is_valid_panel, panel_problems
from ipcase.domain.enums import PanelRole

LEADER, MEMBER, CLERK, TECH = PanelRole.LEADER, PanelRole.MEMBER, PanelRole.CLERK, PanelRole.TECH_INVESTIGATOR


def seats(*roles: PanelRole) -> list[Seat]:
    return [Seat(user_id, role) for user_id, role in enumerate(roles, start=1)]


@pytest.mark.parametrize("roles", [
    (LEADER, MEMBER, MEMBER, CLERK),
    (LEADER, MEMBER, MEMBER, MEMBER, MEMBER, CLERK),
    (LEADER, *[MEMBER] * 6, CLERK),
    (LEADER, MEMBER, MEMBER, CLERK, TECH),
    (CLERK, MEMBER, LEADER, MEMBER),                    # order does not matter
], ids=["3-voting", "5-voting", "7-voting", "with-tech-investigator", "any-order"])
def test_valid_panels(roles):
    assert panel_problems(seats(*roles)) == []
    assert is_valid_panel(seats(*roles))


@pytest.mark.parametrize(("roles", "problems"), [
    ((LEADER, MEMBER, CLERK), ["too_few_voting"]),
    ((LEADER, CLERK), ["too_few_voting"]),
    ((LEADER, MEMBER, MEMBER, MEMBER, CLERK), ["even_voting"]),
    ((LEADER, *[MEMBER] * 5, CLERK), ["even_voting"]),
    ((MEMBER, MEMBER, MEMBER, CLERK), ["no_leader"]),
    ((LEADER, LEADER, MEMBER, CLERK), ["several_leaders"]),
    ((LEADER, MEMBER, MEMBER), ["no_clerk"]),
    ((LEADER, MEMBER, MEMBER, CLERK, CLERK), ["several_clerks"]),
    ((LEADER, MEMBER, MEMBER, CLERK, TECH, TECH), ["several_tech_investigators"]),
    # a 技术调查官 has no vote: 2 voting + tech is still too few, 4 voting + tech is still even
    ((LEADER, MEMBER, TECH, CLERK), ["too_few_voting"]),
    ((LEADER, MEMBER, MEMBER, MEMBER, TECH, CLERK), ["even_voting"]),
    # a 书记员 has no vote either
    ((LEADER, MEMBER, CLERK, CLERK), ["too_few_voting", "several_clerks"]),
    ((), ["no_leader", "too_few_voting", "no_clerk"]),
    ((MEMBER, MEMBER), ["no_leader", "too_few_voting", "no_clerk"]),
], ids=lambda v: "-".join(v) if isinstance(v, list) else None)
def test_panel_problems(roles, problems):
    assert panel_problems(seats(*roles)) == problems
    assert not is_valid_panel(seats(*roles))


def test_same_person_twice():
    panel = [Seat(1, LEADER), Seat(2, MEMBER), Seat(3, MEMBER), Seat(2, CLERK)]
    assert panel_problems(panel) == ["same_person_twice"]
    # the same person as two voting members also leaves the vote count wrong in substance
    assert "same_person_twice" in panel_problems([Seat(1, LEADER), Seat(2, MEMBER), Seat(2, MEMBER), Seat(3, CLERK)])


def test_accepts_any_iterable():
    assert panel_problems(iter(seats(LEADER, MEMBER, MEMBER, CLERK))) == []
    assert is_valid_panel(s for s in seats(LEADER, MEMBER, MEMBER, CLERK))


def test_voting_roles():
    assert VOTING_ROLES == {LEADER, MEMBER}
