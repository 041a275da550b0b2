"""A 统计 chart refilled with the same categories and bar sets takes the new values in place (issue 19, S19d: a new
series builds a text item for every bar's label, the larger part of a chart's GUI-thread turn) and paints exactly
what a chart built anew with those values paints: bars, labels, the value axis's range and ticks, the legend.

No two bars' number labels overlap in these charts: where they do, which one QtCharts draws on top
follows the order it made their text items in (by the bar sets' addresses), which differs between two charts built
anew as well."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.statistics.chart import OVERDUE, PALETTE, BarChart

MONTHS = [f"{m}月" for m in range(1, 13)]
OFFICERS = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰"]


def _pair(qtbot, **options) -> tuple[BarChart, BarChart]:
    charts = (BarChart("图", **options), BarChart("图", **options))
    for chart in charts:
        qtbot.addWidget(chart)
        chart.resize(665, 240)
        chart.show()
    return charts


def _same_pixels(qtbot, a: BarChart, b: BarChart) -> bool:
    """After the scenes' queued updates and the views' paints (a loaded machine may take a while)."""
    try:
        qtbot.waitUntil(lambda: a.grab().toImage() == b.grab().toImage(), timeout=3000)
    except AssertionError:
        return False
    return True


def _sets(values: list[list[int]]) -> list[tuple[str, list[int], str]]:
    names = ("2025年", "2026年", "逾期", "临期")
    colours = (PALETTE[1], PALETTE[0], OVERDUE, PALETTE[4])
    return [(names[i], v, colours[i]) for i, v in enumerate(values)]


@pytest.mark.parametrize(("options", "categories", "before", "after"), [
    ({}, MONTHS, [[1] * 12, [0, 2, 3, 0, 0, 1, 1, 1, 0, 5, 0, 0]],            # the scale grows 5 → 600
     [[12, 40, 7, 0, 300, 5, 9, 1, 0, 600, 3, 2], [0] * 12]),   # (a 0 has no label: none overlaps)
    ({}, OFFICERS, [[9, 0, 3, 1, 0, 2, 8, 1, 1], [0, 4, 1, 2, 2, 0, 1, 0, 7], [1] * 9, [2] * 9],   # shrinks
     [[0, 0, 1, 0, 0, 0, 0, 0, 0], [0] * 9, [1, 0, 0, 0, 0, 0, 0, 0, 0], [0] * 9]),
    ({"horizontal": True}, ["受理", "审理", "中止", "待结案"], [[5, 0, 2, 1]], [[140, 73, 0, 9]]),
    # stacked: every segment tall enough for its number (a 2 on a 30 printed over the 30's number, and which of
    # the two QtCharts drew on top differed between runs: CI once failed on it)
    ({"stacked": True}, OFFICERS[:5], [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]], [[30, 0, 12, 7, 10], [20, 60, 0, 0, 9]]),
])
def test_new_values_in_place_paint_as_a_new_chart(qtbot, options, categories, before, after):
    refilled, fresh = _pair(qtbot, **options)
    refilled.set_data(categories, _sets(before))
    series = refilled.series
    refilled.setFocus()
    qtbot.keyClick(refilled, Qt.Key.Key_Right if not options.get("horizontal") else Qt.Key.Key_Up)
    assert refilled.current is not None   # a bar chosen with the keyboard: a new dashboard shows none
    refilled.set_data(categories, _sets(after))
    fresh.set_data(categories, _sets(after))
    assert refilled.series is series   # the same bars, not a new series
    assert refilled.current is None
    assert [[s.at(i) for i in range(len(categories))] for s in refilled.series.barSets()] == after
    assert _same_pixels(qtbot, refilled, fresh)


def test_other_categories_or_sets_make_a_new_series(qtbot):
    refilled, fresh = _pair(qtbot)
    refilled.set_data(OFFICERS[:3], _sets([[1, 2, 3]]))
    series = refilled.series
    refilled.set_data(OFFICERS[1:4], _sets([[4, 5, 6]]))   # another officer in the list
    assert refilled.series is not series
    series = refilled.series
    refilled.set_data(OFFICERS[1:4], _sets([[4, 5, 6], [1, 1, 1]]))   # a second set (and the legend)
    assert refilled.series is not series
    fresh.set_data(OFFICERS[1:4], _sets([[4, 5, 6], [1, 1, 1]]))
    assert _same_pixels(qtbot, refilled, fresh)


def test_a_bar_clicked_after_new_values_names_its_set_and_category(qtbot):
    chart, _fresh = _pair(qtbot)
    clicked: list[tuple[int, int]] = []
    chart.bar_clicked.connect(lambda s, i: clicked.append((s, i)))
    chart.set_data(MONTHS, _sets([[1] * 12, [2] * 12]))
    chart.set_data(MONTHS, _sets([[3] * 12, [0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0]]))
    qtbot.wait(50)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_center(1, 3))
    assert clicked == [(1, 3)]
