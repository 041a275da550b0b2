"""Documents through the UI: pick a document on a case, edit the free text, preview, issue; serve it and see
the answer period start; the 文书 section lists what waits for service; the bound case file."""
from __future__ import annotations

from datetime import date

from ui_helpers import choose, type_text

from case_helpers import Driver, at
from ipcase.domain.enums import PartyRole
from ui.common.pdf_preview import PdfPreviewDialog
from ui.sections import Sections
from ui.shell.main_window import MainWindow

DAY = date(2026, 11, 2)


def _registered(new_uow, staff) -> Driver:
    c = Driver.new(new_uow, staff, at(DAY), received=DAY)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    return c


def test_issue_serve_and_see_the_answer_period_start(make_ctx, staff, new_uow, qtbot, shown):
    c = _registered(new_uow, staff)
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.show()
    window.sections.open_case(c.ref.id)
    view = window.sections.case_detail_view
    tab = view.page("documents")
    view.tabs.setCurrentWidget(tab)
    offered = tab.new_document().type_combo
    assert "answer_notice" in [offered.itemData(i) for i in range(offered.count())]
    assert "ruling" not in [offered.itemData(i) for i in range(offered.count())]   # not before closing
    tab.dialog.reject()
    dialog = tab.new_document("answer_notice")
    assert dialog.type_combo.currentData() == "answer_notice" and dialog.party_combo.count() == 1
    dialog.preview()
    assert isinstance(dialog.preview_dialog, PdfPreviewDialog)
    assert dialog.preview_dialog.document.pageCount() >= 1
    dialog.preview_dialog.close()
    dialog.issue_button.click()                       # no 签发人 chosen: refused next to the field
    assert tab.table.rowCount() == 0 and dialog.field_errors.label("signed_by") is not None
    choose(dialog.signatory_combo, staff.dept_head.id)
    dialog.issue_button.click()
    assert shown.errors == []
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "测试市知裁答字〔2026〕1号"
    # the register shows the approving leader as 签发人 and the clerk as 制作人
    heads = [tab.table.horizontalHeaderItem(i).text() for i in range(tab.table.columnCount())]
    row = {h: tab.table.item(0, i).text() for i, h in enumerate(heads)}
    assert (row["签发人"], row["制作人"]) == ("刘洋", "孙丽")

    # 送达: the respondent's periods wait for service until the receipt is recorded
    service = view.page("service")
    assert "答辩期" in service.waiting_label.text() and not service.waiting_label.isHidden()
    assert service.pending_table.rowCount() == 1
    service.pending_table.selectRow(0)
    serve = service.serve()
    choose(serve.method_combo, "direct")
    serve.ok_button.click()
    assert shown.errors == []
    assert view.detail.state == "answer_period"
    assert any(d.code == "D3" for d in view.detail.deadlines)
    assert service.records_table.rowCount() == 1 and service.pending_table.rowCount() == 0


def test_free_text_errors_are_shown_next_to_the_field(make_ctx, staff, new_uow, qtbot, shown):
    c = _registered(new_uow, staff)
    window = MainWindow(make_ctx(staff.officer), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(c.ref.id)
    dialog = window.sections.case_detail_view.page("documents").new_document("investigation_notice")
    dialog.issue_button.click()
    label = dialog.field_errors.label("fields.matters")
    assert label is not None and "必须填写" in label.text()
    type_text(dialog.editors["matters"], "被控侵权产品的生产数量")
    type_text(dialog.editors["time_place"], "2026年11月10日上午9时，本局302室")
    choose(dialog.signatory_combo, staff.dept_head.id)
    dialog.issue_button.click()
    assert shown.errors == [] and window.sections.case_detail_view.page("documents").table.rowCount() == 1


def test_electronic_service_is_not_offered_for_a_ruling_or_without_consent(make_ctx, staff, new_uow, qtbot):
    c = _registered(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]
    from ipcase.dto.documents import DocumentDraft
    from ipcase.services.documents import issue as docs
    with new_uow() as uow:
        docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id,
                            draft=DocumentDraft("acceptance_notice", party_id=requester), now=at(DAY))
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(c.ref.id)
    dialog = window.sections.case_detail_view.page("service").serve()
    methods = [dialog.method_combo.itemData(i) for i in range(dialog.method_combo.count())]
    assert "electronic" not in methods and "书面同意" in dialog.method_note.text()


