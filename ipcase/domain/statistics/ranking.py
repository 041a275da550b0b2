"""How the monthly circular (每月通报) ranks units (sub-offices or officers) on an indicator.

- Competition ranking: equal values share a rank and the next rank skips (1, 2, 2, 4); a unit without a value
  (nothing to compare) is not ranked.
- 前三名: the units ranked 1 to 3; ties at the edge are all named, each once, with the rank they share.
- 后三名: only when at least six units are ranked (with fewer, "the bottom three" would be half the field and
  overlap the top); the three worst places counted from the bottom the same way, leaving out any unit already
  among the top. Top and bottom never name the same unit.
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

PLACES = 3
MIN_UNITS_FOR_BOTTOM = 2 * PLACES


def competition_ranks(values: Mapping[K, float | None], *, higher_better: bool) -> dict[K, int | None]:
    """1 for the best; ties share a rank, the next rank skips; None for a unit without a value."""
    valued = [v for v in values.values() if v is not None]
    out: dict[K, int | None] = {}
    for key, v in values.items():
        if v is None:
            out[key] = None
        else:
            out[key] = 1 + sum(1 for w in valued if (w > v if higher_better else w < v))
    return out


@dataclass(frozen=True)
class Extremes:
    top: tuple[Hashable, ...]       # best first
    bottom: tuple[Hashable, ...]    # worst first; empty when fewer than six units are ranked


def extremes(ranks: Mapping[K, int | None]) -> Extremes:
    ranked = sorted(((r, k) for k, r in ranks.items() if r is not None), key=lambda x: x[0])
    top = tuple(k for r, k in ranked if r <= PLACES)
    if len(ranked) < MIN_UNITS_FOR_BOTTOM:
        return Extremes(top, ())
    # place counted from the bottom: 1 + the number of units ranked strictly worse
    from_bottom = {k: 1 + sum(1 for r2, _ in ranked if r2 > r) for r, k in ranked}
    worst_first = sorted(ranked, key=lambda x: -x[0])   # stable: tied units keep their order
    bottom = tuple(k for r, k in worst_first if from_bottom[k] <= PLACES and k not in top)
    return Extremes(top, bottom)


def grouped(units: tuple[tuple[int, str], ...]) -> str:
    """'第1名 王芳；并列第2名 陈刚、张伟' from (rank, name) pairs in order; '—' when there are none."""
    if not units:
        return "—"
    groups: dict[int, list[str]] = {}
    for rank, name in units:
        groups.setdefault(rank, []).append(name)
    return "；".join(f"{'并列' if len(names) > 1 else ''}第{rank}名 {'、'.join(names)}"
                    for rank, names in groups.items())


def circular_line(label: str, top: tuple[tuple[int, str], ...], bottom: tuple[tuple[int, str], ...],
                  ranked_units: int) -> str:
    """One indicator's sentence of the circular, e.g. '结案率：前三名 第1名 李娜；并列第2名 张伟、赵敏；后三名 …'."""
    tail = (f"后三名 {grouped(bottom)}" if ranked_units >= MIN_UNITS_FOR_BOTTOM
            else "参与排名的单位不足六个，不列后三名")
    return f"{label}：前三名 {grouped(top)}；{tail}"
