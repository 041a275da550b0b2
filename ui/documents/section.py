"""文书 section: what is waiting to be served across the office's cases, the documents issued (searchable),
and batch issuing of the oral-hearing notices of a day."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.documents.types import CATALOG
from ipcase.dto.documents import BatchResult, DocumentDraft
from ipcase.queries.documents import register as doc_queries
from ipcase.services.documents import service as service_records
from ui.common import labels, messages
from ui.common.fields import date_edit
from ui.common.list_output import ALL_ROWS, Cells, ListOutput, shown_rows
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.plain_table import fill, text_table
from ui.common.tabs import PageTabs, with_count
from ui.documents import labels as doc_labels
from ui.documents.case_tab import both_files, record_output, run_batch
from ui.documents.late_notice_check import check_late_notices
from ui.shell.context import AppContext


def _issued_line(d) -> list[str]:
    """One issued document as the register shows it (the table and its export)."""
    return [d.case_number or "", d.title, d.number, d.addressee, labels.fmt_date(d.issued_at), d.signed_by,
            d.issued_by, str(d.served_count)]


class DocumentsView(QWidget):
    case_open_requested = Signal(int)
    case_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.to_serve = ()
        self.documents = ()
        self.preview_dialog: PdfPreviewDialog | None = None
        self._previewed: int | None = None   # the document shown, for the audit record of its printing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        batch = QHBoxLayout()
        layout.addLayout(batch)
        batch.addWidget(QLabel(self.tr("批量签发口头审理通知书，口审日期：")))
        self.hearing_date_edit = date_edit(ctx.clock.today() + timedelta(days=1))
        self.hearing_date_edit.setObjectName("hearing_date_edit")
        batch.addWidget(self.hearing_date_edit)
        self.hearing_batch_button = QPushButton(self.tr("批量签发(&H)"))
        self.hearing_batch_button.setObjectName("hearing_batch_button")
        self.hearing_batch_button.setEnabled(ctx.may("documents.issue"))
        self.hearing_batch_button.clicked.connect(self.issue_hearing_notices)
        batch.addWidget(self.hearing_batch_button)
        batch.addStretch(1)
        self.tabs = PageTabs()   # Alt+1, Alt+2; the titles carry the counts of their lists
        layout.addWidget(self.tabs, 1)

        pending = QWidget()
        pending_layout = QVBoxLayout(pending)
        pending_bar = QHBoxLayout()
        pending_layout.addLayout(pending_bar)
        self.pending_label = QLabel()
        pending_bar.addWidget(self.pending_label, 1)
        self.pending_table = text_table([self.tr("案号"), self.tr("文书"), self.tr("文号"), self.tr("受送达人"),
                                     self.tr("签发时间"), self.tr("公告期满视为送达")], "office_pending_table")
        self.pending_table.doubleClicked.connect(lambda _i: self._open(self.pending_table, self.to_serve))
        pending_layout.addWidget(self.pending_table)
        # 待送达 holds every row it has: export and print what it shows
        self.pending_output = ListOutput(ctx, shown_rows(self.pending_table), title=lambda: self.tr("待送达文书登记"),
                                         subtitle=lambda: self._output_subtitle(""),
                                         file_stem=lambda: self.tr("待送达文书"))
        pending_bar.addWidget(self.pending_output)
        self.tabs.addTab(pending, self.tr("待送达"))

        issued = QWidget()
        issued_layout = QVBoxLayout(issued)
        bar = QHBoxLayout()
        issued_layout.addLayout(bar)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("文号、案号、当事人"))
        self.search_edit.returnPressed.connect(self.refresh)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("全部文书"), "")
        for d in CATALOG:
            self.type_combo.addItem(doc_labels.doc_type(d.key), d.key)
        self.type_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.preview_button = QPushButton(self.tr("预览/打印(&V)"))
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.open_button = QPushButton(self.tr("打开案件(&O)"))
        self.open_button.clicked.connect(lambda: self._open(self.issued_table, self.documents))
        for w in (self.search_edit, self.type_combo, self.preview_button, self.open_button):
            bar.addWidget(w)
        self.issued_table = text_table([self.tr("案号"), self.tr("文书"), self.tr("文号"), self.tr("受送达人/对象"),
                                    self.tr("签发时间"), self.tr("签发人"), self.tr("制作人"), self.tr("送达记录")],
                                        "issued_table")
        self.issued_table.doubleClicked.connect(lambda _i: self._on_preview_button_clicked())
        issued_layout.addWidget(self.issued_table)
        # the issued list shows the latest 500: the export reads every document the search and type select
        self.issued_output = ListOutput(ctx, self._all_documents, title=lambda: self.tr("文书登记簿"),
                                        subtitle=lambda: self._output_subtitle(
                                            self.search_edit.text().strip(),
                                            self.type_combo.currentText() if self.type_combo.currentData() else ""),
                                        file_stem=lambda: self.tr("文书登记簿"))
        bar.addWidget(self.issued_output)
        self.tabs.addTab(issued, self.tr("已签发文书"))

    def refresh(self) -> None:
        ctx = self._ctx
        # 公告送达 whose period has run out start their deadlines now (also done at start-up).
        ctx.runner.run_db(ctx.db(service_records.apply_deemed_services, now=ctx.clock.now()), owner=self,
                          on_failure=lambda exc: None)
        ctx.runner.run_db(ctx.db(doc_queries.to_serve, office_id=ctx.user.office_id),
                          on_success=self._on_to_serve_loaded, owner=self)
        ctx.runner.run_db(ctx.db(doc_queries.recent_documents, office_id=ctx.user.office_id,
                                 text=self.search_edit.text(), doc_type=self.type_combo.currentData() or ""),
                          on_success=self._on_documents_loaded, owner=self)

    def _on_to_serve_loaded(self, rows) -> None:
        self.to_serve = rows
        self.tabs.setTabText(0, with_count(self.tr("待送达"), len(rows)))
        self.pending_label.setText(self.tr("共 %1 项待送达；双击打开案件，在“送达”页登记。").replace("%1", str(len(rows))))
        fill(self.pending_table, [[r.case_number or "", r.title, r.number, r.addressee, labels.fmt_date(r.issued_at),
                                   labels.fmt_date(r.pending_deemed)] for r in rows])

    def _on_documents_loaded(self, rows) -> None:
        self.documents = rows
        self.tabs.setTabText(1, with_count(self.tr("已签发文书"), len(rows)))
        fill(self.issued_table, [_issued_line(d) for d in rows])

    def _all_documents(self, owner: QWidget, then) -> None:
        """Every issued document the search and the type select (not only the latest shown), as the table."""
        ctx = self._ctx
        headers = [self.issued_table.horizontalHeaderItem(c).text() for c in range(self.issued_table.columnCount())]

        def laid_out(rows) -> None:
            cells: Cells = (headers, [_issued_line(d) for d in rows])
            then(cells)
        ctx.runner.run_db(ctx.db(doc_queries.recent_documents, office_id=ctx.user.office_id,
                                 text=self.search_edit.text(), doc_type=self.type_combo.currentData() or "",
                                 limit=ALL_ROWS), on_success=laid_out, owner=owner)

    def _output_subtitle(self, text: str, doc_type: str = "") -> str:
        """What the exported or printed list was filtered by, and when it was made."""
        bits = [self.tr("搜索：%1").replace("%1", text) if text else "",
                self.tr("文书：%1").replace("%1", doc_type) if doc_type else "",
                self.tr("导出时间：%1").replace("%1", labels.fmt_date(self._ctx.clock.now()))]
        return "；".join(b for b in bits if b)

    def _open(self, table, rows) -> None:
        picked = {i.row() for i in table.selectedIndexes()}
        if picked and rows:
            self.case_open_requested.emit(rows[min(picked)].case_id)

    def _on_preview_button_clicked(self) -> None:
        picked = {i.row() for i in self.issued_table.selectedIndexes()}
        if not picked:
            return
        d = self.documents[min(picked)]
        self._previewed = d.id
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(both_files, document_id=d.id), owner=self, on_success=lambda files: self._show(
            f"{d.title} {d.number}", *files))

    def _show(self, title: str, stem: str, pdf: bytes, docx: bytes) -> None:
        self.preview_dialog = PdfPreviewDialog(title, pdf, docx, stem, self)
        self.preview_dialog.output_made.connect(
            lambda how, target, d=self._previewed: record_output(self._ctx, d, how, target))
        self.preview_dialog.open()

    def issue_hearing_notices(self) -> None:
        ctx = self._ctx
        day = self.hearing_date_edit.date().toPython()
        ctx.runner.run_db(ctx.db(doc_queries.hearings_on, office_id=ctx.user.office_id, day=day),
                          on_success=self._on_hearings_loaded, owner=self)

    def _on_hearings_loaded(self, hearings) -> None:
        items = [(case_id, DocumentDraft("hearing_notice", {}, party_id=p)) for case_id, parties in hearings
                 for p in parties]
        if not items:
            messages.info(self, self.tr("口头审理通知书"), self.tr("该日没有安排口头审理的案件。"))
            return
        ctx = self._ctx

        def confirm_and_issue() -> None:
            if messages.confirm(self, self.tr("口头审理通知书"), self.tr(
                    "将为 %1 件案件的 %2 名当事人各签发一份口头审理通知书。继续吗？")
                    .replace("%1", str(len(hearings))).replace("%2", str(len(items)))):
                run_batch(self, ctx, items, self._on_batch_done)

        # Notices issued today that can no longer reach the parties in time: one warning, one line per case.
        check_late_notices(self, ctx, case_ids=[case_id for case_id, _parties in hearings], day=ctx.clock.today(),
                           proceed=confirm_and_issue)

    def _on_batch_done(self, result: BatchResult) -> None:
        self.refresh()
        for case_id in {d.case_id for d in result.issued}:
            self.case_changed.emit(case_id)
        messages.info(self, self.tr("批量签发"), self.tr("已签发 %1 份；取消 %2 份（未编号）。")
                      .replace("%1", str(len(result.issued))).replace("%2", str(result.cancelled)))
