"""The triage 转交 path issues the 转交函: it shows on the item's 文书 tab and timeline, opens in the preview."""
from __future__ import annotations

from intake_helpers import register
from PySide6.QtWidgets import QApplication
from shots import shot
from ui_helpers import type_text

from ipcase.domain.intake.items import TriageOutcome
from ui.intake.detail import IntakeDetailPanel
from ui.shell.app import install_cjk_font


def test_forwarding_from_the_triage_dialog_produces_the_letter(make_ctx, staff, new_uow, qtbot, shown):
    install_cjk_font(QApplication.instance())   # screenshots must show the Chinese
    ref = register(new_uow, staff.officer)
    panel = IntakeDetailPanel(make_ctx(staff.officer))
    qtbot.addWidget(panel)
    panel.resize(1000, 620)
    panel.show_item(ref.id)
    assert panel.letters.table.rowCount() == 0 and not panel.letters.preview_button.isEnabled()
    dialog = panel.start_triage()
    dialog.choose(TriageOutcome.FORWARD)
    type_text(dialog.forward_authority_edit, "某省知识产权局")
    type_text(dialog.forward_text_edit, "被请求人住所地不在本市")
    dialog.submit()
    assert shown.errors == []
    table = panel.letters.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "转交函" and table.item(0, 2).text() == "某省知识产权局"
    number = table.item(0, 1).text()
    assert "收转字" in number and number in panel.events_table.item(0, 3).text()
    panel.tabs.setCurrentWidget(panel.letters)
    panel.show()
    shot(panel, "intake_letters.png")
    panel.letters.preview_selected()
    preview = panel.letters.preview_dialog
    assert preview is not None and number in preview.windowTitle()
