"""签发人 in the 文书 dialog and the register (issue 15), at 1366×768: chosen among the leaders for a document no
approval names, fixed to the approver for one that carries out an approved decision; the register shows the
签发人 next to the 制作人 (the clerk)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401  (fixture)
from ui_helpers import choose, type_text

from case_helpers import Driver, at
from ui.sections import Sections
from ui.shell.main_window import MainWindow

DAY = date(2026, 11, 2)


def test_the_dialog_offers_the_leaders_and_the_register_shows_both(make_ctx, staff, new_uow, qtbot, shown,
                                                                    chinese_font):  # noqa: F811
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sections.open_case(c.ref.id)
    view = window.sections.case_detail_view
    tab = view.page("documents")
    view.tabs.setCurrentWidget(tab)

    dialog = tab.new_document("investigation_notice")
    names = [dialog.signatory_combo.itemText(i) for i in range(dialog.signatory_combo.count())]
    assert names == ["（请选择）", "刘洋"] and dialog.signatory_combo.isEnabled()   # only the 部门负责人
    assert "制作人" in dialog.signatory_note.text()
    type_text(dialog.editors["matters"], "被控侵权产品的生产数量")
    type_text(dialog.editors["time_place"], "2026年11月10日上午9时，本局302室")
    dialog.issue_button.click()
    assert "必须填写" in dialog.field_errors.label("signed_by").text() and tab.table.rowCount() == 0
    shot(dialog, "document_dialog_signatory.png")
    choose(dialog.signatory_combo, staff.dept_head.id)
    dialog.issue_button.click()
    assert shown.errors == [] and tab.table.rowCount() == 1

    dialog = tab.new_document("acceptance_notice")
    assert dialog.signatory_combo.currentText() == "刘洋" and not dialog.signatory_combo.isEnabled()
    assert "审批" in dialog.signatory_note.text()
    dialog.issue_button.click()
    assert shown.errors == [] and tab.table.rowCount() == 2

    dialog = tab.new_document("registration_approval")          # kept in the file: no 签发人 row
    assert dialog.signatory_combo.isHidden()
    dialog.reject()

    heads = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    rows = [{h: tab.table.item(r, i).text() for i, h in enumerate(heads)} for r in range(tab.table.rowCount())]
    assert {(r["签发人"], r["制作人"]) for r in rows} == {("刘洋", "孙丽")}
    shot(window, "documents_register_signatory.png")

    window.show_section(window.sections.documents_view)
    section = window.sections.documents_view
    model = section.issued_model
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert heads.index("签发人") + 1 == heads.index("制作人")
    assert model.index(0, heads.index("签发人")).data() == "刘洋"
    shot(window, "documents_section_signatory.png")
