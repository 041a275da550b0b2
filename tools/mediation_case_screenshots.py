"""Screenshots of 调解 (stand-alone mediation cases: the list, a case's tabs, the request form with errors, the
mediator pool, an intake item registered as a mediation case, the case's limits on 工作台) on a fresh demo
database.

    python tools/mediation_case_screenshots.py        # → docs/screenshots/7x_*.png

Offscreen, through the same start-up path as tools/screenshots.py."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from screenshot_support import cli, start_demo  # noqa: I001  (tools/ is the script's folder)
from screenshots import open_window, save, settle

from ipcase.domain.intake.items import IntakeKind, IntakeState, TriageOutcome
from ipcase.domain.mediation.cases import MediationState
from ipcase.dto.intake import IntakeFilter
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.queries.intake import register as intake_queries
from ipcase.queries.mediation import cases as mediation_queries


def run(out: Path, data_dir: Path, today: date) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db, clock, runner = start_demo(data_dir, today)
    ctx, window = open_window(db, clock, runner, "zhangwei")
    save(window, out, "70_dashboard_mediation_limits")
    view = window.mediation_cases_view
    window.nav_list.setCurrentRow(window._section_row(view))
    settle(runner)
    save(window, out, "71_mediation_cases")

    with db.new_uow() as uow:
        rows = mediation_queries.list_cases(uow, MediationCaseFilter(states=(MediationState.REGISTERED,),
                                                                     extension_pending=True), today=today).rows
    window.open_mediation_case(rows[0].id)
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
    window.open_intake(item.id)
    settle(runner)
    triage = window.intake_view.detail_panel.start_triage()
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


if __name__ == "__main__":
    sys.exit(cli(run, __doc__))
