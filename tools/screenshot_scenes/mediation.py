"""调解 (stand-alone mediation cases: the list, a case's tabs, the request form with errors, the mediator pool, an
intake item registered as a mediation case, the case's limits on 工作台): docs/screenshots/7x_*.png."""
from __future__ import annotations

from pathlib import Path

from ipcase.domain.intake.items import IntakeKind, IntakeState, TriageOutcome
from ipcase.domain.mediation.cases import MediationState
from ipcase.dto.intake import IntakeFilter
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.queries.intake import register as intake_queries
from ipcase.queries.mediation import cases as mediation_queries
from screenshot_scenes.window import Demo, open_window, save, settle


def take(demo: Demo, out: Path) -> None:
    db, runner, today = demo.db, demo.runner, demo.today
    ctx, window = open_window(demo, "zhangwei")
    save(window, out, "70_dashboard_mediation_limits")
    view = window.sections.mediation_cases_view
    window.show_section(view)
    settle(runner)
    save(window, out, "71_mediation_cases")

    with db.new_uow() as uow:
        rows = mediation_queries.list_cases(uow, MediationCaseFilter(states=(MediationState.REGISTERED,),
                                                                     extension_pending=True), today=today).rows
    window.sections.open_mediation_case(rows[0].id)
    settle(runner)
    detail = view.detail_view
    for i, name in ((0, "72_mediation_case_overview"), (3, "73_mediation_case_deadlines"),
                    (5, "74_mediation_case_panel"), (6, "75_mediation_case_documents")):
        detail.tabs.setCurrentIndex(i)
        settle(runner)
        save(window, out, name)
    view.show_list()
    dialog = view.new_request()
    settle(runner)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("damages"))
    dialog.requesters.forms[0].name_edit.setText("杭州云启智能科技有限公司")
    dialog.respondents.forms[0].name_edit.setText("陈志远")
    dialog.save_button.click()
    settle(runner)
    save(dialog, out, "76_mediation_request_errors")
    dialog.discard_draft()
    dialog.done(0)
    view.setCurrentIndex(1)
    settle(runner)
    save(window, out, "77_mediator_pool")

    with db.new_uow() as uow:
        item = intake_queries.list_items(uow, IntakeFilter(kinds=(IntakeKind.MEDIATION,),
                                                           states=(IntakeState.OPEN,)), today=today).rows[0]
    window.sections.open_intake(item.id)
    settle(runner)
    triage = window.sections.intake_view.detail_panel.start_triage()
    settle(runner)
    triage.choose(TriageOutcome.MEDIATION)
    triage.mediation_text_edit.setPlainText("请求就侵权赔偿数额进行调解")
    triage.submit()
    settle(runner)
    form = triage.case_dialog
    form.resize(900, 720)
    save(form, out, "78_mediation_from_intake")
    form.discard_draft()
    window.close()

