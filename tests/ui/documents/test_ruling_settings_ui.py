"""设置 › 文书 › 行政裁决书: the court named in the remedy sentence, the 案号 or a 文号 series of its own, the codes
printed — loaded with the page's other settings, a name that is not a court's refused next to the field, saved under
the page's version (issue 20)."""
from __future__ import annotations

from shots import chinese_font, shot  # noqa: F401  (fixture)
from ui_helpers import type_text

from ipcase.queries.documents.office_settings import document_settings
from ui.documents.settings_tab import DocumentsSettingsPage


def test_the_ruling_settings_are_loaded_checked_and_saved(make_ctx, staff, new_uow, qtbot, shown, chinese_font):  # noqa: F811
    page = DocumentsSettingsPage(make_ctx(staff.admin))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    assert not page.separate_number_check.isChecked() and not page.codes_check.isChecked()
    assert page.court_edit.text() == ""
    type_text(page.court_edit, "宁波市中级人民")
    page.save_button.click()
    label = page.field_errors.label("court")
    assert label is not None and label.text() == "格式不正确"
    page.show()
    shot(page, "settings_documents_ruling.png")
    page.court_edit.clear()
    type_text(page.court_edit, "宁波市中级人民法院")
    page.separate_number_check.setChecked(True)
    page.save_button.click()
    assert shown.errors == [] and len(shown.infos) == 1
    with new_uow() as uow:
        stored = document_settings(uow, office_id=staff.office.id)
    assert (stored.court, stored.ruling_separate_number, stored.ruling_codes) == ("宁波市中级人民法院", True, False)
    again = DocumentsSettingsPage(make_ctx(staff.admin))
    qtbot.addWidget(again)
    again.refresh()
    qtbot.waitUntil(lambda: again.court_edit.text() == "宁波市中级人民法院")
    assert again.separate_number_check.isChecked()
