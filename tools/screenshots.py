"""Screenshots of the application on a fresh demo database, for the README and for checking the UI by eye.

    python tools/screenshots.py                       # → docs/screenshots/*.png
    python tools/screenshots.py --out /tmp/shots --today 2026-11-21

Runs offscreen (no display needed) through the real start-up path of main.py: migrations, demo data,
bundled Chinese font, translators, the real TaskRunner, login of the demo users.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import main  # noqa: E402
from ipcase.demo.office import DEMO_PASSWORD  # noqa: E402
from ipcase.domain.enums import CaseState  # noqa: E402
from ipcase.domain.identifiers import make_patent_number  # noqa: E402
from ipcase.dto.cases import CaseFilter  # noqa: E402
from ipcase.queries.cases import register as case_queries  # noqa: E402
from ipcase.services.admin import auth  # noqa: E402
from ui.cases.approval_dialog import ApprovalDialog  # noqa: E402
from ui.common import messages  # noqa: E402
from ui.shell import app as ui_app  # noqa: E402
from ui.shell.context import AppContext  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.tasks import TaskRunner  # noqa: E402

WINDOW_SIZE = (1440, 900)


def settle(runner: TaskRunner, seconds: float = 20.0) -> None:
    """Process events until every queued database task has delivered its result."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if not runner.busy:
            for _ in range(5):
                QApplication.processEvents()
                time.sleep(0.02)
            if not runner.busy:
                return
        time.sleep(0.02)


