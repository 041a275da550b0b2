"""The evidence feature (证据 tab: register, investigation records, evidence periods, the inspection form and
the printed 证据材料清单): docs/screenshots/5x_*.png. Needs `pdftoppm` (poppler-utils)."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import select

from ipcase.db.models.evidence import Seizure
from ipcase.services.documents import issue as doc_services
from screenshot_scenes.window import Demo, open_window, save, settle


def take(demo: Demo, out: Path) -> None:
    db, clock, runner = demo.db, demo.clock, demo.runner
    with db.new_uow() as uow:
        case_id = uow.session.scalar(select(Seizure.case_id).where(Seizure.kind == "preservation"))
    ctx, window = open_window(demo, "zhangwei")
    window.sections.open_case(case_id)
    settle(runner)
    view = window.sections.case_detail_view
    tab = view.page("evidence")
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
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "evidence_list.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(source), str(out / "55_evidence_list_page1")],
                       check=True)
    window.close()