def test_the_documents_section_lists_what_waits_for_service(make_ctx, staff, new_uow, qtbot):
    c = _registered(new_uow, staff)
    from ipcase.dto.documents import DocumentDraft
    from ipcase.services.documents import issue as docs
    with new_uow() as uow:
        docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY), draft=DocumentDraft(
            "answer_notice", party_id=c.party_ids(PartyRole.RESPONDENT, DAY)[0]))
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.show_section(window.sections.documents_view)
    section = window.sections.documents_view
    assert section.pending_model.rowCount() == 1 and section.issued_model.rowCount() == 1
    section.pending_table.selectRow(0)
    section._open(section.pending_table)
    assert window.sections.case_detail_view.detail.id == c.ref.id


def test_binding_the_case_file(make_ctx, staff, new_uow, qtbot, shown):
    c = _registered(new_uow, staff)
    window = MainWindow(make_ctx(staff.clerk), Sections)
    qtbot.addWidget(window)
    window.sections.open_case(c.ref.id)
    tab = window.sections.case_detail_view.page("documents")
    dialog = tab.new_document("acceptance_notice")
    # 立案 was approved by the 部门负责人: he signs the 受理通知书, nobody chooses another
    assert not dialog.signatory_combo.isEnabled() and dialog.signatory_combo.currentText() == "刘洋"
    dialog.issue_button.click()
    assert tab.table.item(0, 4).text() == "刘洋" and tab.table.item(0, 5).text() == "孙丽"
    tab.bind()
    assert shown.errors == []
    assert isinstance(tab.preview_dialog, PdfPreviewDialog) and tab.preview_dialog.document.pageCount() >= 4
    kinds = [t.kind for t in window.sections.case_detail_view.detail.timeline]
    assert "case_file_bound" in kinds


def test_settings_number_patterns_and_public_notice_period(make_ctx, staff, new_uow, qtbot, shown):
    from ui.admin.section import SettingsView
    view = SettingsView(make_ctx(staff.admin))
    qtbot.addWidget(view)
    view.refresh()
    page = view.documents_page
    assert page.days_spin.value() == 30 and page.table.rowCount() > 20
    row = page._keys.index("ruling")
    page.table.item(row, 1).setText("{机关简称}知裁决〔{YYYY}〕")   # no {n}
    page.save_button.click()
    assert page.field_errors.label("public_notice_days") is None and "序号" in page.summary_label.text()
    page.table.item(row, 1).setText("{机关简称}知决字〔{YYYY}〕第{n}号")
    page.days_spin.setValue(60)
    page.save_button.click()
    assert shown.errors == [] and shown.infos == ["已保存。"]
    from ipcase.queries.documents.register import document_settings
    with new_uow() as uow:
        saved = document_settings(uow, office_id=staff.admin.office_id)
    assert saved.public_notice_days == 60 and dict(saved.patterns)["ruling"] == "{机关简称}知决字〔{YYYY}〕第{n}号"


def test_settings_substitute_font_is_checked_and_kept(make_ctx, staff, new_uow, qtbot, shown, tmp_path):
    import shutil

    from ipcase.queries.documents.register import document_settings
    from ipcase.resources import BUNDLED_FONT
    from ui.admin.section import SettingsView
    view = SettingsView(make_ctx(staff.admin))
    qtbot.addWidget(view)
    view.refresh()
    page = view.documents_page
    assert page.font_edits["title"].text() == ""
    (tmp_path / "bad.ttf").write_bytes(b"x")
    page.font_edits["title"].setText(str(tmp_path / "bad.ttf"))
    page.save_button.click()
    assert "无法嵌入" in page.field_errors.label("fonts.title").text()
    shutil.copy(BUNDLED_FONT, tmp_path / "title.ttf")
    page.font_edits["title"].setText(str(tmp_path / "title.ttf"))
    page.save_button.click()
    assert shown.infos[-1] == "已保存。"
    with new_uow() as uow:
        assert document_settings(uow, office_id=staff.admin.office_id).fonts == (("title", str(tmp_path / "title.ttf")),)


def test_printing_draws_every_page(qapp, tmp_path):
    """What the print dialog's OK does, onto a PDF printer (no printer is needed)."""
    from documents.samples import draft_for, full_case
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from ipcase.documents.engine import render
    from ui.common.pdf_preview import load_pdf, print_pdf
    case = full_case()
    r = render(case, draft_for("ruling", case), number="某市知裁决字〔2026〕3号", issue_date=DAY)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    document = load_pdf(r.pdf, None)
    assert print_pdf(document, printer) == r.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == r.pages
