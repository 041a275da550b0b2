"""The patent's type in the forms (issue 15; 专利法 art 11, M25 arts 28–29), asked of the core
(ipcase.domain.cases.patent_type_rules): for a design patent the request form's 使用 is unticked and disabled with
the reason beside it (tooltip and a line below); for an invention the 中止 dialog lists the ground
"实用新型或外观设计专利无效宣告请求已受理" disabled, with the reason, and the other grounds stay selectable; for a
utility model every act and ground is offered. Screenshots at 1366×768."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from shots import chinese_font, shot  # noqa: F401  (fixture)
from ui_helpers import choose

from case_helpers import Driver, at
from ipcase.domain.enums import PatentType, SuspensionGround
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import PatentInput
from ui.cases.action_dialog import ActionDialog
from ui.cases.request_dialog import RequestDialog

DAY = date(2026, 11, 2)
INVALIDATION = SuspensionGround.INVALIDATION_UM_DESIGN.value


def test_a_design_patent_disables_use_with_its_reason(make_ctx, staff, qtbot, chinese_font):  # noqa: F811
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.act_use_check.setChecked(True)
    assert ui.act_use_check.isEnabled() and dialog.acts_hint.isHidden()
    choose(ui.patent_type_combo, PatentType.DESIGN.value)
    assert not ui.act_use_check.isEnabled() and not ui.act_use_check.isChecked()
    assert "外观设计" in ui.act_use_check.toolTip() and "专利法第十一条" in dialog.acts_hint.text()
    assert not dialog.acts_hint.isHidden() and ui.act_sell_check.isEnabled()
    assert "use" not in dialog.form_data()["acts"]
    dialog.resize(1366, 768)
    dialog.show()
    ui.tab_widget.setCurrentWidget(ui.content_tab)
    qtbot.waitExposed(dialog)
    shot(dialog, "request_design_use_disabled.png")
    choose(ui.patent_type_combo, PatentType.INVENTION.value)
    assert ui.act_use_check.isEnabled() and dialog.acts_hint.isHidden() and ui.act_use_check.toolTip() == ""


def test_a_design_number_typed_disables_use(make_ctx, staff, qtbot):
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.patent_number_edit, make_patent_number(2021, 3, 1234567))
    assert dialog.ui.patent_type_combo.currentData() == PatentType.DESIGN.value
    assert not dialog.ui.act_use_check.isEnabled()


def _suspend_dialog(make_ctx, staff, new_uow, qtbot, kind: int) -> ActionDialog:
    patent = PatentInput(make_patent_number(2021, kind, 1234567), None, "一种折叠式便携座椅", "宁波华辰科技有限公司",
                         date(2021, 3, 1), date(2021, 9, 10))
    c = Driver.new(new_uow, staff, at(DAY), received=DAY, patent=patent)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    dialog = ActionDialog(make_ctx(staff.officer), c.detail(DAY), "suspend")
    qtbot.addWidget(dialog)
    return dialog


def test_an_invention_cannot_be_suspended_on_the_invalidation_ground(make_ctx, staff, new_uow, qtbot,
                                                                       chinese_font):  # noqa: F811
    dialog = _suspend_dialog(make_ctx, staff, new_uow, qtbot, 1)
    combo = dialog.editors["ground"].widget
    model = combo.model()
    i = combo.findData(INVALIDATION)
    assert not model.item(i).isEnabled()
    assert "仅适用于实用新型和外观设计" in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    assert "实用新型或外观设计专利无效宣告请求已受理" in dialog.ground_note.text()
    assert model.item(combo.findData(SuspensionGround.DEPENDS_ON_OTHER_CASE.value)).isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    shot(dialog, "suspend_invention_ground_disabled.png")


def test_a_utility_model_is_offered_every_ground(make_ctx, staff, new_uow, qtbot):
    dialog = _suspend_dialog(make_ctx, staff, new_uow, qtbot, 2)
    combo = dialog.editors["ground"].widget
    assert all(combo.model().item(i).isEnabled() for i in range(combo.count()))
    assert not hasattr(dialog, "ground_note")

