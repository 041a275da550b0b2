"""The 统计 dashboard's compact mediation panel: attempts, agreements, success rate, days to agreement, amounts
(total and median), judicial confirmations and overdue instalments of the chosen period; each figure's
definition on hover (ipcase/queries/statistics/mediation.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from ipcase.dto.mediation import MediationFigures
from ipcase.dto.statistics import StatsFilter
from ipcase.queries.statistics.mediation import mediation_figures
from ui.shell.context import AppContext


class MediationFiguresBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("调解（裁决案件内调解与调解案件，不按承办人、专利类型筛选）"), parent)
        self.setObjectName("mediation_figures_box")
        self._ctx = ctx
        self.figures: MediationFigures | None = None
        grid = QGridLayout(self)
        self.values: dict[str, QLabel] = {}
        specs = (
            ("sessions", self.tr("调解次数"), self.tr("期间内举行的调解次数")),
            ("hosts", self.tr("调解案件"), self.tr("期间内举行过调解的案件数（裁决案件与调解案件）")),
            ("agreements", self.tr("达成协议"), self.tr("期间内生效（最后一方当事人签署）的调解协议数")),
            ("success", self.tr("调解成功率"), self.tr("期间内举行过调解的案件中，至期末已有生效调解协议的比例")),
            ("days", self.tr("平均达成天数"), self.tr("期间内生效的协议，自本案首次调解之日至协议生效之日的平均日数")),
            ("total", self.tr("协议金额合计"), self.tr("期间内生效协议约定的赔偿数额之和")),
            ("median", self.tr("协议金额中位数"), self.tr("期间内生效协议赔偿数额的中位数（偶数个时取中间两个的平均）")),
            ("confirmations", self.tr("司法确认"), self.tr("期间内申请司法确认的协议数 / 期间内法院裁定确认有效的协议数")),
            ("overdue", self.tr("逾期未履行分期"), self.tr("截至今日已到期而未足额履行的分期")),
        )
        for i, (key, title, tip) in enumerate(specs):
            name, value = QLabel(title + "："), QLabel("—")
            value.setObjectName(f"mediation_{key}_value")
            for w in (name, value):
                w.setToolTip(tip)
            grid.addWidget(name, i // 5, (i % 5) * 2)
            grid.addWidget(value, i // 5, (i % 5) * 2 + 1)
            self.values[key] = value

    def load(self, flt: StatsFilter, office_ids: tuple[int, ...]) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_figures, office_ids=office_ids, period_from=flt.date_from,
                                 period_to=flt.date_to, today=ctx.clock.today()),
                          on_success=self._on_loaded, owner=self)

    def _on_loaded(self, f: MediationFigures) -> None:
        self.figures = f
        texts = {
            "sessions": str(f.sessions), "hosts": str(f.hosts_mediated), "agreements": str(f.agreements),
            "success": f"{f.success_rate:.1%}" if f.success_rate is not None else "—",
            "days": self.tr("%1 日").replace("%1", f"{f.average_days_to_agreement:.1f}")
            if f.average_days_to_agreement is not None else "—",
            "total": self.tr("%1 元").replace("%1", f"{f.amount_total:,}"),
            "median": self.tr("%1 元").replace("%1", f"{f.amount_median:,}") if f.amount_median is not None else "—",
            "confirmations": f"{f.confirmations_applied} / {f.confirmations_confirmed}",
            "overdue": str(f.instalments_overdue),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
