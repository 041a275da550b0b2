"""A bar chart (QtCharts) whose bars are clickable: the statistics drill down from any bar to its cases."""
from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QKeyEvent, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QToolTip, QWidget

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")
OVERDUE, DUE_SOON = "#c62828", "#f9a825"


class BarChart(QChartView):
    """Mouse: click a bar. Keyboard: arrows choose a bar (highlighted), Enter opens it."""
    bar_clicked = Signal(int, int)  # index of the bar set, index of the category

    def __init__(self, title: str, *, horizontal: bool = False, stacked: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._horizontal, self._stacked = horizontal, stacked
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.series: QBarSeries | None = None
        self.categories: list[str] = []
        self._shape: tuple | None = None   # categories, (name, colour) of each set and the legend shown
        self._value_axis: QValueAxis | None = None
        self._ticks = 5
        self._labels = (0, True)   # the bar labels' angle and whether they are shown (`_fit_labels`)
        self._headroom = 0.0       # share of the value axis kept above the top bar for an upright label
        self._segment_labels: list[QGraphicsSimpleTextItem] = []   # a stacked chart's numbers (`_place_segment_labels`)
        self.current: tuple[int, int] | None = None  # (bar set, category) chosen with the keyboard
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a chart with nothing to show says so (`_show_nothing`) instead of an empty plot with stale axes
        self._nothing = QGraphicsSimpleTextItem(self.tr("暂无数据"), chart)
        self._nothing.setBrush(QColor("#757575"))
        self._nothing.setVisible(False)
        chart.plotAreaChanged.connect(lambda _area: self._fit_labels())

    def set_data(self, categories: list[str], sets: list[tuple[str, list[int], str]],
                 legend: bool | None = None) -> None:
        """`sets`: (name, one value per category, colour). A new series replaces the old one, unless only the
        values changed: then the bars take the new values in place (`_update_values`)."""
        shape = (list(categories), [(name, colour) for name, _values, colour in sets], legend)
        if self.series is not None and shape == self._shape:
            self._update_values(sets)
            return
        self._shape = shape
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._nothing.setVisible(not categories)
        if not categories:
            self._show_nothing()
            return
        if self._horizontal:
            series = QHorizontalBarSeries()
        elif self._stacked:
            series = QStackedBarSeries()
        else:
            series = QBarSeries()
        for i, (name, values, colour) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setLabelColor(QColor("#ffffff" if self._stacked else "#212121"))
            bar_set.setSelectedColor(QColor("#263238"))
            bar_set.clicked.connect(lambda index, i=i: self.bar_clicked.emit(i, index))
            bar_set.hovered.connect(lambda status, index, bar_set=bar_set: self._show_value(status, index, bar_set))
            series.append(bar_set)
        if len(sets) > 1 and not self._stacked:
            series.setBarWidth(0.8)   # a category's bars side by side: room for each one's number (`_fit_labels`)
        # a stacked chart's numbers are its own text items (`_place_segment_labels`)
        series.setLabelsVisible(not self._stacked)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.append(categories)
        category_axis.setTruncateLabels(False)
        if not self._horizontal and len(categories) > 7 and max(map(len, categories), default=0) > 3:
            category_axis.setLabelsAngle(-30)  # long names under many bars would overlap
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        self._value_axis, self._ticks = value_axis, value_axis.tickCount()
        self._labels, self._headroom = (0, True), 0.0
        self._fit_value_axis([v for _name, v, _colour in sets])
        if self._horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(sets) > 1 if legend is None else legend)
        self.series, self.categories, self.current = series, list(categories), None
        self._fit_labels()

    def _show_nothing(self) -> None:
        """No category (no officer with an open case, no deadline due): no series, no axes, no legend and none of
        the stacked numbers of the data before (they are the chart's own items), but 暂无数据 in the middle."""
        chart = self.chart()
        chart.legend().setVisible(False)
        self.series, self.categories, self.current, self._value_axis = None, [], None, None
        for label in self._segment_labels:
            label.setVisible(False)
        area, box = chart.plotArea(), self._nothing.boundingRect()
        self._nothing.setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2)

    def _fit_value_axis(self, values: list[list[float]]) -> None:
        """The value axis from 0 to above the highest bar (or stack), with room for an upright number."""
        per_category = list(zip(*values, strict=True))
        top = max(((sum(v) if self._stacked else max(v)) for v in per_category), default=0)
        # applyNiceNumbers starts from the tick count it is given: a reused axis starts from a new axis's
        self._value_axis.setTickCount(self._ticks)
        self._value_axis.setRange(0, max(1, top * (1.15 + self._headroom)))
        self._value_axis.applyNiceNumbers()

    def _fit_labels(self) -> None:
        """Each bar's number where it can be read: level when it clears its neighbours' numbers, upright (turned a
        quarter) when only that clears them, left out when not even that — a year of months in two sets of
        four-digit counts at 1366×768 printed "874" over "866". The value stays in the bar's tooltip. Stacked bars
        show theirs inside each segment that holds it (`_place_segment_labels`)."""
        series = self.series
        sets = series.barSets() if series is not None else []
        area = self.chart().plotArea()
        if series is None and self._nothing.isVisible():
            self._show_nothing()   # the plot area moved: 暂无数据 back in its middle
            return
        if not sets or not self.categories or area.isEmpty():
            return
        if self._stacked:
            self._place_segment_labels(sets, area)
            return
        across = area.height() if self._horizontal else area.width()
        metrics = QFontMetricsF(sets[0].labelFont())
        digits = metrics.tightBoundingRect("0123456789").height() + 1
        # where each shown label sits along the category axis and how wide it is level (a bar of 0 has none)
        step = across / len(self.categories)
        bar = step * series.barWidth() / len(sets)
        shown = sorted((c * step + step / 2 + (k - (len(sets) - 1) / 2) * bar, metrics.horizontalAdvance(f"{v:g}"))
                       for k, s in enumerate(sets) for c in range(s.count()) if (v := s.at(c)))

        def apart(size) -> bool:   # no two neighbouring labels meet, each `size(level width)` across the axis
            return all(b - a >= (size(wa) + size(wb)) / 2 + 1 for (a, wa), (b, wb) in pairwise(shown))

        # across the axis a label takes its digits' height when it runs along its bar (a horizontal chart's, or a
        # vertical chart's turned upright), its width when it lies across a vertical bar
        along = apart(lambda _w: digits)
        if self._horizontal:
            labels = (0, along)
        elif apart(lambda w: w):
            labels = (0, True)
        else:
            labels = (-90, True) if along else (0, False)
        widest = max((w for _c, w in shown), default=0.0)
        # an upright label stands above its bar: the top bar's needs room under the chart's top edge (in steps of
        # 5 %, so that the axis, whose labels move the plot area, settles)
        headroom = math.ceil(min(0.6, (widest + 6) / area.height()) * 20) / 20 if labels == (-90, True) else 0.0
        if (labels, headroom) == (self._labels, self._headroom):
            return
        if labels != self._labels:
            series.setLabelsAngle(labels[0])
            series.setLabelsVisible(labels[1])
        self._labels, self._headroom = labels, headroom
        self._fit_value_axis([[s.at(i) for i in range(s.count())] for s in sets])

    def _place_segment_labels(self, sets: list[QBarSet], area) -> None:
        """A stacked chart's numbers: each in the middle of its segment, and only where the segment holds it.
        QtCharts's own labels cannot be left out bar by bar: a segment lower than its number (a 2 on a 30) printed
        it over its neighbour's, and which of the two came out on top varied. The value stays in the tooltip. The
        text items are made once per chart and moved; a refill only changes their text (issue 19, S19d)."""
        chart, series = self.chart(), self.series
        metrics = QFontMetricsF(sets[0].labelFont())
        digits = metrics.tightBoundingRect("0123456789")   # the ink of a number, from its baseline
        middle = metrics.ascent() + digits.center().y()     # the ink's middle below a text item's top
        wide = area.width() / len(self.categories) * series.barWidth()
        labels = self._segment_labels
        while len(labels) < len(sets) * len(self.categories):
            label = QGraphicsSimpleTextItem(chart)
            label.setZValue(1000)   # above the bars (QtCharts keeps its series below its own labels' z)
            labels.append(label)
        at = 0
        for c in range(len(self.categories)):
            base = 0.0
            for bar_set in sets:
                value, label = bar_set.at(c), labels[at]
                at += 1
                text = f"{value:g}"
                bottom = chart.mapToPosition(QPointF(c, base), series)
                top = chart.mapToPosition(QPointF(c, base + value), series)
                base += value
                width = metrics.horizontalAdvance(text)
                fits = value > 0 and bottom.y() - top.y() >= digits.height() + 4 and wide >= width + 2
                label.setVisible(fits)
                if fits:
                    label.setText(text)
                    label.setFont(bar_set.labelFont())
                    label.setBrush(bar_set.labelColor())
                    label.setPos(top.x() - width / 2, (top.y() + bottom.y()) / 2 - middle)
        for label in labels[at:]:
            label.setVisible(False)

    def _show_value(self, status: bool, index: int, bar_set: QBarSet) -> None:
        """A bar's tooltip: its category, its set's name (when the chart has several) and its value."""
        if not status:
            QToolTip.hideText()
            return
        several = self.series is not None and len(self.series.barSets()) > 1
        name = f"{bar_set.label()} " if several else ""
        QToolTip.showText(QCursor.pos(), f"{self.categories[index]}　{name}{bar_set.at(index):g}", self)

    def _update_values(self, sets: list[tuple[str, list[int], str]]) -> None:
        """The same categories and bar sets as shown, new values: the bars and their labels are kept and take the
        values (issue 19, S19d). A new series builds a text item for every bar's label, ≈ 8 ms of the GUI thread
        for 64 bars, and lays the whole chart out again: one chart's turn went from ≈ 25 to ≈ 4 ms. It paints the
        same as a new series (tests/ui/statistics/test_chart_values_in_place.py)."""
        for bar_set, (_name, values, _colour) in zip(self.series.barSets(), sets, strict=True):
            bar_set.deselectAllBars()   # as a new series: no bar chosen with the keyboard
            for i, value in enumerate(values):
                if bar_set.at(i) != value:
                    bar_set.replace(i, float(value))
        self._fit_value_axis([v for _name, v, _colour in sets])
        self.current = None
        self._fit_labels()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        sets = self.series.barSets() if self.series is not None else []
        if not sets or not self.categories:
            super().keyPressEvent(event)
            return
        key = event.key()
        set_index, category = self.current or (0, -1)
        # Categories run along the arrows of the category axis; the other pair of arrows changes the set.
        along = (Qt.Key.Key_Up, Qt.Key.Key_Down) if self._horizontal else (Qt.Key.Key_Left, Qt.Key.Key_Right)
        across = (Qt.Key.Key_Left, Qt.Key.Key_Right) if self._horizontal else (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if key in along:
            step = 1 if key == along[1] else -1
            if self._horizontal:
                step = -step  # the first category is drawn at the bottom
            category = max(0, min(len(self.categories) - 1, category + step))
        elif key in across:
            set_index = max(0, min(len(sets) - 1, set_index + (1 if key == across[1] else -1)))
            category = max(category, 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.bar_clicked.emit(*self.current)
            return
        else:
            super().keyPressEvent(event)
            return
        for bar_set in sets:
            bar_set.deselectAllBars()
        self.current = (set_index, category)
        sets[set_index].selectBar(category)

    def bar_center(self, set_index: int, category: int):
        """Where the middle of a bar is on the view (tests click it like a user would)."""
        bar_set = self.series.barSets()[set_index]
        value = bar_set.at(category)
        if self._stacked:
            value = sum(s.at(category) for s in self.series.barSets()[:set_index]) + value / 2
            point = QPointF(category, value)
        else:
            count = len(self.series.barSets())
            offset = (set_index - (count - 1) / 2) * (self.series.barWidth() / count)
            point = QPointF(value / 2, category + offset) if self._horizontal else QPointF(category + offset,
                                                                                          value / 2)
        scene = self.chart().mapToScene(self.chart().mapToPosition(point, self.series))
        return self.mapFromScene(scene)
