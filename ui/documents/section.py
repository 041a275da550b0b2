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
from ipcase.dto.documents import BatchResult, DocumentDraft, DocumentFilter, ToServeFilter
from ipcase.queries.documents import register as doc_queries
from ipcase.services.documents import service as service_records
from ui.common import labels, messages
from ui.common.fields import date_edit
from ui.common.list_output import ALL_ROWS, ListOutput, all_rows
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.scrolling_table import ScrollingTable
from ui.common.tabs import PageTabs, with_count
from ui.documents import labels as doc_labels
from ui.documents.case_tab import both_files, record_output, run_batch
from ui.documents.late_notice_check import check_late_notices
from ui.documents.register_models import (
    ISSUED_SORT,
    PENDING_SORT,
    IssuedColumn,
    IssuedDocumentsModel,
    PendingColumn,
    PendingServiceModel,
)
from ui.shell.context import AppContext


class DocumentsView(QWidget):
    case_open_requested = Signal(int)
    case_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
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

        # Both registers scroll by key (issue 19): the first page shows at once, the count follows, 跳到第 N 条;
        # export and print read every row the register is filtered to.
        pending = QWidget()
        pending_layout = QVBoxLayout(pending)
        pending_bar = QHBoxLayout()
        pending_layout.addLayout(pending_bar)
        self.pending_label = QLabel(self.tr("双击打开案件，在“送达”页登记。"))
        pending_bar.addWidget(self.pending_label, 1)
        self.pending_model = PendingServiceModel(self)
        self.pending = ScrollingTable(
            ctx, self.pending_model, name="office_pending_table", count_name="pending_count_label",
            sort_fields=PENDING_SORT, sort_column=PendingColumn.ISSUED, descending=False,
            capped=(PendingColumn.TITLE, PendingColumn.ADDRESSEE), cap=260,
            query=lambda paging: ctx.db_query(doc_queries.list_to_serve, self._pending_filter(**paging)),
            counter=lambda: ctx.db_query(doc_queries.count_to_serve, self._pending_filter()))
        self.pending.empty_text = self.tr("没有待送达的文书")
        self.pending.reload_requested.connect(self.pending.load)
        self.pending.counted.connect(lambda n: self.tabs.setTabText(0, with_count(self.tr("待送达"), n)))
        self.pending_table = self.pending.table
        self.pending_table.doubleClicked.connect(lambda _i: self._open(self.pending_table))
        pending_layout.addWidget(self.pending, 1)
        self.pending_output = ListOutput(ctx, all_rows(ctx, self.pending_table, lambda: ctx.db(
                                             doc_queries.to_serve, office_id=ctx.user.office_id)),
                                         title=lambda: self.tr("待送达文书登记"),
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
        self.search_edit.returnPressed.connect(self._load_issued)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("全部文书"), "")
        for d in CATALOG:
            self.type_combo.addItem(doc_labels.doc_type(d.key), d.key)
        self.type_combo.currentIndexChanged.connect(lambda _i: self._load_issued())
        self.preview_button = QPushButton(self.tr("预览/打印(&V)"))
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.open_button = QPushButton(self.tr("打开案件(&O)"))
        self.open_button.clicked.connect(lambda: self._open(self.issued_table))
        for w in (self.search_edit, self.type_combo, self.preview_button, self.open_button):
            bar.addWidget(w)
        self.issued_model = IssuedDocumentsModel(self)
        self.issued = ScrollingTable(
            ctx, self.issued_model, name="issued_table", count_name="issued_count_label", sort_fields=ISSUED_SORT,
            sort_column=IssuedColumn.ISSUED, capped=(IssuedColumn.TITLE, IssuedColumn.ADDRESSEE), cap=260,
            query=lambda paging: ctx.db_query(doc_queries.list_documents, self._issued_filter(**paging)),
            counter=lambda: ctx.db_query(doc_queries.count_documents, self._issued_filter()))
        self.issued.reload_requested.connect(self._load_issued)
        self.issued.counted.connect(lambda n: self.tabs.setTabText(1, with_count(self.tr("已签发文书"), n)))
        self.issued_table = self.issued.table
        self.issued_table.doubleClicked.connect(lambda _i: self._on_preview_button_clicked())
        issued_layout.addWidget(self.issued, 1)
        self.issued_output = ListOutput(ctx, all_rows(ctx, self.issued_table, lambda: ctx.db(
                                            doc_queries.list_documents, self._issued_filter(
                                                limit=ALL_ROWS, offset=0, after=None, count=False))),
                                        title=lambda: self.tr("文书登记簿"),
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
        self.pending.load()
        self._load_issued()

    def _load_issued(self) -> None:
        text = self.search_edit.text().strip()
        self.issued.empty_text = (self.tr("没有找到与“%1”相符的文书").replace("%1", text) if text
                                  else self.tr("没有符合条件的文书"))
        self.issued.load()

    def _pending_filter(self, **paging) -> ToServeFilter:
        return ToServeFilter(self._ctx.user.office_id,
                             **{k: v for k, v in {**self.pending.paging(), **paging}.items() if k != "sort"})

    def _issued_filter(self, **paging) -> DocumentFilter:
        return DocumentFilter(self._ctx.user.office_id, text=self.search_edit.text(),
                              doc_type=self.type_combo.currentData() or "",
                              **{k: v for k, v in {**self.issued.paging(), **paging}.items() if k != "sort"})

    def _output_subtitle(self, text: str, doc_type: str = "") -> str:
        """What the exported or printed list was filtered by, and when it was made."""
        bits = [self.tr("搜索：%1").replace("%1", text) if text else "",
                self.tr("文书：%1").replace("%1", doc_type) if doc_type else "",
                self.tr("导出时间：%1").replace("%1", labels.fmt_date(self._ctx.clock.now()))]
        return "；".join(b for b in bits if b)

    @staticmethod
    def _chosen(table):
        """The row (DTO) chosen in a register's table, None when none is."""
        picked = {i.row() for i in table.selectedIndexes()}
        return table.model().row_at(min(picked)) if picked else None

    def _open(self, table) -> None:
        row = self._chosen(table)
        if row is not None:
            self.case_open_requested.emit(row.case_id)

    def _on_preview_button_clicked(self) -> None:
        d = self._chosen(self.issued_table)
        if d is None:
            return
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
