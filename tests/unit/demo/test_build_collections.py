"""The demo build collects garbage less often while it runs and gives the process its thresholds back after it,
also when the build fails (ipcase.demo.office.fewer_collections)."""
from __future__ import annotations

import gc

import pytest

from ipcase.demo.office import BUILD_GC_THRESHOLD, fewer_collections


def test_the_build_collects_less_often_and_gives_the_thresholds_back():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (BUILD_GC_THRESHOLD, *before[1:])
        assert BUILD_GC_THRESHOLD > before[0]
    assert gc.get_threshold() == before


def test_a_failed_build_gives_the_thresholds_back_too():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("the build failed")
    assert gc.get_threshold() == before
