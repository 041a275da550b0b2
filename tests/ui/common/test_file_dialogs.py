"""另存为 and exports (issue 16): the file dialog opens in the folder used last (remembered across dialogs and
sessions), proposes a safe name naming the case and the document (two cases never share a default name), and an
export says where the file went, offers to open its folder, and closes."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from reportlab.pdfgen import canvas

from ui.common import file_dialogs
from ui.common.file_dialogs import proposed_name
from ui.common.pdf_preview import PdfPreviewDialog


def _pdf() -> bytes:
    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "ruling")
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """Qt's modal save dialog answered: records the proposed path, and 'chooses' it inside `folder`."""
    asked: list[Path] = []
    answer = {"folder": tmp_path}

    def get_save_file_name(parent, title, proposed, filters):
        asked.append(Path(proposed))
        return str(answer["folder"] / Path(proposed).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked, answer


def test_proposed_names():
    assert proposed_name("〔2026〕98号", "专利侵权纠纷案件行政裁决书") == "〔2026〕98号-专利侵权纠纷案件行政裁决书"
    assert proposed_name("〔2026〕98号", "行政裁决书-〔2026〕98号") == "行政裁决书-〔2026〕98号"   # named once
    assert proposed_name("", "答辩通知书") == "答辩通知书"
    assert proposed_name("测试市知裁字〔2026〕1号", "..\\a/b:c*") == "b_c_"                      # only a safe name


def test_two_cases_never_propose_the_same_name_and_the_folder_is_remembered(qtbot, save_dialog, tmp_path):
    asked, answer = save_dialog
    first = PdfPreviewDialog("预览", _pdf(), b"docx", "专利侵权纠纷案件行政裁决书", case_number="测试市知裁字〔2026〕98号")
    qtbot.addWidget(first)
    answer["folder"] = tmp_path / "案卷"
    answer["folder"].mkdir()
    first.save_button.click()
    assert asked[0].name == "测试市知裁字〔2026〕98号-专利侵权纠纷案件行政裁决书.pdf"
    assert (tmp_path / "案卷" / asked[0].name).read_bytes().startswith(b"%PDF")
    second = PdfPreviewDialog("预览", _pdf(), b"docx", "专利侵权纠纷案件行政裁决书", case_number="测试市知裁字〔2026〕99号")
    qtbot.addWidget(second)
    second.save_button.click()
    assert asked[1].parent == tmp_path / "案卷"                     # where the last file went
    assert asked[1].name != asked[0].name and "99号" in asked[1].name


def test_the_report_export_says_where_opens_the_folder_and_closes(make_ctx, staff, qtbot, tmp_path, shown,
                                                                    monkeypatch):
    from ui.statistics.report_dialog import ReportDialog
    opened: list[Path] = []
    monkeypatch.setattr(file_dialogs, "open_folder", opened.append)
    dialog = ReportDialog(make_ctx(staff.dept_head))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "report.xlsx"))
    dialog.export()
    assert not dialog.isVisible()                                   # the runner here is synchronous
    assert (tmp_path / "report.xlsx").stat().st_size > 0
    assert opened == [tmp_path] and shown.errors == []
    assert file_dialogs.last_folder() == tmp_path                   # the next 另存为 starts there
