"""搜索 in the case window (issue 19): "where did the witness say that?" — a text searched in this case's hearing
records, investigation records, issued documents and evidence; each hit shows the record, the field and the words
around it, and opening it shows the page that holds the record (口审, 证据, 文书). The search runs off the GUI thread
and a newer text cancels the older search."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ipcase.dto.cases import CaseSearchHit
from ipcase.queries.cases import record_search
from ui.common import labels
from ui.common.i18n import tr_ctx
from ui.common.paged_table import SEARCH_DELAY_MS, list_table
from ui.common.table_model import Col, DtoTableModel
from ui.shell.context import AppContext

# the case page (CasePage.key) that shows each kind of record
PAGE_OF = {"hearing_record": "hearings", "investigation": "evidence", "evidence": "evidence", "document": "documents"}

KIND = {
    "hearing_record": QT_TRANSLATE_NOOP("CaseSearchModel", "口头审理笔录"),
    "investigation": QT_TRANSLATE_NOOP("CaseSearchModel", "调查笔录"),
    "inspection": QT_TRANSLATE_NOOP("CaseSearchModel", "现场检查（勘验）笔录"),
    "document": QT_TRANSLATE_NOOP("CaseSearchModel", "文书"),
    "evidence": QT_TRANSLATE_NOOP("CaseSearchModel", "证据"),
}


def record_text(hit: CaseSearchHit) -> str:
    if hit.kind == "hearing_record":
        return tr_ctx("CaseSearchModel", "口头审理笔录（第%1次）").replace("%1", hit.name)
    if hit.kind == "investigation":
        return tr_ctx("CaseSearchModel", KIND["inspection" if hit.name == "inspection" else "investigation"])
    return f"{tr_ctx('CaseSearchModel', KIND[hit.kind])}：{hit.name}"


class Columns(IntEnum):
    RECORD = 0
    DATE = 1
    EXCERPT = 2


class CaseSearchModel(DtoTableModel):
    columns = Columns
    specs = {
        Columns.RECORD: Col(QT_TRANSLATE_NOOP("CaseSearchModel", "记录"), record_text, tooltip=record_text),
        Columns.DATE: Col(QT_TRANSLATE_NOOP("CaseSearchModel", "日期"),
                          lambda h: labels.fmt_date(h.at.date()) if h.at else ""),
        Columns.EXCERPT: Col(QT_TRANSLATE_NOOP("CaseSearchModel", "原文"), lambda h: h.excerpt,
                             tooltip=lambda h: h.excerpt),
    }
    context = "CaseSearchModel"


class CaseSearchTab(QWidget):
    open_requested = Signal(object, str)   # the chosen CaseSearchHit and the text searched: open its record there

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._case_id, self._task, self._seq = ctx, None, None, 0
        self._hits_text = ""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("case_record_search")
        self.search_edit.setPlaceholderText(self.tr("在本案的口审笔录、调查笔录、文书和证据中搜索，如证人说过的话"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("搜索本案记录(&S)："))
        search_label.setBuddy(self.search_edit)
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        self.model = CaseSearchModel(self)
        self.table = list_table(self.model, "case_record_hits")
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 100)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("case_record_search_status")
        layout.addWidget(self.status_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)

    def set_detail(self, detail) -> None:
        if detail.id != self._case_id:
            self._case_id = detail.id
            self.search_edit.clear()
            self.model.set_rows(())
            self.status_label.clear()

    def search(self) -> None:
        text = self.search_edit.text().strip()
        self._ctx.runner.cancel(self._task)
        self._seq += 1
        if not text or self._case_id is None:
            self.model.set_rows(())
            self.status_label.clear()
            return
        seq = self._seq
        self.status_label.setText(self.tr("正在搜索…"))
        self._task = self._ctx.runner.run_db(
            self._ctx.db_query(record_search.search_case, self._case_id, text),
            on_success=lambda hits: self._on_hits(seq, text, hits), owner=self, with_progress=True)

    def _on_hits(self, seq: int, text: str, hits) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(hits)
        self._hits_text = text   # what the hits were found for (the box may hold more by now)
        if not hits:
            self.status_label.setText(self.tr("本案记录中没有“%1”").replace("%1", text))
        elif len(hits) >= record_search.MAX_HITS:
            self.status_label.setText(self.tr("找到很多处，只列出前 %1 处：请输入更长的文字").replace(
                "%1", str(len(hits))))
        else:
            self.status_label.setText(self.tr("找到 %1 处；双击打开所在的记录").replace("%1", str(len(hits))))

    def _on_activated(self, index) -> None:
        hit = self.model.row_at(index.row())
        if hit is not None:
            self.open_requested.emit(hit, self._hits_text)

