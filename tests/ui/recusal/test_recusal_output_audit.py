"""The recusal decision (回避决定书) printed or saved from its preview on the 合议组 tab is an audit entry
(documents.print / documents.save, issue 13), as on the case's 文书 tab."""
from __future__ import annotations

import json
from datetime import date

from recusal_helpers import application, case_in_investigation
from sqlalchemy import select

from case_helpers import at
from ipcase.db.models.audit import AuditEntry
from ipcase.dto.recusal import RecusalDecisionInput
from ipcase.services.recusal import applications as svc
from ui.sections import case_detail_view

SERVED = date(2025, 9, 30)


def _outputs(new_uow):
    with new_uow() as uow:
        return [(e.action, e.record_key, e.actor_id, json.loads(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("documents.%")).order_by(AuditEntry.seq))]


def test_print_and_save_of_the_decision_are_recorded(make_ctx, staff, new_uow, qtbot):
    c = case_in_investigation(new_uow, staff, received=date(2025, 9, 15), registered=date(2025, 9, 22),
                              notice_served=SERVED, copy_served=SERVED, answered=date(2025, 10, 9))
    when = date(2025, 10, 10)
    with new_uow() as uow:
        app = svc.apply_for_recusal(uow, actor_id=staff.clerk.id, case_id=c.ref.id,
                                    data=application(c, staff, received=when, learned=SERVED), now=at(when))
    with new_uow() as uow:
        done = svc.decide_recusal(uow, actor_id=staff.dept_head.id, application_id=app.id, now=at(when),
                                  decision=RecusalDecisionInput(True, "申请理由成立", when,
                                                                replacement_user_id=staff.section_head.id))
    view = case_detail_view(make_ctx(staff.dept_head))
    qtbot.addWidget(view)
    view.show_case(c.ref.id)
    box = view.page("recusal")
    qtbot.waitUntil(lambda: box.table.rowCount() == 1)
    box.table.selectRow(0)
    box.document_button.click()
    qtbot.waitUntil(lambda: box.dialog is not None)
    assert _outputs(new_uow) == []
    box.dialog.output_made.emit("print", "")
    box.dialog.output_made.emit("save", "/home/user/回避决定书.pdf")
    qtbot.waitUntil(lambda: len(_outputs(new_uow)) == 2)
    box.dialog.close()
    (printed, saved) = _outputs(new_uow)
    assert printed[:3] == ("documents.print", f"[{done.document_id}]", staff.dept_head.id)
    assert saved[:3] == ("documents.save", f"[{done.document_id}]", staff.dept_head.id)
    assert saved[3]["file"] == "回避决定书.pdf"
