"""A citizen agent (公民代理人) entered in the request dialog: the agent row asks for his address while no law firm
or patent agency is typed, a missing one is said next to the field, the case stores it and the case's 当事人 tab
shows it; a lawyer's row hides it (the ruling names him with the firm)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401
from ui_helpers import type_text

from ipcase.domain.enums import PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases import register as case_queries
from ui.cases.request_dialog import RequestDialog


def test_a_citizen_agent_is_entered_with_his_address(make_ctx, staff, new_uow, clock, qtbot, chinese_font):  # noqa: F811
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    ui = dialog.ui
    qtbot.keyClicks(ui.patent_number_edit, make_patent_number(2021, 2, 7654321))
    type_text(ui.patent_title_edit, "一种折叠式便携座椅")
    type_text(ui.patentee_edit, "宁波华辰科技有限公司")
    requester = dialog.requesters.forms[0]
    type_text(requester.name_edit, "宁波华辰科技有限公司")
    citizen = requester.add_agent()
    lawyer = requester.add_agent()
    type_text(citizen.name_edit, "李四")
    type_text(citizen.organization_edit, "宁波华辰科技有限公司")
    type_text(lawyer.name_edit, "陈某")
    type_text(lawyer.organization_edit, "浙江知恒律师事务所")
    type_text(dialog.respondents.forms[0].name_edit, "义乌市鼎盛贸易商行")
    type_text(ui.accused_product_edit, "折叠露营椅")
    ui.act_sell_check.setChecked(True)
    dialog.show()
    ui.tab_widget.setCurrentWidget(ui.requesters_tab)
    assert citizen.address_edit.isVisible() and not lawyer.address_edit.isVisible()
    save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    label = dialog.field_errors.label("requesters[0].agents[0].address")
    assert label is not None and "公民代理人须填写住址" in label.text() and label.isVisible()
    assert dialog.field_errors.label("requesters[0].agents[1].address") is None   # the lawyer: the firm
    shot(dialog, "request_citizen_agent.png")
    type_text(citizen.address_edit, "宁波市海曙区中山西路1号")
    save.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with new_uow() as uow:
        row = case_queries.list_cases(uow, CaseFilter(text="鼎盛"), today=clock.today()).rows[0]
        detail = case_queries.case_detail(uow, row.id, viewer_id=staff.officer.id, today=clock.today())
    p = next(p for p in detail.parties if p.role == PartyRole.REQUESTER)
    assert [(a.name, a.organization, a.address) for a in p.agents] == [
        ("李四", "宁波华辰科技有限公司", "宁波市海曙区中山西路1号"), ("陈某", "浙江知恒律师事务所", "")]
