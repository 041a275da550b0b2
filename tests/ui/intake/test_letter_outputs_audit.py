"""An issued 转交函 printed from its preview or saved as a file from the intake item's letters is an audit entry
(documents.print / documents.save, issue 13), as on the case's 文书 tab — recorded on the database lane."""
from __future__ import annotations

import json
from datetime import datetime

from intake_helpers import register
from sqlalchemy import select

from ipcase.db.models.audit import AuditEntry
from ipcase.domain.intake.items import TriageOutcome
from ipcase.dto.intake import TriageInput
from ipcase.services.intake import items as intake
from ui.intake import letters_list
from ui.intake.letters_list import IntakeLettersBox

NOW = datetime(2026, 11, 2, 9, 30)


def _outputs(new_uow):
    with new_uow() as uow:
        return [(e.action, e.record_key, e.actor_id, json.loads(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("documents.%")).order_by(AuditEntry.seq))]


def test_print_and_save_of_a_letter_are_recorded(make_ctx, staff, new_uow, qtbot, tmp_path, monkeypatch):
    item = register(new_uow, staff.officer)
    with new_uow() as uow:
        intake.triage(uow, actor_id=staff.officer.id, item_id=item.id, expected_version=item.version, now=NOW,
                      decision=TriageInput(TriageOutcome.FORWARD, authority="某省知识产权局",
                                           reason_text="被请求人住所地及侵权行为地均不在本市。"))
    box = IntakeLettersBox(make_ctx(staff.officer))
    qtbot.addWidget(box)
    box.show_item(item.id)
    qtbot.waitUntil(lambda: len(box.letters) == 1)
    letter = box.letters[0]
    box.table.selectRow(0)
    assert _outputs(new_uow) == []

    box.preview_selected()
    qtbot.waitUntil(lambda: box.preview_dialog is not None)
    box.preview_dialog.output_made.emit("print", "")          # what the dialog says after the printer took it
    qtbot.waitUntil(lambda: len(_outputs(new_uow)) == 1)
    box.preview_dialog.close()

    target = tmp_path / "转交函.pdf"
    monkeypatch.setattr(letters_list, "save_file", lambda *_a: str(target))
    box.save_button.click()
    qtbot.waitUntil(lambda: len(_outputs(new_uow)) == 2)
    assert target.read_bytes().startswith(b"%PDF")
    printed, saved = _outputs(new_uow)
    assert printed[:3] == ("documents.print", f"[{letter.id}]", staff.officer.id)
    assert saved[:3] == ("documents.save", f"[{letter.id}]", staff.officer.id)
    assert saved[3]["file"] == "转交函.pdf" and saved[3]["number"] == letter.number
