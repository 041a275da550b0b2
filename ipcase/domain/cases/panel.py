"""The collegial panel (合议组, M25 art 20; TIO art 3): a leader plus 审理员, 3 or more voting members and an
odd number; a 书记员 who records and does not vote; optionally a 技术调查官 with no vote."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ipcase.domain.enums import PanelRole

VOTING_ROLES = frozenset({PanelRole.LEADER, PanelRole.MEMBER})


@dataclass(frozen=True)
class Seat:
    user_id: int
    role: PanelRole


def panel_problems(seats: Iterable[Seat]) -> list[str]:
    """Codes of everything wrong with the panel; empty when it may decide a case."""
    seats = list(seats)
    roles = Counter(s.role for s in seats)
    voting = roles[PanelRole.LEADER] + roles[PanelRole.MEMBER]
    problems = []
    if roles[PanelRole.LEADER] == 0:
        problems.append("no_leader")
    if roles[PanelRole.LEADER] > 1:
        problems.append("several_leaders")
    if voting < 3:
        problems.append("too_few_voting")
    elif voting % 2 == 0:
        problems.append("even_voting")
    if roles[PanelRole.CLERK] == 0:
        problems.append("no_clerk")
    if roles[PanelRole.CLERK] > 1:
        problems.append("several_clerks")
    if roles[PanelRole.TECH_INVESTIGATOR] > 1:
        problems.append("several_tech_investigators")
    people = Counter(s.user_id for s in seats)
    if any(n > 1 for n in people.values()):
        problems.append("same_person_twice")
    return problems


def is_valid_panel(seats: Iterable[Seat]) -> bool:
    return not panel_problems(seats)
