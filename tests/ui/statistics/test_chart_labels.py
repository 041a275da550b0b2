"""A 统计 chart's bar numbers never print over each other: level while they clear their neighbours, turned upright
when only that clears them (a year of months in two sets of four-digit counts at 1366×768 printed "874" over
"866"), left out when even upright they would meet — the value is then in the bar's tooltip. Real charts, offscreen,
laid out at the sizes the 统计 dashboard gives them."""
from __future__ import annotations

from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QToolTip

from ui.statistics.chart import PALETTE, BarChart

MONTHS = [f"{m}月" for m in range(1, 13)]
OFFICERS = [f"承办人{i}" for i in range(15)]


def _chart(qtbot, width: int, categories, sets, **options) -> BarChart:
    chart = BarChart("图", **options)
    qtbot.addWidget(chart)
    chart.resize(width, 240)
    chart.show()
    chart.set_data(categories, [(name, values, PALETTE[i]) for i, (name, values) in enumerate(sets)])
    qtbot.waitUntil(lambda: not chart.chart().plotArea().isEmpty())
    return chart


def _labels(chart: BarChart) -> tuple[float, bool]:
    return chart.series.labelsAngle(), chart.series.isLabelsVisible()


def test_four_digit_months_turn_upright_and_keep_room_above_the_top_bar(qtbot):
    before = [831, 745, 813, 796, 859, 829, 817, 874, 821, 842, 839, 909]
    now = [849, 747, 875, 870, 828, 822, 810, 866, 862, 850, 823, 1179]
    chart = _chart(qtbot, 665, MONTHS, [("2025年", before), ("2026年", now)])
    qtbot.waitUntil(lambda: _labels(chart) == (-90, True))
    axis = next(a for a in chart.chart().axes() if isinstance(a, QValueAxis))
    label = QFontMetricsF(chart.series.barSets()[1].labelFont()).horizontalAdvance("1179")
    room = (axis.max() - 1179) / axis.max() * chart.chart().plotArea().height()
    assert room >= label   # the top bar's upright number stands inside the chart


def test_small_counts_stay_level(qtbot):
    chart = _chart(qtbot, 665, MONTHS, [("2025年", [0] * 10 + [3, 25]), ("2026年", [21, 19, 30, 23, 19, 24, 4, 5, 8, 8,
                                                                                      14, 0])])
    qtbot.wait(50)
    assert _labels(chart) == (0, True)


def test_a_chart_too_crowded_even_upright_shows_its_numbers_in_tooltips(qtbot):
    sets = [(name, [(i * 7 + k) % 5 + 1 for i in range(15)]) for k, name in enumerate(("逾期", "临期", "甲", "乙"))]
    chart = _chart(qtbot, 400, OFFICERS, sets)
    qtbot.waitUntil(lambda: _labels(chart)[1] is False)
    bar_set = chart.series.barSets()[2]
    bar_set.hovered.emit(True, 4)
    assert QToolTip.isVisible()
    assert QToolTip.text() == f"承办人4　甲 {sets[2][1][4]}"
    bar_set.hovered.emit(False, 4)


def test_widening_the_chart_lays_the_numbers_level_again(qtbot):
    counts = [[1266, 1119, 1235, 1221, 1197, 1224, 1256, 1302, 1324, 1288, 1255, 1242],
              [1279, 1120, 1283, 1242, 1305, 1220, 1248, 1299, 1277, 1273, 1299, 290]]
    chart = _chart(qtbot, 665, MONTHS, [("2025年", counts[0]), ("2026年", counts[1])])
    qtbot.waitUntil(lambda: _labels(chart) == (-90, True))
    chart.resize(1900, 240)
    qtbot.waitUntil(lambda: _labels(chart) == (0, True))


def test_horizontal_bars_keep_their_numbers_while_the_rows_are_tall_enough(qtbot):
    states = ["请求书已收到", "补正中", "已立案", "答辩期", "调查取证", "口审已排期", "已口审", "合议", "结案审批"]
    chart = _chart(qtbot, 665, states, [("在办", [112, 1, 142, 369, 299, 320, 259, 276, 309])], horizontal=True)
    qtbot.wait(50)
    assert _labels(chart) == (0, True)
    many = [f"状态{i}" for i in range(30)]   # thirty rows in the chart's least height: the numbers would touch
    crowded = _chart(qtbot, 665, many, [("在办", list(range(100, 130)))], horizontal=True)
    qtbot.waitUntil(lambda: _labels(crowded)[1] is False)


