"""失信名单 › 期满移出: the dialog asks for the 签发人 of the 移出决定书 the step issues (refused without one while the
office has leaders who may sign), and the decision is issued signed by the leader chosen."""
from __future__ import annotations

from datetime import date

from intake_helpers import ruled_case
from sqlalchemy import select

from case_helpers import at
from ipcase.clock import FixedClock
from ipcase.db.models.documents import IssuedDocument
from ipcase.domain.credit.listing import Ground
from ipcase.domain.enums import PartyRole
from ipcase.queries.credit.register import credit_register
from ipcase.services.credit import listings as credit
from ui.credit.step_dialog import ListingStepDialog


def test_the_removal_asks_for_its_signatory(make_ctx, new_uow, staff, qtbot, shown):
    c = ruled_case(new_uow, staff)
    party = c.party_ids(PartyRole.RESPONDENT, date(2026, 5, 6))[0]
    with new_uow() as uow:
        ref = credit.identify(uow, actor_id=staff.officer.id, case_id=c.ref.id, party_id=party,
                              ground=Ground.REPEAT_INFRINGEMENT, facts="再次侵权。", now=at(date(2026, 5, 6)))
    for fn, who, day, kw in ((credit.record_notice_served, staff.officer, date(2026, 5, 7), {"day": date(2026, 5, 7)}),
                             (credit.propose, staff.officer, date(2026, 5, 14), {}),
                             (credit.decide, staff.dept_head, date(2026, 5, 18), {"approve": True, "opinion": "同意"})):
        with new_uow() as uow:
            ref = fn(uow, actor_id=who.id, listing_id=ref.id, expected_version=ref.version, now=at(day), **kw)
    with new_uow() as uow:
        row = next(r for r in credit_register(uow, today=date(2029, 5, 18)) if r.id == ref.id)

    ctx = make_ctx(staff.officer)
    ctx.clock = FixedClock(at(date(2029, 5, 18)))
    dialog = ListingStepDialog(ctx, row, "remove")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signatory_combo.findData(staff.dept_head.id) > 0
    dialog.button_box.accepted.emit()
    assert dialog.isVisible() and "签发人" in dialog.summary_label.text()
    dialog.signatory_combo.setCurrentIndex(dialog.signatory_combo.findData(staff.dept_head.id))
    dialog.button_box.accepted.emit()
    assert shown.errors == [] and not dialog.isVisible()
    with new_uow() as uow:
        signed = uow.session.scalars(select(IssuedDocument.signed_by).where(
            IssuedDocument.doc_type == "credit_removal_decision")).all()
    assert signed == [staff.dept_head.id]
