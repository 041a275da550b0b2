"""统计: the supervisors' dashboard. Key figures and charts of the chosen period and filters; every figure and
every bar opens the case list filtered to the cases behind it. The figures are SQL aggregates run on the
database lane (ipcase.queries.statistics.figures); their definitions show on hover."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.enums import PatentType
from ipcase.domain.statistics.counting import DEFINITIONS, ClosingMethod
from ipcase.dto.cases import CaseFilter
from ipcase.dto.statistics import Dashboard, StatsScope
from ipcase.queries.statistics import figures as stats
from ipcase.queries.statistics import intake as stats_intake
from ipcase.queries.statistics.sql import NO_TRACK
from ui.common import labels, messages
from ui.common.i18n import tr_ctx
from ui.intake import labels as intake_labels
from ui.shell.context import AppContext
from ui.statistics import labels as stats_labels
from ui.statistics.chart import DUE_SOON, OVERDUE, PALETTE, BarChart
from ui.statistics.filter_bar import StatsFilterBar
from ui.statistics.mediation_figures import MediationFiguresBox
from ui.statistics.satisfaction_box import SatisfactionBox

METHODS = [m.value for m in ClosingMethod if m != ClosingMethod.NOT_ACCEPTED] + [
    "withdrawn_unregistered", ClosingMethod.NOT_ACCEPTED.value]
# Figures as of today, whatever the period.
STOCK_FIGURES = frozenset({"state", "overdue", "due_soon", "overdue_all", "workload_unregistered",
                           "workload_registered", "open"})
INTAKE_DUE_SOON = "#c5b0d5"  # a light shade of the intake items' overdue colour (PALETTE[4])


DEFINITION_NOTE = QT_TRANSLATE_NOOP("statistics", "（口径为本系统约定，见 README 统计口径）")


def definition(key: str) -> str:
    """The hover text of a figure: its [U] definition from the core, marked as this system's reading."""
    title, text = DEFINITIONS[key]
    return (f"<b>{tr_ctx('statistics', title)}</b><br>{tr_ctx('statistics', text)}"
            f"<br><i>{tr_ctx('statistics', DEFINITION_NOTE)}</i>")


