"""A 个体工商户 entered in the request dialog: its rows read 经营者 and 经营场所, the 经营者 is required (named next to
the field), and the case stores the kind, the 经营者 and the 经营场所 as typed."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from shots import chinese_font, shot  # noqa: F401
from ui_helpers import choose, type_text

from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import CaseFilter
from ipcase.queries.cases import register as case_queries
from ui.cases.request_dialog import RequestDialog


def test_an_individual_business_is_entered_with_its_operator_and_place_of_business(
        make_ctx, staff, new_uow, clock, qtbot, chinese_font):  # noqa: F811
    dialog = RequestDialog(make_ctx(staff.officer))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    ui = dialog.ui
    qtbot.keyClicks(ui.patent_number_edit, make_patent_number(2021, 3, 1234567))
    type_text(ui.patent_title_edit, "折叠椅")
    type_text(ui.patentee_edit, "宁波华辰科技有限公司")
    type_text(dialog.requesters.forms[0].name_edit, "宁波华辰科技有限公司")
    shop = dialog.respondents.forms[0]
    type_text(shop.name_edit, "义乌市鼎盛日用品商行")
    choose(shop.kind_combo, "individual_business")
    assert shop.form.labelForField(shop._rep_layout).text() == "经营者："
    assert shop.form.labelForField(shop.address_edit).text() == "经营场所："
    assert shop.form.isRowVisible(shop.credit_code_edit) and not shop.form.isRowVisible(shop.id_number_edit)
    type_text(shop.address_edit, "义乌市国际商贸城5区2号")
    type_text(ui.accused_product_edit, "折叠露营椅")
    ui.act_sell_check.setChecked(True)
    save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    label = dialog.field_errors.label("respondents[0].legal_rep")
    assert label is not None and label.text() == "必须填写"
    ui.tab_widget.setCurrentWidget(ui.respondents_tab)
    dialog.show()
    shot(dialog, "request_individual_business.png")
    type_text(shop.legal_rep_edit, "赵四")
    save.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with new_uow() as uow:
        row = case_queries.list_cases(uow, CaseFilter(text="鼎盛"), today=clock.today()).rows[0]
        detail = case_queries.case_detail(uow, row.id, viewer_id=staff.officer.id, today=clock.today())
    p = next(p for p in detail.parties if p.role == PartyRole.RESPONDENT)
    assert (p.kind, p.legal_rep, p.address) == (PartyKind.INDIVIDUAL_BUSINESS, "赵四", "义乌市国际商贸城5区2号")
    # switching back to a company names the rows as its documents do
    choose(shop.kind_combo, "legal")
    assert shop.form.labelForField(shop._rep_layout).text() == "法定代表人："
    assert shop.form.labelForField(shop.address_edit).text() == "住所："
