"""The 证据 tab through the real window: register an item with a file (a missing name is named next to the
field, and the typed text survives as a draft), verify the files, print the 证据材料清单 through the document
dialog, and record an inspection that the two-officer rule refuses until a second officer is ticked."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401 (a fixture)
from ui_helpers import choose, type_text

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.queries.documents import register as doc_queries
from ui.sections import Sections
from ui.shell.main_window import MainWindow

DAY = date(2026, 11, 2)


def _open(make_ctx, staff, new_uow, qtbot, who):
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    window = MainWindow(make_ctx(who), Sections)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.sections.open_case(c.ref.id)
    view = window.sections.case_detail_view
    view.tabs.setCurrentWidget(view.page("evidence"))
    return c, window, view.page("evidence")


def test_add_an_item_with_a_file_and_print_the_list(make_ctx, staff, new_uow, qtbot, shown, tmp_path):
    c, window, tab = _open(make_ctx, staff, new_uow, qtbot, staff.clerk)
    assert tab.register_table.rowCount() == 0
    scan = tmp_path / "购买公证书.pdf"
    scan.write_bytes(b"%PDF-1.4 notarised purchase")
    tab.add_evidence_button.click()
    dialog = tab.dialog
    choose(dialog.editors["party_id"].widget, c.party_ids(PartyRole.REQUESTER, DAY)[0])
    type_text(dialog.editors["purpose"].widget, "被请求人在网店销售被诉产品")
    dialog.editors["files"].add_paths([str(scan)])
    dialog.save_button.click()
    label = dialog.field_errors.label("name")
    assert label is not None and label.text() == "必须填写" and dialog.isVisible()
    assert tab.register_table.rowCount() == 0
    dialog.reject()   # closed by accident: the text typed comes back as a draft
    tab.add_evidence_button.click()
    dialog = tab.dialog
    assert "restore_draft" in shown.asked
    assert dialog.editors["purpose"].widget.toPlainText() == "被请求人在网店销售被诉产品"
    choose(dialog.editors["party_id"].widget, c.party_ids(PartyRole.REQUESTER, DAY)[0])
    type_text(dialog.editors["name"].widget, "（2026）浙甬证字第88号公证书")
    dialog.editors["files"].add_paths([str(scan)])
    dialog.save_button.click()
    assert shown.errors == [] and not dialog.isVisible()
    table = tab.register_table
    assert table.rowCount() == 1
    assert [table.item(0, i).text() for i in (0, 1, 2, 8)] == ["1", "（2026）浙甬证字第88号公证书", "宁波华辰科技有限公司", "待认定"]
    assert "购买公证书.pdf" in table.item(0, 7).text()

    tab.verify_button.click()
    assert tab.verify_label.text() == "校验 1 个文件：全部与登记时一致。"
    assert "✓" in tab.register_table.item(0, 7).text()

    tab.print_list_button.click()
    doc = tab.dialog
    assert doc.type_combo.currentData() == "evidence_list"
    items = doc.editors["items"].toPlainText()
    assert items.split("\t")[:3] == ["1", "（2026）浙甬证字第88号公证书", "被请求人在网店销售被诉产品"]
    doc.issue_button.click()
    assert shown.errors == []
    with new_uow() as uow:
        issued = doc_queries.case_documents(uow, c.ref.id).documents
    assert [d.doc_type for d in issued] == ["evidence_list"]


def test_inspection_needs_two_officers(make_ctx, staff, new_uow, qtbot, shown):
    _c, _window, tab = _open(make_ctx, staff, new_uow, qtbot, staff.officer)
    tab.inner.setCurrentIndex(1)
    tab.open_record("inspection")
    dialog = tab.dialog
    type_text(dialog.editors["place"].widget, "义乌市国际商贸城5区仓库")
    type_text(dialog.editors["subject"].widget, "赵四（经营者）")
    type_text(dialog.editors["content"].widget, "仓库存放被诉折叠椅约200把")
    officers = dialog.editors["officer_ids"].widget
    names = [officers.item(i).text() for i in range(officers.count())]
    officers.item(names.index("张伟（办案人员）")).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    assert dialog.field_errors.label("officer_ids").text() == "调查、检查须由至少 2 名执法人员进行"
    officers.item(names.index("李娜（办案人员）")).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    assert shown.errors == [] and not dialog.isVisible()
    assert tab.records_table.rowCount() == 1
    assert tab.records_table.item(0, 0).text() == "现场检查（勘验）笔录"
    assert tab.records_table.item(0, 3).text() == "张伟、李娜"


def test_the_item_list_of_a_preservation_survives_as_a_draft(make_ctx, staff, new_uow, qtbot, shown):
    _c, _window, tab = _open(make_ctx, staff, new_uow, qtbot, staff.officer)
    tab.open_seizure("preservation")
    dialog = tab.dialog
    type_text(dialog.editors["place"].widget, "义乌市国际商贸城5区仓库")
    items = dialog.editors["items"]
    items.table.item(0, 0).setText("折叠露营椅")
    items.table.item(0, 2).setText("200把")
    items.add_row({})
    items.table.item(1, 0).setText("包装箱")
    dialog.reject()   # closed by accident: the rows typed come back with the text
    tab.open_seizure("preservation")
    dialog = tab.dialog
    assert "restore_draft" in shown.asked
    assert dialog.editors["place"].widget.text() == "义乌市国际商贸城5区仓库"
    rows = dialog.editors["items"].value()
    assert [(r["name"], r["quantity"]) for r in rows] == [("折叠露营椅", "200把"), ("包装箱", "")]


@pytest.mark.usefixtures("chinese_font")
def test_a_wrong_cell_of_the_item_list_is_named_by_row_and_column(make_ctx, staff, new_uow, qtbot, shown):
    _c, _window, tab = _open(make_ctx, staff, new_uow, qtbot, staff.officer)
    tab.inner.setCurrentIndex(1)
    tab.open_seizure("preservation")
    dialog = tab.dialog
    type_text(dialog.editors["place"].widget, "义乌市国际商贸城5区仓库")
    items = dialog.editors["items"]
    items.table.item(0, 0).setText("折叠露营椅")
    items.add_row({})
    items.table.item(1, 2).setText("3箱")
    dialog.save_button.click()
    assert dialog.isVisible() and shown.errors == []
    assert dialog.field_errors.label("items[0].quantity").text() == "第 1 行 数量：必须填写"
    assert dialog.field_errors.label("items[1].name").text() == "第 2 行 名称：必须填写"
    assert "物品清单1 数量：必须填写" in dialog.summary_label.text()
    assert (items.table.currentRow(), items.table.currentColumn()) == (0, 2)
    assert [r["quantity"] for r in items.value()] == ["", "3箱"]   # nothing typed is lost
    dialog.resize(700, 700)
    shot(dialog, "56_evidence_seizure_errors.png")
