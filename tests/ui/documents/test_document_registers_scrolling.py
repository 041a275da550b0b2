"""The 文书 section's registers scroll by key (issue 19, H19d): pages of 3 here (the page size is lowered for the
test), the count after the first page in the tab titles, a header click turning the order round in the database,
跳到第 N 条, and 导出 Excel still taking every row the register is filtered to, not the rows read so far."""
from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtCore import Qt

from case_helpers import Driver, at
from ipcase.domain.documents.types import BY_KEY
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.queries.documents import register as doc_queries
from ipcase.services.documents import issue as docs
from ui.common import paged_table
from ui.documents.register_models import IssuedColumn, PendingColumn
from ui.sections import Sections
from ui.shell.main_window import MainWindow

DAY = date(2026, 11, 2)


def _issue(new_uow, staff) -> None:
    for n in range(3):
        c = Driver.new(new_uow, staff, at(DAY), received=DAY, respondents=2)
        c.panel(at(DAY))
        c.act_approved("register", {"registered_date": DAY}, at(DAY))
        for party_id in c.party_ids(PartyRole.RESPONDENT, DAY) + c.party_ids(PartyRole.REQUESTER, DAY):
            key = "investigation_notice"
            fields = {f.name: "内容。" for f in BY_KEY[key].fields if f.required}
            with new_uow() as uow:
                docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY, 9 + n),
                                    draft=DocumentDraft(key, fields, party_id=party_id))


def test_both_registers_scroll_by_key_and_export_every_row(make_ctx, new_uow, staff, qtbot, monkeypatch, tmp_path,
                                                           shown):
    _issue(new_uow, staff)
    office_id = staff.clerk.office_id
    with new_uow() as uow:
        issued = [d.id for d in doc_queries.recent_documents(uow, office_id=office_id, limit=1000)]
        pending = doc_queries.to_serve(uow, office_id=office_id)
    assert len(issued) >= 7 and len(pending) >= 7
    monkeypatch.setattr(paged_table, "PAGE_SIZE", 3)
    w = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.sections.documents_view
    w.show_section(view)
    view.refresh()

    assert view.pending_model.rows() == list(pending[:3])             # the first page only, oldest first
    assert view.tabs.tabText(0) == f"待送达 {len(pending)}" and view.pending.total == len(pending)
    view.pending_model.fetchMore()                                     # what scrolling to the end asks
    assert view.pending_model.rows() == list(pending[:6])
    view.pending.load()                                                # back to the top: rows 1–3 read
    monkeypatch.setattr("ui.common.scrolling_table.JUMP_CONTEXT", 1)
    view.pending.jump_to(len(pending) - 1)                             # 跳到 the last row: read from there
    assert view.pending.first == len(pending) - 2
    assert view.pending_model.rows() == list(pending[-2:])
    view.pending_table.horizontalHeader().setSortIndicator(PendingColumn.ISSUED, Qt.SortOrder.DescendingOrder)
    assert view.pending_model.rows() == list(pending[::-1][:3])       # newest first, in the database

    view.tabs.setCurrentIndex(1)
    assert [d.id for d in view.issued_model.rows()] == issued[:3]     # newest first
    assert view.tabs.tabText(1) == f"已签发文书 {len(issued)}"
    view.issued_table.horizontalHeader().setSortIndicator(IssuedColumn.ISSUED, Qt.SortOrder.AscendingOrder)
    assert [d.id for d in view.issued_model.rows()] == issued[::-1][:3]
    view.issued_output.export_to(tmp_path / "issued.xlsx")             # every row, not the 3 read so far
    rows = list(openpyxl.load_workbook(tmp_path / "issued.xlsx").active.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(issued) and shown.errors == []
    view.pending_output.export_to(tmp_path / "pending.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "pending.xlsx").active.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(pending)

    view.issued_table.selectRow(0)                                     # the chosen row opens its case
    opened = []
    view.case_open_requested.connect(opened.append)
    view._open(view.issued_table)
    assert opened == [view.issued_model.row_at(0).case_id]
