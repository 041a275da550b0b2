"""A mediation case's issued document printed from its preview or saved as a file is an audit entry
(mediation_documents.print / .save, issue 13), like a case's documents on the 文书 tab."""
from __future__ import annotations

import json
from datetime import date, datetime

from mediation_case_helpers import MedDriver, at
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from ipcase.db.models.audit import AuditEntry
from ipcase.dto.documents import DocumentDraft
from ipcase.services.mediation import case_documents as docs
from ui.mediation import case_documents_tab
from ui.mediation.case_documents_tab import MediationDocumentsTab


def _outputs(new_uow):
    with new_uow() as uow:
        return [(e.action, e.record_key, e.actor_id, json.loads(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("mediation_documents.%")).order_by(AuditEntry.seq))]


def _button(tab, text: str) -> QPushButton:
    return next(b for b in tab.findChildren(QPushButton) if b.text().startswith(text))


def test_print_and_save_of_a_mediation_document_are_recorded(make_ctx, staff, new_uow, qtbot, tmp_path,
                                                             monkeypatch):
    c = MedDriver.new(new_uow, staff, at(date(2026, 10, 26)))
    respondent = next(p.id for p in c.detail(date(2026, 10, 26)).parties if p.role == "respondent")
    with new_uow() as uow:
        issued = docs.issue(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=datetime(2026, 10, 27, 9, 0),
                            draft=DocumentDraft("mediation_statement_notice", {"days": "15"}, party_id=respondent))
    tab = MediationDocumentsTab(make_ctx(staff.clerk))
    qtbot.addWidget(tab)
    tab.set_detail(c.detail(date(2026, 10, 27)))
    tab.table.selectRow(0)
    assert _outputs(new_uow) == []

    _button(tab, "预览/打印").click()
    qtbot.waitUntil(lambda: tab.preview_dialog is not None)
    tab.preview_dialog.output_made.emit("print", "")        # what the dialog says after the printer took it
    qtbot.waitUntil(lambda: len(_outputs(new_uow)) == 1)
    tab.preview_dialog.close()

    target = tmp_path / "陈述意见通知书.docx"
    monkeypatch.setattr(case_documents_tab, "save_file", lambda *_a: str(target))
    _button(tab, "另存为").click()
    qtbot.waitUntil(lambda: len(_outputs(new_uow)) == 2)
    assert target.read_bytes()[:2] == b"PK"
    printed, saved = _outputs(new_uow)
    assert printed[:3] == ("mediation_documents.print", f"[{issued.id}]", staff.clerk.id)
    assert saved[:3] == ("mediation_documents.save", f"[{issued.id}]", staff.clerk.id)
    assert saved[3]["file"] == "陈述意见通知书.docx" and saved[3]["number"] == issued.number
