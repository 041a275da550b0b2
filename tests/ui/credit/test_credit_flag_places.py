"""The 失信 flag wherever a listed party appears: under the header of the case window (whichever tab is open, not
only 执行), and next to the party typed into a new request, as soon as its name, code or ID number matches."""
from __future__ import annotations

from datetime import date

from intake_helpers import RESPONDENT, RESPONDENT_CODE, ruled_case
from shots import chinese_font, shot  # noqa: F401

from case_helpers import Driver, at
from ipcase.domain.credit.listing import Ground
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.dto.cases import PartyInput
from ipcase.services.credit import listings as credit
from ui.cases.request_dialog import RequestDialog
from ui.sections import case_detail_view


def _identified(new_uow, staff):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    with new_uow() as uow:
        credit.identify(uow, actor_id=staff.officer.id, case_id=c.ref.id, party_id=party,
                        ground=Ground.REPEAT_INFRINGEMENT, facts="再次销售侵权产品。", now=at(date(2026, 5, 6)))
    return c


def test_the_flag_under_the_case_header(make_ctx, new_uow, staff, qtbot, chinese_font):  # noqa: F811
    listed = _identified(new_uow, staff)
    new_case = Driver.new(new_uow, staff, at(date(2026, 6, 1)), received=date(2026, 6, 1), respondents=(
        PartyInput(RESPONDENT, PartyKind.UNINCORPORATED, RESPONDENT_CODE),))
    view = case_detail_view(make_ctx(staff.officer))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_case(new_case.ref.id)
    flag = view.findChild(type(view.page("credit_flag")), "case_credit_flag")
    assert view.tabs.currentIndex() == 0                      # on 概况
    assert flag.isVisible() and RESPONDENT in flag.text() and listed.ref.case_number in flag.text()
    assert flag.text().startswith("失信提示：")
    shot(view, "credit_flag_case_header.png")

    view.show_case(listed.ref.id)                             # the case the listing rests on: no flag of itself
    assert not flag.isVisible() and flag.flags == ()


def test_the_flag_next_to_a_party_typed_into_a_new_request(make_ctx, new_uow, staff, qtbot, shown,
                                                          chinese_font):  # noqa: F811
    _identified(new_uow, staff)
    dialog = RequestDialog(make_ctx(staff.clerk))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    respondent, requester = dialog.respondents.forms[0], dialog.requesters.forms[0]
    requester.name_edit.setText("宁波华辰科技有限公司")
    respondent.name_edit.setText("某个不相干的商行")
    dialog.check_credit()
    assert respondent.notice_label.isHidden() and requester.notice_label.isHidden()

    # The same credit code written in lower case, under a name spelt differently: matched by the code.
    respondent.name_edit.setText("鼎盛贸易商行（义乌）")
    respondent.kind_combo.setCurrentIndex(respondent.kind_combo.findData(PartyKind.UNINCORPORATED.value))
    respondent.credit_code_edit.setText(RESPONDENT_CODE.lower())
    qtbot.waitUntil(lambda: not respondent.notice_label.isHidden())   # the pause in typing starts the look-up
    assert RESPONDENT in respondent.notice_label.text() and "认定" in respondent.notice_label.text()
    assert requester.notice_label.isHidden()
    tabs = dialog.ui.tab_widget
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(respondent)))
    shot(dialog, "credit_flag_request_dialog.png")

    respondent.credit_code_edit.setText("")
    respondent.name_edit.setText("某个不相干的商行")
    dialog.check_credit()
    assert respondent.notice_label.isHidden()
