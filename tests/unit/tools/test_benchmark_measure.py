"""tools/benchmark_scale.measure: which runs count (no timing is checked: the values are the function's own)."""
from __future__ import annotations

import itertools

from tools.benchmark_scale import measure


def _counting(values):
    it = iter(values)
    return lambda: next(it)


def test_the_warm_up_runs_are_not_counted():
    # the first two runs are the slow, unwarmed ones: the median is of the three after them
    assert measure(_counting([9.0, 8.0, 1.0, 3.0, 2.0]), 3, long=60.0, warmup=2) == (2.0, 3)
    assert measure(_counting([9.0, 8.0, 1.0]), 3, long=60.0) == (8.0, 3)


def test_a_row_longer_than_long_is_measured_once_even_while_warming_up(monkeypatch):
    import tools.benchmark_scale as bench
    clock = itertools.count(0.0, 100.0)   # every run "takes" 100 s of wall-clock
    monkeypatch.setattr(bench.time, "perf_counter", lambda: next(clock))
    assert measure(_counting([7.0, 5.0]), 3, long=30.0, warmup=2) == (7.0, 1)


def test_no_function_no_measurement():
    assert measure(None, 3, long=30.0, warmup=2) == (None, 0)
