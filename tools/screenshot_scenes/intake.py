"""收案登记 (the register with a 重复侵权 item, quick entry, triage, the request form pre-filled from an item, the
routing rules, intake limits on 工作台, the 收案 tab of a case): docs/screenshots/3x_*.png."""
from __future__ import annotations

from pathlib import Path

from ipcase.domain.intake.items import TriageOutcome
from ipcase.dto.intake import IntakeFilter
from ipcase.queries.intake import register as intake_queries
from screenshot_scenes.window import Demo, open_window, save, settle


def take(demo: Demo, out: Path) -> None:
    db, runner, today = demo.db, demo.runner, demo.today
    ctx, window = open_window(demo, "zhangwei")
    save(window, out, "30_dashboard_intake_limits")

    with db.new_uow() as uow:
        repeat = intake_queries.list_items(uow, IntakeFilter(repeat=True), today=today).rows[0]
    window.sections.open_intake(repeat.id)
    settle(runner)
    save(window, out, "31_intake_register")
    panel = window.sections.intake_view.detail_panel
    panel.tabs.setCurrentIndex(1)
    save(window, out, "32_intake_same_matter")
    panel.tabs.setCurrentIndex(0)

    triage = panel.start_triage()
    settle(runner)
    triage.resize(760, 700)
    save(triage, out, "33_intake_triage")
    triage.choose(TriageOutcome.CORRECTION)
    triage.defects_edit.setPlainText("未提交专利登记簿副本\n未提交请求人的主体资格证明")
    save(triage, out, "34_intake_triage_correction")
    triage.choose(TriageOutcome.CASE)
    triage.submit()
    settle(runner)
    form = triage.case_dialog
    form.resize(900, 700)
    save(form, out, "35_intake_case_form_prefilled")
    form.ui.act_sell_check.setChecked(True)
    form._on_button_box_accepted()      # registered: the case carries the 重复侵权 flag on its 收案 tab
    settle(runner)
    case_id = panel.detail.case_id

    dialog = window.sections.intake_view.new_item()
    settle(runner)
    dialog.form.channel_combo.setCurrentIndex(dialog.form.channel_combo.findData("trade_fair"))
    dialog.form.submitter_edit.setText("宁波华辰科技有限公司")
    dialog.form.submitter_kind_combo.setCurrentIndex(dialog.form.submitter_kind_combo.findData("legal"))
    dialog.form.phone_edit.setText("0574-88886666")
    form = dialog.form.targets.forms[0]
    form.name_edit.setText(repeat.targets)   # the respondent a ruling already found infringing
    form.booth_edit.setText("3号馆A12")
    dialog.form.patents_edit.setText(repeat.patents)
    dialog.form.product_edit.setText("折叠露营椅")
    dialog.form.description_edit.setPlainText("展会现场发现被请求人展出、许诺销售涉嫌侵权的折叠露营椅。")
    dialog.form.report_check.setChecked(True)
    dialog.check_same_matter()
    settle(runner)
    save(dialog, out, "36_intake_quick_entry")
    dialog.discard_draft()
    dialog.done(0)

    window.sections.open_case(case_id)
    settle(runner)
    view = window.sections.case_detail_view
    view.tabs.setCurrentWidget(view.page("intake"))
    settle(runner)
    save(window, out, "37_case_intake_tab")
    window.close()

    ctx, window = open_window(demo, "admin")
    window.show_section(window.sections.intake_view)
    settle(runner)
    window.sections.intake_view.setCurrentWidget(window.sections.intake_view.rules_page)
    settle(runner)
    save(window, out, "38_intake_routing_rules")
    page = window.sections.intake_view.rules_page
    page.table.selectRow(2)
    rule_dialog = page.edit_rule()
    save(rule_dialog, out, "39_routing_rule_dialog")
    rule_dialog.done(0)
    window.close()

