"""Screenshots of the documents feature (文书 tab, document dialog, preview, 送达, the 文书 section) on a fresh
demo database, and page 1 of an issued ruling as PNG for the README.

    python tools/document_screenshots.py          # → docs/screenshots/2x_*.png, docs/ruling_page1.png

Offscreen, through the same start-up path as tools/screenshots.py; needs `pdftoppm` (poppler-utils)."""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from screenshots import ROOT, open_window, pick_case, save, settle  # noqa: I001  (tools/ is the script's folder)

import main
from ipcase.domain.enums import CaseState
from ui.common import messages
from ui.shell import app as ui_app
from ui.shell.tasks import TaskRunner

RULING_TEXT = {
    "requester_says": "请求人是涉案专利的专利权人。被请求人未经许可，制造、销售与涉案专利相同的折叠露营椅，"
                      "请求责令被请求人立即停止侵权行为。",
    "respondent_says": "被控侵权产品系从他人处合法购进，有合法来源，不应承担责任。",
    "evidence": "请求人提交了专利证书、专利登记簿副本、公证购买的被控侵权产品及公证书；被请求人对公证书的真实性无异议。"
                "合议组对上述证据予以采信。",
    "facts": "涉案专利合法有效。\n被请求人在其网店中销售被控侵权产品。\n被控侵权产品具备涉案专利权利要求1的全部技术特征。",
    "reasoning": "被控侵权产品落入涉案专利权的保护范围。\n被请求人未经专利权人许可，以生产经营为目的制造、销售被控侵权产品，"
                 "构成侵犯专利权的行为。",
}


def run(out: Path, data_dir: Path, today: date) -> None:
    shots = out / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("ipcase-screenshots")
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    ui_app.install_cjk_font(qapp)
    ui_app.install_translators(qapp, "zh_CN")
    ui_app.install_style(qapp)
    messages.confirm = lambda parent, title, text: True
    messages.info = lambda parent, title, text: None
    messages.show_error = lambda parent, exc, title=None: print("error:", repr(exc))
    args = main.build_parser().parse_args(["--data-dir", str(data_dir), "--today", today.isoformat()])
    clock = main.make_clock(today)
    print("preparing the demo database…")
    db = main.prepare_database(args, clock)
    runner = TaskRunner()
    ctx, window = open_window(db, clock, runner, "zhangwei")
    case_id = pick_case(db, ctx, (CaseState.CLOSED_RULING_INFRINGEMENT,))
    window.open_case(case_id)
    settle(runner)
    view = window.case_detail_view
    tab = view.documents_tab
    view.tabs.setCurrentWidget(tab)
    dialog = tab.new_document("ruling")
    settle(runner)
    for name, text in RULING_TEXT.items():
        dialog.editors[name].setPlainText(text)
    save(dialog, shots, "20_document_dialog")
    dialog.preview()
    settle(runner)
    preview = dialog.preview_dialog
    settle(runner, 2)
    save(preview, shots, "21_document_preview")
    preview.close()
    dialog.issue_button.click()
    settle(runner)
    tab.table.selectRow(0)
    save(window, shots, "22_case_documents")
    service = view.service_tab
    view.tabs.setCurrentWidget(service)
    settle(runner)
    save(window, shots, "23_case_service")
    serve = service.serve()
    settle(runner)
    save(serve, shots, "24_service_dialog")
    serve.done(0)
    window.nav_list.setCurrentRow(window._section_row(window.documents_view))
    settle(runner)
    save(window, shots, "25_documents_section")
    ruling = tab.data.documents[0]
    from ipcase.queries.documents.register import document_file
    with db.new_uow() as uow:
        _name, pdf = document_file(uow, document_id=ruling.id, kind="pdf")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ruling.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(source),
                        str(out / "ruling_page1")], check=True)
    print(f"saved {out / 'ruling_page1.png'}")
    window.close()
    ctx, window = open_window(db, clock, runner, "admin")
    window.nav_list.setCurrentRow(window._section_row(window.settings_view))
    settle(runner)
    window.settings_view.tabs.setCurrentWidget(window.settings_view.documents_page)
    settle(runner)
    save(window, shots, "26_settings_documents")
    window.close()
    runner.wait_idle()
    db.engine.dispose()


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 21))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ipcase-shots-") as tmp:
        run(args.out, Path(tmp), args.today)
    return 0


if __name__ == "__main__":
    sys.exit(cli())
