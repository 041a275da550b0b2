"""Screenshots of the evidence feature (证据 tab: register, investigation records, evidence periods, the
inspection form and the printed 证据材料清单) on a fresh demo database, driven through the real window offscreen.

    python tools/evidence_screenshots.py [--out docs/screenshots] [--today 2026-11-21]
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from screenshot_support import cli, start_demo  # noqa: I001  (tools/ is the script's folder)
from screenshots import open_window, save, settle
from sqlalchemy import select

from ipcase.db.models.evidence import Seizure
from ipcase.services.documents import issue as doc_services


def run(out: Path, data_dir: Path, today: date) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db, clock, runner = start_demo(data_dir, today)
    with db.new_uow() as uow:
        case_id = uow.session.scalar(select(Seizure.case_id).where(Seizure.kind == "preservation"))
    ctx, window = open_window(db, clock, runner, "zhangwei")
    window.open_case(case_id)
    settle(runner)
    view = window.case_detail_view
    tab = view.evidence_tab
    view.tabs.setCurrentWidget(tab)
    settle(runner)
    tab.verify()
    settle(runner)
    save(window, out, "50_evidence_register")
    tab.inner.setCurrentIndex(1)
    save(window, out, "51_evidence_records")
    tab.inner.setCurrentIndex(2)
    save(window, out, "52_evidence_periods")
    tab.inner.setCurrentIndex(1)
    tab.open_record("inspection")
    settle(runner)
    tab.dialog.resize(700, 760)
    save(tab.dialog, out, "53_evidence_inspection_form")
    tab.dialog.done(0)
    tab.inner.setCurrentIndex(0)
    tab.print_list()
    settle(runner)
    doc = tab.dialog
    save(doc, out, "54_evidence_list_dialog")
    with db.new_uow() as uow:
        pdf = doc_services.preview_document(uow, case_id=case_id, draft=doc.draft(), now=clock.now()).pdf
    doc.done(0)
    (out.parent / "evidence_list.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(out.parent / "evidence_list.pdf"),
                    str(out / "55_evidence_list_page1")], check=True)
    (out.parent / "evidence_list.pdf").unlink()
    window.close()


if __name__ == "__main__":
    sys.exit(cli(run, __doc__))