def save(widget: QWidget, out: Path, name: str) -> Path:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def open_window(db, clock, runner, username: str) -> tuple[AppContext, MainWindow]:
    ctx = AppContext(config=db.config, clock=clock, new_uow=db.new_uow, runner=runner)
    with db.new_uow() as uow:
        ctx.user = auth.login(uow, username=username, password=DEMO_PASSWORD)
    window = MainWindow(ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(runner)
    return ctx, window


def pick_case(db, ctx, states: tuple[CaseState, ...], officer_only: bool = True) -> int:
    with db.new_uow() as uow:
        page = case_queries.list_cases(uow, CaseFilter(states=states, officer_id=ctx.user_id if officer_only else None,
                                                       sort="closing_due", descending=False, limit=20),
                                       today=ctx.clock.today())
    rows = [r for r in page.rows if r.closing_due_provisional] or list(page.rows)
    return rows[0].id


def statistics_shots(window: MainWindow, runner: TaskRunner, out: Path) -> None:
    """统计 (this year), the case list behind one bar, and the report dialog."""
    view = window.statistics_view
    window.nav_list.setCurrentRow(window._section_row(view))
    settle(runner)
    save(window, out, "14_statistics")
    scroll = view.charts["mediation"].parentWidget().parentWidget().parentWidget()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    save(window, out, "14_statistics_lower")
    scroll.verticalScrollBar().setValue(0)
    methods = view.charts["methods"]
    view.charts["methods"].bar_clicked.emit(0, methods.categories.index("调解结案"))
    settle(runner)
    save(window, out, "15_statistics_drilldown")
    window.case_list_view.clear_drilldown()
    window.nav_list.setCurrentRow(window._section_row(view))
    dialog = view.open_report_dialog()
    settle(runner)
    save(dialog, out, "16_report_dialog")
    dialog.done(0)


def run(out: Path, data_dir: Path, today: date) -> None:
    out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("ipcase-screenshots")
    QCoreApplication.setApplicationName("ipcase-screenshots")
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    ui_app.install_cjk_font(qapp)
    ui_app.install_translators(qapp, "zh_CN")
    ui_app.install_style(qapp)
    # No message box may block an offscreen run.
    messages.ask_keep_draft = lambda parent: "discard"

    args = main.build_parser().parse_args(["--data-dir", str(data_dir), "--today", today.isoformat()])
    clock = main.make_clock(today)
    print("preparing the demo database…")
    db = main.prepare_database(args, clock)
    runner = TaskRunner()

    # An officer's day: deadlines, the case list, one case.
    ctx, window = open_window(db, clock, runner, "zhangwei")
    save(window, out, "01_dashboard")
    window.show_case_list()
    settle(runner)
    save(window, out, "02_case_list")
    case_id = pick_case(db, ctx, (CaseState.ANSWER_PERIOD, CaseState.INVESTIGATION, CaseState.HEARING_SCHEDULED))
    window.open_case(case_id)
    settle(runner)
    save(window, out, "03_case_overview")
    detail_view = window.case_detail_view
    detail_view.tabs.setCurrentWidget(detail_view.deadlines_tab)
    settle(runner)
    save(window, out, "04_case_deadlines")
    detail_view.tabs.setCurrentWidget(detail_view.timeline_tab)
    save(window, out, "05_case_timeline")
    detail_view.tabs.setCurrentWidget(detail_view.panel_tab)
    save(window, out, "06_case_panel")
    action = "extend_closing" if "extend_closing" in detail_view.action_buttons else next(iter(detail_view.action_buttons))
    dialog = detail_view.start_action(action)
    settle(runner)
    save(dialog, out, "07_action_dialog")
    dialog.done(0)

    dialog = window.new_request()
    settle(runner)
    ui = dialog.ui
    number = make_patent_number(2021, 2, 1234567).removeprefix("ZL")
    ui.patent_number_edit.setText(f"ZL {number[:4]} {number[4]} {number[5:]}")  # spaced, as people type it
    ui.patent_title_edit.setText("一种折叠式便携座椅")
    ui.patentee_edit.setText("宁波华辰科技有限公司")
    dialog.resize(900, 700)
    save(dialog, out, "08_request_dialog")
    ui.tab_widget.setCurrentIndex(1)
    form = dialog.requesters.forms[0]
    form.name_edit.setText("宁波华辰科技有限公司")
    form.credit_code_edit.setText("91330200MA2AB1234X")
    form.credit_code_edit.editingFinished.emit()
    form.add_agent({"name": "陈明", "organization": "知恒律师事务所", "phone": "0574-88886666"})
    save(dialog, out, "09_request_dialog_parties")
    dialog.discard_draft()
    dialog.done(0)
    window.close()

    # The department head approves.
    ctx, window = open_window(db, clock, runner, "liuyang")
    save(window, out, "10_dashboard_approvals")
    dashboard = window.dashboard_view
    dashboard.approval_table.selectRow(0)
    dashboard.decide_button.click()
    settle(runner)
    approval_dialog = dashboard.findChild(ApprovalDialog)
    save(approval_dialog, out, "13_approval_dialog")
    approval_dialog.done(0)
    statistics_shots(window, runner, out)
    window.close()

    # The administrator keeps the holiday calendar and the office settings.
    ctx, window = open_window(db, clock, runner, "admin")
    window.nav_list.setCurrentRow(2)
    settle(runner)
    settings = window.settings_view
    holidays = settings.holidays_page
    settings.tabs.setCurrentWidget(holidays)
    settle(runner)
    # Enter the statutory days of 2027 that the law fixes (元旦; 春节 除夕–初三) and save: the open cases'
    # deadlines are recomputed and the page says how many changed.
    for start, end, name in ((date(2027, 1, 1), date(2027, 1, 1), "元旦"), (date(2027, 2, 5), date(2027, 2, 8), "春节")):
        holidays.from_edit.setDate(start)
        holidays.to_edit.setDate(end)
        holidays.name_edit.setText(name)
        holidays.add_button.click()
    holidays.note_edit.setText("全国年节及纪念日放假办法（法定假日）")
    holidays.save_button.click()
    settle(runner)
    save(window, out, "11_settings_holidays")
    settings.tabs.setCurrentWidget(settings.office_page)
    save(window, out, "12_settings_office")
    window.close()
    runner.wait_idle()
    db.engine.dispose()


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 21))
    parser.add_argument("--data-dir", type=Path, help="default: a fresh temporary directory")
    args = parser.parse_args(argv)
    if args.data_dir:
        run(args.out, args.data_dir, args.today)
    else:
        with tempfile.TemporaryDirectory(prefix="ipcase-shots-") as tmp:
            run(args.out, Path(tmp), args.today)
    return 0


if __name__ == "__main__":
    sys.exit(cli())

