"""The case list (issue 16): a 案号 however typed finds the case and the list says which field matched; an empty
result says so inside the list; the filtered list (every page) exports to Excel and prints (to a PDF file here)."""
from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from PySide6.QtPrintSupport import QPrinter
from shots import chinese_font, shot  # noqa: F401

from case_helpers import Driver
from ipcase.db.models.cases import Case
from ui.cases.table_model import Column
from ui.sections import Sections
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 2, 9, 30)


@pytest.fixture
def window(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    ids = {n: Driver.new(new_uow, staff, NOW).ref.id for n in (98, 981, 7)}
    with new_uow() as uow:
        for n, case_id in ids.items():
            uow.session.get(Case, case_id).case_number = f"测试市知裁字〔2026〕{n}号"
        uow.commit()
    w = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    view = w.sections.case_list_view
    w.show_section(w.sections.cases_stack)
    view.refresh()
    return w, view


def _search(view, text: str) -> None:
    view.filter_bar.search_edit.setText(text)
    view.pager.reload_first_page()


def test_a_typed_case_number_finds_the_case_and_says_why(window):
    w, view = window
    assert view.table.isColumnHidden(Column.MATCHED)          # nothing searched: no 匹配项 column
    _search(view, "【2026】98")
    assert [r.case_number for r in view.model.rows()] == ["测试市知裁字〔2026〕98号"]
    assert not view.table.isColumnHidden(Column.MATCHED)
    assert view.model.index(0, Column.MATCHED).data() == "案号"
    _search(view, "鼎盛")
    assert {view.model.index(r, Column.MATCHED).data() for r in range(3)} == {"被请求人"}
    _search(view, "2026-99")
    assert view.model.rowCount() == 0
    assert view.pager.empty_label.isVisible() and "2026-99" in view.pager.empty_label.text()
    shot(w, "case_list_empty_search.png")
    _search(view, "")
    assert not view.pager.empty_label.isVisible() and view.model.rowCount() == 3


def test_the_filtered_list_exports_every_row_and_prints(window, tmp_path, monkeypatch, shown):
    w, view = window
    from ui.common import paged_table
    monkeypatch.setattr(paged_table, "PAGE_SIZE", 2)   # the export must not stop at the page shown
    _search(view, "鼎盛")
    assert view.model.rowCount() == 2 and view.pager.total == 3
    view.table.setColumnHidden(Column.FLAGS, True)
    view.output.export_to(tmp_path / "cases.xlsx")
    assert view.output.last_path == tmp_path / "cases.xlsx" and "cases.xlsx" in shown.confirmed[-1]
    assert shown.folders == [tmp_path]      # said where it went, and opened its folder on request
    ws = openpyxl.load_workbook(tmp_path / "cases.xlsx").active
    assert ws["A1"].value == "行政裁决案件登记" and "鼎盛" in ws["A2"].value
    headers = [c.value for c in ws[3]]
    assert headers[:3] == ["案号", "状态", "专利号"] and "特征" not in headers and headers[-1] == "匹配项"
    numbers = sorted(ws.cell(r, 1).value for r in range(4, ws.max_row + 1))
    assert numbers == ["测试市知裁字〔2026〕7号", "测试市知裁字〔2026〕981号", "测试市知裁字〔2026〕98号"]
    received = headers.index("收到日期") + 1
    assert ws.cell(4, received).is_date
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cases.pdf"))
    view.output.print_to(printer)
    pdf = (tmp_path / "cases.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    from pdfminer.high_level import extract_text
    text = extract_text(str(tmp_path / "cases.pdf"))
    assert "〔2026〕981" in text and "鼎盛" in text
