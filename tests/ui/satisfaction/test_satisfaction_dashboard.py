"""统计 shows the office's 保护社会满意度 of the period against its target, with the number of surveys, and opens
the 满意度 page's results of the same period; the same figures as ipcase.queries.satisfaction.results."""
from __future__ import annotations

from datetime import date

from intake_helpers import ruled_case
from shots import chinese_font, shot  # noqa: F401
from ui_helpers import open_statistics

from case_helpers import at
from ipcase.domain.enums import PartyRole
from ipcase.dto.satisfaction import SurveyInput
from ipcase.services.satisfaction.surveys import record_survey


def _survey(new_uow, staff, c, party_id, level, day):
    with new_uow() as uow:
        record_survey(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(day), data=SurveyInput(
            party_id, "phone", day, level, level, level, level))


def test_the_dashboard_shows_the_score_against_the_target_and_opens_the_results(make_ctx, staff, new_uow, qtbot,
                                                                                 chinese_font):  # noqa: F811
    window, view = open_statistics(make_ctx, staff, qtbot)   # October 2026
    box = view.satisfaction_box
    assert box.value_label.text() == "期间内没有回访记录（目标 85 分）"

    c = ruled_case(new_uow, staff)
    requester = c.party_ids(PartyRole.REQUESTER, date(2026, 10, 9))[0]
    respondent = c.party_ids(PartyRole.RESPONDENT, date(2026, 10, 9))[0]
    _survey(new_uow, staff, c, requester, 5, date(2026, 10, 9))    # 非常满意 on every question: 100
    _survey(new_uow, staff, c, respondent, 3, date(2026, 10, 12))  # 基本满意: 60
    view.refresh()
    # (100 + 60) / 2 = 80 < 85
    assert box.value_label.text() == "80.00 分（目标 85 分，未达到目标），回访 2 份"
    assert "#c62828" in box.value_label.styleSheet()
    window.resize(1366, 768)
    shot(view, "statistics_satisfaction.png")

    # A period without the second survey meets the target.
    view.filter_bar.set_range(date(2026, 10, 1), date(2026, 10, 10))
    assert box.value_label.text() == "100.00 分（目标 85 分，达到目标），回访 1 份"

    box.open_button.click()
    page = window.sections.satisfaction_view
    assert window.stack.currentWidget() is page
    assert (page.from_edit.value(), page.to_edit.value()) == (date(2026, 10, 1), date(2026, 10, 10))
    assert page.group_combo.currentData() == "office"
    assert "100.00（1 份）" in page.score_label.text() and "达到目标" in page.score_label.text()
