"""公开: the register of published rulings (what, when, where, by whom, which version) and the typical cases of a
year, each exportable to Excel (ui.common.list_output); the typical cases also as a DOCX for the yearly
publication."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ipcase.dto.publication import PublicationRow, TypicalCaseRow
from ipcase.queries.publication.register import published_register
from ipcase.queries.publication.typical import typical_cases, typical_publication
from ui.common import messages
from ui.common.file_dialogs import announce_saved, save_file
from ui.common.i18n import tr_ctx
from ui.common.list_output import ListOutput, shown_rows
from ui.common.plain_table import fill, text_table
from ui.common.tabs import PageTabs
from ui.publication.labels import STATUS
from ui.shell.context import AppContext


class PublicationView(QWidget):
    case_open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._rows: tuple[PublicationRow, ...] = ()
        self._typical: tuple[TypicalCaseRow, ...] = ()
        self.last_docx: Path | None = None
        layout = QVBoxLayout(self)
        self.tabs = PageTabs()
        layout.addWidget(self.tabs, 1)

        register = QWidget()
        rl = QVBoxLayout(register)
        bar = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_combo")
        self.status_combo.addItem(self.tr("已公开"), "published")
        self.status_combo.addItem(self.tr("待批准"), "pending")
        self.status_combo.addItem(self.tr("全部"), "")
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(QLabel(self.tr("状态：")))
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        self.register_table = text_table(
            [self.tr("案号"), self.tr("公开文书"), self.tr("版本"), self.tr("状态"), self.tr("裁决日期"),
             self.tr("公开日期"), self.tr("公开网址或地点"), self.tr("报请人"), self.tr("批准人"),
             self.tr("隐去项"), self.tr("替代版本")], "published_register_table")
        self.register_table.doubleClicked.connect(self._on_register_table_double_clicked)
        self.register_output = ListOutput(ctx, shown_rows(self.register_table),
                                          title=lambda: self.tr("行政裁决公开登记"),
                                          subtitle=lambda: self.status_combo.currentText(),
                                          file_stem=lambda: self.tr("行政裁决公开登记"))
        bar.addWidget(self.register_output)
        rl.addLayout(bar)
        rl.addWidget(self.register_table, 1)
        self.tabs.addTab(register, self.tr("裁决公开登记"))

        typical = QWidget()
        tl = QVBoxLayout(typical)
        tbar = QHBoxLayout()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year_combo")
        this_year = ctx.clock.today().year
        self.year_combo.addItem(self.tr("全部年度"), None)
        for y in range(this_year, this_year - 6, -1):
            self.year_combo.addItem(str(y), y)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        tbar.addWidget(QLabel(self.tr("年度：")))
        tbar.addWidget(self.year_combo)
        tbar.addStretch(1)
        self.docx_button = QPushButton(self.tr("导出 DOCX…"))
        self.docx_button.setObjectName("typical_docx_button")
        self.docx_button.clicked.connect(self._on_docx_button_clicked)
        tbar.addWidget(self.docx_button)
        self.typical_table = text_table([self.tr("年度"), self.tr("案号"), self.tr("案例标题"), self.tr("结案日期"),
                                         self.tr("标记人"), self.tr("案例要旨")], "typical_table")
        self.typical_table.doubleClicked.connect(self._on_typical_table_double_clicked)
        self.typical_output = ListOutput(ctx, shown_rows(self.typical_table), title=lambda: self.tr("典型案例"),
                                         subtitle=lambda: self.year_combo.currentText(),
                                         file_stem=lambda: self.tr("典型案例"))
        tbar.addWidget(self.typical_output)
        tl.addLayout(tbar)
        tl.addWidget(self.typical_table, 1)
        self.tabs.addTab(typical, self.tr("典型案例"))

    def refresh(self) -> None:
        ctx = self._ctx
        status, year = self.status_combo.currentData(), self.year_combo.currentData()

        def both(uow):
            return published_register(uow, status=status or None), typical_cases(uow, year=year)
        ctx.runner.run_db(ctx.db(both), on_success=self._on_loaded, owner=self)

    def _on_loaded(self, result) -> None:
        self._rows, self._typical = result
        fill(self.register_table, [[r.case_number, r.title, str(r.version), tr_ctx("labels", STATUS.get(r.status, r.status)),
                                    _day(r.ruling_date), _day(r.published_on), r.place, r.requested_by, r.decided_by,
                                    str(r.masks), str(r.replaces_version or "")] for r in self._rows])
        fill(self.typical_table, [[str(t.year), t.case_number, t.title, _day(t.closed_date), t.marked_by,
                                   t.summary.replace("\n", " ")] for t in self._typical])

    def _on_register_table_double_clicked(self, index) -> None:
        if 0 <= index.row() < len(self._rows):
            self.case_open_requested.emit(self._rows[index.row()].case_id)

    def _on_typical_table_double_clicked(self, index) -> None:
        if 0 <= index.row() < len(self._typical):
            self.case_open_requested.emit(self._typical[index.row()].case_id)

    def _on_docx_button_clicked(self) -> None:
        year = self.year_combo.currentData()
        name = self.tr("典型案例") + (f"{year}" if year else "") + ".docx"
        path = save_file(self, self.tr("导出典型案例"), name, "Word (*.docx)")
        if path:
            self.export_docx(Path(path))

    def export_docx(self, path: Path) -> None:
        """Write the typical cases of the year chosen as the yearly publication's DOCX."""
        ctx = self._ctx
        office_id = ctx.user.office_id if ctx.user is not None else 0

        def written(data: bytes) -> None:
            try:
                path.write_bytes(data)
            except OSError as exc:
                messages.show_error(self, exc)
                return
            self.last_docx = path
            announce_saved(self, self.tr("导出典型案例"), path)
        ctx.runner.run_db(ctx.db(typical_publication, office_id=office_id, year=self.year_combo.currentData()),
                          on_success=written, on_failure=lambda exc: messages.show_error(self, exc), owner=self)


def _day(d) -> str:
    return d.isoformat() if d else ""
