"""案件 › 公开 and the 公开 section through the UI: the officer opens the redaction editor on the issued ruling, the
proposals are applied everywhere in the preview, a free-hand mask of selected text joins them; the 部门负责人
approves from the same tab; the register lists the published version and exports it to Excel; the typical
case is marked and exported as DOCX. Screenshots at 1366×768 go to the session's folder."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import openpyxl
from publication_helpers import NAME, PHONE, ruled_case
from PySide6.QtGui import QTextCursor
from shots import chinese_font, shot, shots_dir  # noqa: F401
from sqlalchemy import select
from ui_helpers import type_text

from ipcase.db.models.cases import DeadlineRow
from ipcase.domain.enums import CaseState
from ipcase.queries.publication.register import published_files
from ui.publication.case_tab import PublicationTab
from ui.publication.section import PublicationView

DAY = date(2026, 2, 20)


def _tab(make_ctx, user, c, qtbot) -> PublicationTab:
    tab = PublicationTab(make_ctx(user))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.set_detail(c.detail(DAY))
    return tab


def test_redact_approve_register_and_typical(make_ctx, new_uow, staff, qtbot, shown, tmp_path,
                                              chinese_font):  # noqa: F811
    c = ruled_case(new_uow, staff)
    tab = _tab(make_ctx, staff.officer, c, qtbot)
    assert tab.edit_button.isEnabled() and not tab.decide_button.isEnabled()
    tab._on_edit_button_clicked()
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    preview = dialog.preview.toPlainText()
    assert NAME not in preview and PHONE not in preview and "张某" in preview
    # A free-hand mask: select 经营场所 in the ruling's text and mask it; it is masked everywhere.
    text = dialog.source_text.toPlainText()
    start = text.index("经营场所")
    cursor = dialog.source_text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("经营场所"), QTextCursor.MoveMode.KeepAnchor)
    dialog.source_text.setTextCursor(cursor)
    type_text(dialog.manual_edit, "某处")
    dialog._on_mask_button_clicked()
    assert "经营场所" not in dialog.preview.toPlainText() and "某处" in dialog.preview.toPlainText()
    dialog.place_edit.setText("https://amr.example.gov.cn/xzcj/1")
    dialog.resize(1366, 768)
    shot(dialog, "publication_redaction_editor.png")
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()
    tab._load()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "待批准"

    head = _tab(make_ctx, staff.dept_head, c, qtbot)
    assert head.decide_button.isEnabled()
    head._on_decide_button_clicked()
    decision = head.dialog
    qtbot.addWidget(decision)
    assert NAME not in decision.text_view.toPlainText()
    shot(decision, "publication_decision.png")
    decision.button_box.accepted.emit()
    assert shown.errors == [] and not decision.isVisible()
    head._load()
    assert head.table.item(0, 1).text() == "已公开"
    head.table.selectRow(0)
    assert head.view_button.isEnabled()
    shot(head, "publication_case_tab.png")
    with new_uow() as uow:    # the published PDF next to the screenshots, to render and look at
        files = published_files(uow, publication_id=head._rows[0].id)
    (shots_dir() / "publication_published.pdf").write_bytes(files.pdf)
    assert NAME not in files.pdf.decode("latin-1")

    # The ruling changed after a court suit: recorded from the same tab; its publication falls due (D13).
    assert head.change_button.isEnabled()
    head._on_change_button_clicked()
    change = head.dialog
    qtbot.addWidget(change)
    change.date_edit.set_value(date(2026, 9, 25))
    type_text(change.court_edit, "某市中级人民法院")
    change.reference_edit.setText("（2026）浙02行初1号")
    shot(change, "publication_ruling_change.png")
    change.button_box.accepted.emit()
    assert shown.errors == [] and not change.isVisible()
    with new_uow() as uow:   # the version published on the clock's day (after 9-25) already meets it
        starts = sorted(r.start_date for r in uow.session.scalars(select(DeadlineRow).where(
            DeadlineRow.case_id == c.ref.id, DeadlineRow.code == "D13")))
    assert starts == [date(2026, 2, 13), date(2026, 9, 25)]

    # 典型案例: the 部门负责人 marks the closed case and writes its summary.
    assert c.detail(DAY).state == CaseState.CLOSED_RULING_INFRINGEMENT
    head._on_typical_button_clicked()
    typical = head.dialog
    qtbot.addWidget(typical)
    type_text(typical.title_edit, "某科技公司诉某商行实用新型专利侵权纠纷案")
    type_text(typical.summary_edit, "网络销售者的侵权责任认定。")
    typical.button_box.accepted.emit()
    assert shown.errors == []

    view = PublicationView(make_ctx(staff.dept_head))
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.refresh()
    assert view.register_table.rowCount() == 1
    row = [view.register_table.item(0, col).text() for col in range(view.register_table.columnCount())]
    assert row[2] == "1" and row[3] == "已公开" and row[6] == "https://amr.example.gov.cn/xzcj/1"
    assert NAME not in " ".join(row)
    shot(view, "publication_register.png")
    path = tmp_path / "register.xlsx"
    view.register_output.export_to(path)
    sheet = openpyxl.load_workbook(path).active
    values = [str(cell.value) for r in sheet.iter_rows() for cell in r if cell.value is not None]
    assert "https://amr.example.gov.cn/xzcj/1" in values and not any(NAME in v for v in values)

    view.tabs.setCurrentIndex(1)
    assert view.typical_table.rowCount() == 1
    docx = tmp_path / "typical.docx"
    view.export_docx(docx)
    with zipfile.ZipFile(io.BytesIO(docx.read_bytes())) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "网络销售者的侵权责任认定" in body and "典型案例" in body
    shot(view, "publication_typical.png")