def _segments(chart: BarChart) -> list[tuple[float, float, float]]:
    """Each stacked segment as (category, bottom, top) in chart coordinates, in the labels' order (category, then
    set)."""
    sets, out = chart.series.barSets(), []
    for c in range(len(chart.categories)):
        base = 0.0
        for bar_set in sets:
            bottom = chart.chart().mapToPosition(QPointF(c, base), chart.series).y()
            base += bar_set.at(c)
            out.append((c, bottom, chart.chart().mapToPosition(QPointF(c, base), chart.series).y()))
    return out


def test_a_stacked_segment_shows_its_number_only_inside_itself(qtbot):
    # 承办人工作量: a handful of 未立案 under hundreds of 已立案在办 — a 2 on a 30 printed its "2" over the "30"
    unregistered = [2, 16, 18, 20, 0, 24, 26, 28, 30, 12, 60, 8]
    registered = [210, 180, 250, 90, 300, 120, 220, 5, 160, 240, 30, 200]
    chart = _chart(qtbot, 665, OFFICERS[:12], [("未立案", unregistered), ("已立案在办", registered)], stacked=True)
    qtbot.wait(50)
    assert not chart.series.isLabelsVisible()   # QtCharts's own labels cannot be left out bar by bar
    shown = [(label, segment) for label, segment in zip(chart._segment_labels, _segments(chart), strict=False)
             if label.isVisible()]
    texts = [label.text() for label, _segment in shown]
    assert {"210", "180", "250", "300", "240", "200", "60"} <= set(texts)
    assert not {"2", "5", "8"} & set(texts)   # segments a few pixels high
    metrics = QFontMetricsF(chart.series.barSets()[0].labelFont())
    boxes = []
    for label, (_c, bottom, top) in shown:   # the number's ink, from the item's baseline
        ink = metrics.tightBoundingRect(label.text()).translated(label.pos().x(), label.pos().y() + metrics.ascent())
        assert top <= ink.top() and ink.bottom() <= bottom   # inside its own segment, not over a neighbour's
        boxes.append(ink)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    # new values in place: the numbers follow (a segment grown tall enough gains its number, a shrunk one loses it)
    chart.set_data(OFFICERS[:12], [("未立案", [200] + unregistered[1:], PALETTE[0]),
                                   ("已立案在办", [2] + registered[1:], PALETTE[1])])
    qtbot.wait(50)
    first = [label.text() for label in chart._segment_labels[:2] if label.isVisible()]
    assert first == ["200"]


def test_a_chart_with_nothing_to_show_says_so_and_keeps_no_old_number(qtbot):
    # a period or office without open cases: 承办人工作量 has no officer; its old numbers must not stay on screen
    chart = _chart(qtbot, 665, OFFICERS[:2], [("未立案", [3, 5]), ("已立案在办", [7, 4])], stacked=True)
    qtbot.waitUntil(lambda: any(label.isVisible() for label in chart._segment_labels))
    chart.set_data([], [("未立案", [], PALETTE[0]), ("已立案在办", [], PALETTE[1])])
    assert chart.series is None and chart.chart().axes() == []
    assert not any(label.isVisible() for label in chart._segment_labels)
    assert chart._nothing.isVisible() and chart._nothing.text() == "暂无数据"
    middle = chart._nothing.sceneBoundingRect().center()
    assert chart.chart().plotArea().adjusted(-40, -20, 40, 20).contains(middle)
    chart.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier))  # no bar
    chart.set_data(OFFICERS[:2], [("未立案", [3, 5], PALETTE[0]), ("已立案在办", [7, 4], PALETTE[1])])
    assert not chart._nothing.isVisible()
    qtbot.waitUntil(lambda: any(label.isVisible() for label in chart._segment_labels))
