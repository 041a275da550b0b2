"""A bar chart (QtCharts) whose bars are clickable: the statistics drill down from any bar to its cases."""
from __future__ import annotations

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
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QWidget

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
        self.current: tuple[int, int] | None = None  # (bar set, category) chosen with the keyboard
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

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
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd if self._stacked
                                 else QBarSeries.LabelsPosition.LabelsOutsideEnd)
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
        self._fit_value_axis(sets)
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

    def _fit_value_axis(self, sets: list[tuple[str, list[int], str]]) -> None:
        per_category = list(zip(*(values for _name, values, _colour in sets), strict=True))
        top = max(((sum(v) if self._stacked else max(v)) for v in per_category), default=0)
        # applyNiceNumbers starts from the tick count it is given: a reused axis starts from a new axis's
        self._value_axis.setTickCount(self._ticks)
        self._value_axis.setRange(0, max(1, top * 1.15))
        self._value_axis.applyNiceNumbers()

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
        self._fit_value_axis(sets)
        self.current = None

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