class KpiTile(QFrame):
    """A key figure: its value large, its name below; click (or Enter) to list the cases behind it."""
    clicked = Signal()

    def __init__(self, title: str, tooltip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpi_tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.value_label = QLabel("—")
        self.value_label.setStyleSheet("font-size: 17pt; font-weight: bold; color: #0d47a1;")
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet("color: #444;")
        for label in (self.value_label, self.title_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class StatisticsView(QWidget):
    drilldown_requested = Signal(object, str)  # CaseFilter, what the list shows
    intake_drilldown_requested = Signal(object, str)  # IntakeFilter, what the register shows
    loaded = Signal(object)                    # Dashboard, once every chart shows it
    satisfaction_requested = Signal(object, object)   # start, end: the 满意度 page's results of the period

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._scope: StatsScope | None = None
        self.dashboard: Dashboard | None = None
        self._request_seq = 0
        self._chart_steps: list = []   # the charts of the shown dashboard still to fill, one per turn
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._chart_timer.timeout.connect(self._fill_next_chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        top = QHBoxLayout()
        layout.addLayout(top)
        self.filter_bar = StatsFilterBar(ctx.clock.today())
        top.addWidget(self.filter_bar, 1)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("导出报表(&X)…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.open_report_dialog)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scope_label")
        self.scope_label.setStyleSheet("color: #555;")
        layout.addWidget(self.scope_label)

        tiles = QHBoxLayout()
        layout.addLayout(tiles)
        self.tiles: dict[str, KpiTile] = {}
        for key, title, figure, drill_key, tip in (
                ("received", self.tr("收案"), "received", None, "received"),
                ("registered", self.tr("立案"), "registered", None, "registered"),
                ("closed", self.tr("结案"), "handling", None, "closed"),
                ("closure_rate", self.tr("结案率"), "closed", None, "closure_rate"),
                ("on_time_rate", self.tr("按期结案率"), "on_time", True, "on_time_rate"),
                ("handling_days", self.tr("平均办案周期（日）"), "handling", None, "handling_days"),
                ("mediation_rate", self.tr("调解结案率"), "mediation", "mediated", "mediation_rate"),
                ("open", self.tr("在办"), "open", None, "open"),
                ("overdue", self.tr("逾期案件"), "overdue_all", None, "urgent")):
            extra = {"received": "intake_received", "overdue": "intake_urgent"}.get(key)
            tile = KpiTile(title, definition(tip) + ("<br><br>" + definition(extra) if extra else ""))
            tile.clicked.connect(lambda f=figure, k=drill_key, t=title: self._drill(f, k, t))
            tiles.addWidget(tile)
            self.tiles[key] = tile
        self.mediation_box = MediationFiguresBox(ctx)   # the mediation feature's figures of the period
        layout.addWidget(self.mediation_box)
        self.satisfaction_box = SatisfactionBox(ctx)    # 保护社会满意度 of the period against the target
        self.satisfaction_box.open_requested.connect(self.satisfaction_requested)
        layout.addWidget(self.satisfaction_box)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        holder = QWidget()
        scroll.setWidget(holder)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.charts: dict[str, BarChart] = {}
        specs = (("states", self.tr("在办案件（按状态）"), {"horizontal": True}, "open"),
                 ("urgent", self.tr("逾期与3个工作日内到期（按承办人）"), {}, "urgent"),
                 ("received", self.tr("收案（按月，本年与上年）"), {}, "received"),
                 ("intake_monthly", self.tr("收案登记（按月，本年与上年）"), {}, "intake_monthly"),
                 ("registered", self.tr("立案（按月，本年与上年）"), {}, "registered"),
                 ("methods", self.tr("结案方式"), {"horizontal": True}, "closed"),
                 ("on_time", self.tr("按期结案"), {}, "on_time_rate"),
                 ("workload", self.tr("承办人工作量（未结案件）"), {"stacked": True}, "workload"),
                 ("patent_types", self.tr("专利类型"), {}, "registered"),
                 ("flags", self.tr("涉外、电商、展会、重复侵权"), {}, "flags"),
                 ("tracks", self.tr("繁简分流"), {}, "track"),
                 ("mediation", self.tr("调解"), {}, "mediation_success"))
        for i, (key, title, options, tip) in enumerate(specs):
            chart = BarChart(title, **options)
            chart.setObjectName(f"{key}_chart")
            chart.setToolTip(definition(tip) + ("<br><br>" + definition("intake_urgent") if key == "urgent" else ""))
            chart.bar_clicked.connect(lambda set_index, index, key=key: self._on_bar_clicked(key, set_index, index))
            grid.addWidget(chart, i // 2, i % 2)
            self.charts[key] = chart
        self.filter_bar.changed.connect(self.refresh)

    # ---- loading
    def refresh(self) -> None:
        ctx = self._ctx
        if self._scope is None:
            ctx.runner.run_db(ctx.db(stats.statistics_scope, viewer_id=ctx.user_id),
                              on_success=self._on_scope_loaded, owner=self)
            return
        self._request_seq += 1
        seq = self._request_seq
        flt = self.filter_bar.value()
        self.scope_label.setText(self.tr("正在统计…"))
        self.mediation_box.load(flt, flt.office_ids or self._scope.office_ids)
        self.satisfaction_box.load(flt, flt.office_ids or self._scope.office_ids)
        ctx.runner.run_db(ctx.db(stats.dashboard, flt, viewer_id=ctx.user_id, today=ctx.clock.today()),
                          on_success=lambda d: self._on_dashboard_loaded(seq, d),
                          on_failure=self._on_failed, owner=self)

    def _on_scope_loaded(self, scope: StatsScope) -> None:
        self._scope = scope
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_scope(scope)
        self.filter_bar.blockSignals(False)
        self.refresh()

    def _on_failed(self, exc: Exception) -> None:
        self.scope_label.setText("")
        messages.show_error(self, exc)

    def _on_dashboard_loaded(self, seq: int, d: Dashboard) -> None:
        if seq != self._request_seq:
            return
        self.dashboard = d
        f = d.filter
        basis = self.tr("结案") if f.basis == "closed" else self.tr("立案")
        self.scope_label.setText(
            self.tr("结案方式、按期结案、办案周期、专利类型、标记和调解：%1 至 %2 %3的案件；在办、逾期和工作量：截至今日（%4）。"
                    "指向数字可看口径，点击柱形或数字可列出相应案件。")
            .replace("%1", f.date_from.isoformat()).replace("%2", f.date_to.isoformat()).replace("%3", basis)
            .replace("%4", d.today.isoformat()))
        c = d.closing
        values = {"received": str(d.period.received), "registered": str(d.period.registered),
                  "closed": str(c.closed), "closure_rate": _percent(d.period.closure_rate),
                  "on_time_rate": _percent(c.on_time_rate),
                  "handling_days": "—" if c.average_handling_days is None else f"{c.average_handling_days:.1f}",
                  "mediation_rate": _percent(c.mediation_rate), "open": str(d.open_cases),
                  "overdue": str(d.overdue_cases)}
        for key, text in values.items():
            self.tiles[key].set_value(text)
        self.tiles["received"].title_label.setText(
            self.tr("收案（收案登记 %1 件）").replace("%1", str(d.intake_received)))
        self.tiles["overdue"].title_label.setText(
            self.tr("逾期案件（收案登记 %1 件）").replace("%1", str(d.overdue_intake)))
        self._chart_steps = self._chart_fillers(d)
        self._fill_next_chart()

    def _officer(self, name: str) -> str:
        return name or self.tr("未指定承办人")

    def charts_filled(self) -> bool:
        """Every chart shows the last dashboard read."""
        return not self._chart_steps

    def _fill_next_chart(self) -> None:
        """One chart per event-loop turn (issue 19: a chart costs ~15 ms to fill, twelve in one turn stalled the
        window for 0.4–0.8 s); the view says `loaded` when the last one is filled."""
        if not self._chart_steps:
            return
        self._chart_steps.pop(0)()
        if self._chart_steps:
            self._chart_timer.start()
        else:
            self.loaded.emit(self.dashboard)

    def _chart_fillers(self, d: Dashboard) -> list:
        """The charts of `d`, each filled by its own function (called one per event-loop turn)."""
        ch = self.charts
        steps = []
        states = list(reversed(d.open_by_state))  # the first state on top of a horizontal chart
        steps.append(lambda: ch["states"].set_data([labels.case_state(s) for s, _ in states],
                                                   [(self.tr("案件数"), [n for _, n in states], PALETTE[0])]))
        steps.append(lambda: ch["urgent"].set_data(
            [self._officer(u.name) for u in d.urgent],
            [(self.tr("逾期"), [u.overdue for u in d.urgent], OVERDUE),
             (self.tr("3个工作日内到期"), [u.due_soon for u in d.urgent], DUE_SOON),
             (self.tr("收案登记逾期"), [u.intake_overdue for u in d.urgent], PALETTE[4]),
             (self.tr("收案登记临期"), [u.intake_due_soon for u in d.urgent], INTAKE_DUE_SOON)]))
        months = [self.tr("%1月").replace("%1", str(m)) for m in range(1, 13)]
        last, this = d.monthly
        for key, attr in (("received", "received"), ("intake_monthly", "intake"), ("registered", "registered")):
            steps.append(lambda key=key, attr=attr: ch[key].set_data(
                months, [(self.tr("%1年").replace("%1", str(last.year)), list(getattr(last, attr)), PALETTE[1]),
                         (self.tr("%1年").replace("%1", str(this.year)), list(getattr(this, attr)), PALETTE[0])]))
        by_method = dict(d.closing.by_method)
        steps.append(lambda: ch["methods"].set_data(
            [stats_labels.closing_method(m) for m in reversed(METHODS)],
            [(self.tr("件数"), [by_method.get(m, 0) for m in reversed(METHODS)], PALETTE[0])]))

        def on_time() -> None:
            ch["on_time"].set_data([self.tr("按期结案"), self.tr("超期结案")],
                                   [(self.tr("件数"), [d.closing.on_time, d.closing.late], PALETTE[2])])
            ch["on_time"].chart().setTitle(
                self.tr("按期结案（按期结案率 %1）").replace("%1", _percent(d.closing.on_time_rate)))
        steps.append(on_time)
        steps.append(lambda: ch["workload"].set_data(
            [self._officer(w.name) for w in d.workload],
            [(self.tr("未立案"), [w.unregistered for w in d.workload], PALETTE[1]),
             (self.tr("已立案在办"), [w.registered_open for w in d.workload], PALETTE[0])]))
        mix = d.composition
        steps.append(lambda: ch["patent_types"].set_data(
            [labels.patent_type(t) for t, _ in mix.by_patent_type],
            [(self.tr("件数"), [n for _, n in mix.by_patent_type], PALETTE[4])]))
        steps.append(lambda: ch["flags"].set_data(
            [self.tr("涉外/港澳台"), self.tr("电商"), self.tr("展会"), self.tr("重复侵权")],
            [(self.tr("件数"), [mix.foreign, mix.ecommerce, mix.trade_fair, mix.repeat], PALETTE[5])]))
        steps.append(lambda: ch["tracks"].set_data(
            [self.tr("未分流") if t == NO_TRACK else intake_labels.track(t) for t, _ in mix.by_track],
            [(self.tr("件数"), [n for _, n in mix.by_track], PALETTE[3])]))

        def mediation() -> None:
            ch["mediation"].set_data([self.tr("调解结案"), self.tr("和解后以其他方式结案")],
                                     [(self.tr("件数"), [d.closing.mediated, d.closing.settlement_not_mediated],
                                       PALETTE[2])])
            ch["mediation"].chart().setTitle(
                self.tr("调解（调解成功率 %1）").replace("%1", _percent(d.closing.mediation_success)))
        steps.append(mediation)
        return steps

    # ---- drill-down
    def _on_bar_clicked(self, chart: str, set_index: int, index: int) -> None:
        d = self.dashboard
        if d is None:
            return
        bar = self.charts[chart].categories[index]
        if chart == "intake_monthly" or (chart == "urgent" and set_index >= 2):
            # Intake items are not cases: they open in the 收案登记 register.
            if chart == "intake_monthly":
                year = d.monthly[set_index].year
                figure, key = "month", (year, index + 1)
                bar = self.tr("%1年%2").replace("%1", str(year)).replace("%2", bar)
            else:
                u = d.urgent[index]
                figure, key = "items", (u.intake_overdue_ids if set_index == 2 else u.intake_due_soon_ids)
                bar = f"{bar} · {self.charts[chart].series.barSets()[set_index].label()}"
            self.intake_drilldown_requested.emit(
                stats_intake.intake_drilldown(d.filter, figure, key),
                self.tr("统计 — %1：%2").replace("%1", self.charts[chart].chart().title()).replace("%2", bar))
            return
        if chart == "states":
            figure, key = "state", list(reversed(d.open_by_state))[index][0]
        elif chart == "urgent":
            figure, key = ("overdue", "due_soon")[set_index], d.urgent[index].officer_id
        elif chart in ("received", "registered"):
            year = d.monthly[set_index].year
            figure, key = f"{chart}_month", (year, index + 1)
            bar = self.tr("%1年%2").replace("%1", str(year)).replace("%2", bar)
        elif chart == "methods":
            figure, key = "method", list(reversed(METHODS))[index]
        elif chart == "on_time":
            figure, key = "on_time", index == 0
        elif chart == "workload":
            figure = ("workload_unregistered", "workload_registered")[set_index]
            key = d.workload[index].officer_id
        elif chart == "patent_types":
            figure, key = "patent_type", list(PatentType)[index]
        elif chart == "flags":
            figure, key = "flag", ("flag_foreign", "flag_ecommerce", "flag_trade_fair", "flag_repeat")[index]
        elif chart == "tracks":
            figure, key = "track", d.composition.by_track[index][0]
        else:
            figure, key = "mediation", ("mediated", "settlement_not_mediated")[index]
        series = self.charts[chart].series.barSets()
        name = f"{bar} · {series[set_index].label()}" if len(series) > 1 else bar
        self._drill(figure, key, f"{self.charts[chart].chart().title()}：{name}")

    def _drill(self, figure: str, key, what: str) -> None:
        d = self.dashboard
        if d is None or self._scope is None:
            return
        flt: CaseFilter = stats.drilldown(d.filter, self._scope, figure, key, today=d.today,
                                          due_soon_until=d.due_soon_until)
        f = d.filter
        if figure in STOCK_FIGURES:
            period = self.tr("截至 %1").replace("%1", d.today.isoformat())
        else:
            period = self.tr("%1 至 %2（%3）").replace("%1", f.date_from.isoformat()).replace(
                "%2", f.date_to.isoformat()).replace("%3", self.filter_bar.basis_combo.currentText())
        self.drilldown_requested.emit(flt, self.tr("统计 %1 — %2").replace("%1", period).replace("%2", what))

    # ---- reports
    def open_report_dialog(self):
        from ui.statistics.report_dialog import ReportDialog
        dialog = ReportDialog(self._ctx, self)
        dialog.open()
        return dialog
