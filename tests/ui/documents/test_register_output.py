"""The 文书, 待送达 and 口审 registers (issue 16): 导出 Excel and 打印 give exactly the rows the register is filtered to,
in the columns it shows (each export reopened with openpyxl)."""
from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from hearing_helpers import add_room, investigation_case, plan
from PySide6.QtPrintSupport import QPrinter
from shots import chinese_font, shot  # noqa: F401 (a fixture)

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ipcase.services.hearings import sessions as hearings
from ui.common.list_output import table_cells
from ui.sections import Sections
from ui.shell.main_window import MainWindow

DAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 9, 30)
pytestmark = pytest.mark.usefixtures("chinese_font")


@pytest.fixture(autouse=True)
def _chinese_locale():
    """Day names as the application shows them (main.py sets the locale; a test process has the system's)."""
    from PySide6.QtCore import QLocale
    saved = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(saved)


def _registered_with_notices(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    c.issue_for_service("serve_registration_notice", c.party_ids(PartyRole.REQUESTER, DAY), at(DAY))
    return c


def _sheet(path):
    ws = openpyxl.load_workbook(path).active
    return ws, [c.value for c in ws[3]], [[c.value or "" for c in row] for row in ws.iter_rows(min_row=4)]


def _table(table):
    """What a register's table shows, as its export lays it out (a date column keeps the date)."""
    return table_cells(table, table.model())


@pytest.fixture
def documents_view(make_ctx, staff, new_uow, qtbot):
    first, second = _registered_with_notices(new_uow, staff), _registered_with_notices(new_uow, staff)
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.sections.documents_view
    window.show_section(view)
    view.refresh()
    return window, view, first, second


def test_the_issued_documents_register_exports_what_it_is_filtered_to(documents_view, tmp_path, shown):
    window, view, first, second = documents_view
    heads, everything = _table(view.issued_table)
    assert len(everything) >= 2 and {r[0] for r in everything} == {first.ref.case_number, second.ref.case_number}
    view.search_edit.setText(second.ref.case_number)
    view.refresh()
    heads, filtered = _table(view.issued_table)
    assert filtered and {r[0] for r in filtered} == {second.ref.case_number}
    view.issued_output.export_to(tmp_path / "docs.xlsx")
    assert shown.errors == [] and "docs.xlsx" in shown.confirmed[-1] and shown.folders == [tmp_path]
    ws, headers, rows = _sheet(tmp_path / "docs.xlsx")
    assert ws["A1"].value == "文书登记簿" and second.ref.case_number in ws["A2"].value
    assert headers == heads and sorted(rows) == sorted(filtered)
    view.tabs.setCurrentIndex(1)
    shot(window, "documents_register_export.png")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "docs.pdf"))
    view.issued_output.print_to(printer)
    from pdfminer.high_level import extract_text
    text = extract_text(str(tmp_path / "docs.pdf"))
    assert "文书登记簿" in text and first.ref.case_number not in text


def test_the_to_serve_register_exports_its_rows(documents_view, tmp_path, shown):
    _window, view, _first, _second = documents_view
    heads, pending = _table(view.pending_table)
    assert len(pending) >= 2
    view.pending_output.export_to(tmp_path / "pending.xlsx")
    ws, headers, rows = _sheet(tmp_path / "pending.xlsx")
    assert ws["A1"].value == "待送达文书登记" and headers == heads
    assert sorted(rows) == sorted(pending)


def test_the_hearing_register_exports_the_sessions_of_the_room_shown(make_ctx, staff, new_uow, qtbot, tmp_path,
                                                                    shown):
    one, two = add_room(new_uow, staff, "第一口审庭"), add_room(new_uow, staff, "第二口审庭")
    for room, day in ((one, 4), (two, 5)):
        c = investigation_case(new_uow, staff)
        with new_uow() as uow:
            hearings.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id,
                                      expected_version=c.ref.version,
                                      plan=plan(room.id, datetime(2026, 11, day, 9), datetime(2026, 11, day, 11)),
                                      override_reason="当事人同意", now=NOW)
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.sections.hearing_calendar_view
    window.show_section(view)
    view.refresh()
    view.output.export_to(tmp_path / "all.xlsx")
    _ws, headers, rows = _sheet(tmp_path / "all.xlsx")
    assert headers[:3] == ["时间", "口审庭", "案号"] and [r[1] for r in rows] == ["第一口审庭", "第二口审庭"]
    view.filter_combo.setCurrentIndex(view.filter_combo.findText("口审庭：第二口审庭"))
    view.output.export_to(tmp_path / "two.xlsx")
    ws, _headers, rows = _sheet(tmp_path / "two.xlsx")
    assert [r[1] for r in rows] == ["第二口审庭"] and rows[0][0].startswith("2026-11-05 09:00")
    assert "第二口审庭" in ws["A2"].value and "2026-11-02 至 2026-11-08" in ws["A2"].value
    shot(window, "hearing_register_export.png")
