"""The demo build's progress (ipcase.demo.builder.BuildProgress): what the first start's bar is fed with."""
from __future__ import annotations

from ipcase.demo.builder import BuildProgress


def test_a_few_dozen_reports_rising_to_the_total():
    heard: list[tuple[int, int, str]] = []
    p = BuildProgress(lambda done, total, text: heard.append((done, total, text)))
    p.plan(64)
    p.plan(2 * 194)          # planned in two parts, as the builders do, before the first step
    for _ in range(2 * 194):
        p.advance(text="cases")
    for _ in range(8):
        p.advance(8, text="intake")
    assert len(heard) <= BuildProgress.UPDATES + 1
    assert len(heard) >= BuildProgress.UPDATES // 2
    assert [d for d, _, _ in heard] == sorted(d for d, _, _ in heard)
    assert heard[-1] == (452, 452, "intake")
    assert {t for _, t, _ in heard} == {452}


def test_never_past_the_total_and_silent_without_a_listener():
    heard = []
    p = BuildProgress(lambda *a: heard.append(a))
    p.plan(3)
    p.advance(5)
    assert heard == [(3, 3, "")]
    quiet = BuildProgress()
    quiet.plan(2)
    quiet.advance()
    assert quiet.done == 1
