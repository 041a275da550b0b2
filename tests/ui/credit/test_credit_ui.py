"""案件 › 执行, 失信名单 and 满意度 through the UI: the officer records the enforcement steps of a ruling and identifies
the respondent; the register shows the listing with its next step, offers only the steps allowed, and exports to
Excel; a new case against the same respondent carries the flag; the clerk records a phone survey and prints the
paper form; the results show the office's score against its target. Screenshots at 1366×768."""
from __future__ import annotations

from datetime import date

import openpyxl
from intake_helpers import RESPONDENT, RESPONDENT_CODE, register, ruled_case
from PySide6.QtCore import QDate
from shots import chinese_font, shot, shots_dir  # noqa: F401
from ui_helpers import type_text

from case_helpers import Driver, at
from ipcase.domain.credit.listing import Ground
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.dto.cases import PartyInput
from ipcase.services.credit import listings as credit
from ui.credit import section as credit_section
from ui.credit.case_tab import EnforcementTab
from ui.credit.section import CreditRegisterView
from ui.intake.detail import IntakeDetailPanel
from ui.satisfaction.section import SatisfactionView

TODAY = date(2026, 11, 2)


def _show(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _listed(new_uow, staff, c):
    """A listing taken through its steps by the services, in May (so it is listed by now)."""
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    with new_uow() as uow:
        ref = credit.identify(uow, actor_id=staff.officer.id, case_id=c.ref.id, party_id=party,
                              ground=Ground.REPEAT_INFRINGEMENT, facts="裁决认定侵权后再次销售侵权产品。",
                              now=at(date(2026, 5, 6)))
    steps = ((credit.record_notice_served, staff.officer, date(2026, 5, 7), {"day": date(2026, 5, 7)}),
             (credit.propose, staff.officer, date(2026, 5, 14), {}),
             (credit.decide, staff.dept_head, date(2026, 5, 18), {"approve": True, "opinion": "同意列入"}))
    for fn, who, day, kw in steps:
        with new_uow() as uow:
            ref = fn(uow, actor_id=who.id, listing_id=ref.id, expected_version=ref.version, now=at(day), **kw)
    return ref


def test_enforcement_tab_register_and_flag(make_ctx, new_uow, staff, qtbot, shown, tmp_path, monkeypatch,
                                           chinese_font):  # noqa: F811
    listed_case = ruled_case(new_uow, staff)
    _listed(new_uow, staff, listed_case)
    c = ruled_case(new_uow, staff, respondent="义乌市另一商行", credit_code="")

    tab = _show(EnforcementTab(make_ctx(staff.officer)), qtbot)
    tab.set_detail(c.detail(TODAY))
    assert tab.step_button.isEnabled() and tab.identify_button.isEnabled()
    tab._on_step_button_clicked()
    dialog = tab.dialog
    dialog.step_combo.setCurrentIndex(dialog.step_combo.findData("no_suit"))
    dialog.day_edit.setDate(QDate(2026, 4, 21))
    shot(dialog, "credit_enforcement_step_dialog.png")
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()

    tab.set_detail(c.detail(TODAY))
    tab._on_identify_button_clicked()
    identify = tab.dialog
    type_text(identify.facts_edit, "在本局裁决认定侵权后，继续在网店销售同一专利的侵权产品。")
    identify.button_box.accepted.emit()          # the 告知书 it issues goes out in the office's name: a leader signs
    assert identify.isVisible() and "签发人" in identify.summary_label.text()
    identify.signatory_combo.setCurrentIndex(identify.signatory_combo.findData(staff.dept_head.id))
    identify.button_box.accepted.emit()
    assert shown.errors == [] and not identify.isVisible()
    tab.set_detail(c.detail(TODAY))
    assert tab.steps_table.rowCount() == 1 and tab.steps_table.item(0, 1).text() == "起诉期限届满未起诉"
    assert tab.listings_table.rowCount() == 1 and tab.listings_table.item(0, 2).text() == "认定中"

    view = _show(CreditRegisterView(make_ctx(staff.officer)), qtbot)
    view.refresh()
    assert view.table.rowCount() == 2
    names = [view.table.item(r, 0).text() for r in range(2)]
    view.table.selectRow(names.index("义乌市另一商行"))
    assert view.step_buttons["notice"].isEnabled() and not view.step_buttons["decide"].isEnabled()
    view._open_step("notice")
    view.dialog.button_box.accepted.emit()
    assert shown.errors == []
    view.refresh()
    row = names.index(RESPONDENT)
    assert view.table.item(row, 3).text() == "已列入" and view.table.item(row, 7).text() == "2029-05-18"
    view.table.selectRow(row)
    assert view.step_buttons["remove"].isEnabled() and not view.step_buttons["decide_repair"].isEnabled()
    shot(view, "credit_register.png")

    out = tmp_path / "失信名单.xlsx"
    monkeypatch.setattr(credit_section, "save_file", lambda *a, **k: str(out))
    monkeypatch.setattr(credit_section, "announce_saved", lambda *a, **k: False)
    view._on_export_button_clicked()
    sheet = openpyxl.load_workbook(out).active
    cells = [[c.value for c in r] for r in sheet.iter_rows(min_row=4)]
    assert {r[0] for r in cells} == {RESPONDENT, "义乌市另一商行"}
    assert any(r[4] == "已列入" and r[3] == "重复专利侵权行为" for r in cells)

    # A new case against the listed respondent carries the flag.
    new_case = Driver.new(new_uow, staff, at(TODAY), received=TODAY, respondents=(
        PartyInput(RESPONDENT, PartyKind.UNINCORPORATED, RESPONDENT_CODE),))
    flagged = _show(EnforcementTab(make_ctx(staff.officer)), qtbot)
    flagged.set_detail(new_case.detail(TODAY))
    assert flagged.flag_label.isVisible() and RESPONDENT in flagged.flag_label.text()
    assert listed_case.ref.case_number in flagged.flag_label.text()
    shot(flagged, "credit_flag_on_new_case.png")

    # So does an intake item naming it (ui.intake's detail panel).
    item = register(new_uow, staff.clerk)
    panel = _show(IntakeDetailPanel(make_ctx(staff.officer)), qtbot)
    panel.show_item(item.id)
    assert panel.credit_badge.isVisible() and RESPONDENT in panel.credit_badge.text()


def test_survey_by_phone_paper_form_and_results(make_ctx, new_uow, staff, qtbot, shown, chinese_font):  # noqa: F811
    ruled_case(new_uow, staff)
    view = _show(SatisfactionView(make_ctx(staff.clerk)), qtbot)
    view.from_edit.setDate(QDate(2026, 1, 1))
    view.refresh()
    assert view.targets_table.rowCount() == 2
    view.targets_table.selectRow(0)
    assert view.record_button.isEnabled()
    view._on_record_button_clicked()
    dialog = view.dialog
    for q, level in (("procedure", 5), ("timeliness", 4), ("fairness", 5), ("result", None)):
        dialog.combos[q].setCurrentIndex(dialog.combos[q].findData(level))
    shot(dialog, "survey_phone_form.png")
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()
    view.refresh()
    assert "93.33" in view.score_label.text() and "目标 85" in view.score_label.text()
    assert view.results_table.item(0, 1).text() == "1"
    shot(view, "satisfaction_section.png")

    view.targets_table.selectRow(1)
    view._on_print_button_clicked()
    preview = view.dialog
    qtbot.addWidget(preview)
    assert shown.errors == []
    assert preview._pdf.startswith(b"%PDF")
    (shots_dir() / "survey_paper_form.pdf").write_bytes(preview._pdf)
