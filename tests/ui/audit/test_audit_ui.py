"""The 审计员's window: only the 审计 section, the trail with its filters, the export, and the full check that
says clearly when the record was altered (screenshot at 1366×768)."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate
from shots import chinese_font, shot  # noqa: F401 - fixture

from ipcase.domain.enums import Role
from ipcase.services.admin import auth
from ui.sections import Sections
from ui.shell.main_window import MainWindow


@pytest.fixture
def auditor(new_uow, staff):
    with new_uow() as uow:
        return auth.create_user(uow, actor_id=staff.admin.id, username="shenji", full_name="审计员甲",
                                role=Role.AUDITOR, password="password1")


def _window(make_ctx, user, qtbot):
    window = MainWindow(make_ctx(user), Sections)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_auditor_sees_the_trail_alone_and_checks_the_record(make_ctx, auditor, qtbot, sqlite_engine, tmp_path,
                                                                 chinese_font):  # noqa: F811
    window = _window(make_ctx, auditor, qtbot)
    view = window.sections.audit_view
    assert [s.widget for s in window.sections.entries] == [view]
    assert not window.sections.new_request_action.isEnabled()
    today = QDate(date.today())
    view.from_edit.setDate(today.addDays(-1))
    view.to_edit.setDate(today)
    window.show_section(view)
    view.refresh()
    assert view.table.model().rowCount() == len(view.rows) > 0
    assert {"create_user"} <= {r.action for r in view.rows}
    view.table.selectRow(0)
    view._show_changes()
    assert "→" in view.detail_text.toPlainText()

    view.verify_button.click()
    assert "记录未被改动" in view.result_label.text()

    with sqlite_engine.begin() as c:
        c.execute(sa.text("UPDATE users SET full_name = '冒名' WHERE username = 'zhang'"))
    view.verify_button.click()
    assert "发现 1 处改动" in view.result_label.text()
    assert "记录被绕过系统改动" in view.detail_text.toPlainText() and "冒名" in view.detail_text.toPlainText()
    shot(window, "audit_section_altered.png")

    view.export_to(str(tmp_path / "trail.csv"))
    assert (tmp_path / "trail.csv").read_text(encoding="utf-8-sig").startswith("序号,时间,用户")
    assert "已导出" in view.result_label.text()


def test_other_roles_have_no_audit_section(make_ctx, staff, qtbot):
    for user in (staff.admin, staff.officer):
        window = _window(make_ctx, user, qtbot)
        assert window.sections.audit_view is None


def test_the_window_says_at_start_up_when_the_record_was_altered(make_ctx, staff, qtbot, sqlite_engine):
    window = _window(make_ctx, staff.officer, qtbot)
    assert window.audit_label.isHidden()
    with sqlite_engine.begin() as c:   # someone cuts the chain short behind the application's back
        c.execute(sa.text("DROP TRIGGER audit_entries_no_delete"))
        c.execute(sa.text("DELETE FROM audit_entries WHERE seq = (SELECT max(seq) - 1 FROM audit_entries)"))
    window.check_audit_record()
    assert not window.audit_label.isHidden() and "记录被改动" in window.audit_label.text()


def test_a_saved_or_opened_preview_reports_its_output(qtbot, tmp_path, monkeypatch):
    """What the audit trail records as a document's print/save (ui/documents connects this to record_output)."""
    import io

    from pypdf import PdfWriter
    from PySide6.QtWidgets import QFileDialog

    from ui.common import pdf_preview
    buffer = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(buffer)
    dialog = pdf_preview.PdfPreviewDialog("调查通知书", buffer.getvalue(), b"docx", "调查通知书")
    qtbot.addWidget(dialog)
    seen = []
    dialog.output_made.connect(lambda how, target: seen.append((how, target)))
    target = str(tmp_path / "通知书.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    monkeypatch.setattr(pdf_preview, "open_externally", lambda data, name: tmp_path / name)
    dialog.save_button.click()
    dialog.word_button.click()
    assert seen == [("save", target), ("open", "调查通知书.docx")]
