"""A file picked in a dialog is read when the form is saved, in the database task (ipcase.files.read_upload: its
size asked of the file system first), never on the GUI thread when it is chosen; one moved or deleted in between
is named next to its field and nothing is saved (issue 12): the judgment copy of a 调解 request for damages and the
scanned 回证 of 登记送达."""
from __future__ import annotations

from datetime import date

from ui_helpers import choose, type_text

from case_helpers import Driver, at
from ipcase.db.models.documents import ServiceRecord
from ipcase.db.models.mediation import MediationCase
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft
from ipcase.queries.documents.register import case_documents
from ipcase.services.documents import issue
from ui.documents.service_dialog import ServiceDialog
from ui.mediation.section import MediationCasesView

SCAN = b"%PDF-1.4 judgment copy"


def test_the_judgment_copy_is_read_at_save_and_a_vanished_one_is_named(make_ctx, staff, new_uow, qtbot, shown,
                                                                       tmp_path):
    view = MediationCasesView(make_ctx(staff.officer))
    qtbot.addWidget(view)
    view.refresh()
    dialog = view.new_request()
    choose(dialog.kind_combo, "damages")
    type_text(dialog.requesters.forms[0].name_edit, "杭州云启智能科技有限公司")
    type_text(dialog.respondents.forms[0].name_edit, "陈志远")
    type_text(dialog.subject_edit, "赔偿数额")
    type_text(dialog.ruling_ref_edit, "（2026）浙01民初123号")
    copy = tmp_path / "判决书.pdf"
    copy.write_bytes(SCAN)
    dialog.attach_copy(str(copy))
    assert dialog.copy_label.text() == "判决书.pdf"
    copy.unlink()                                   # moved away after it was chosen
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.field_errors.label("ruling_copy").text().startswith("找不到文件“判决书.pdf”")
    with new_uow() as uow:
        assert uow.session.query(MediationCase).count() == 0

    copy.write_bytes(SCAN)                          # put back: the same choice now saves
    dialog.save_button.click()
    assert not dialog.isVisible() and shown.errors == []
    with new_uow() as uow:
        case = uow.session.query(MediationCase).one()
        assert (case.ruling_copy_name, case.ruling_copy) == ("判决书.pdf", SCAN)


def test_the_service_proof_is_read_at_save_and_a_vanished_one_is_named(make_ctx, staff, new_uow, qtbot, shown,
                                                                       tmp_path):
    day = date(2026, 11, 2)
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day))
    c.act_approved("register", {"registered_date": day}, at(day))
    requester = c.party_ids(PartyRole.REQUESTER, day)[0]
    with new_uow() as uow:
        issue.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id,
                             draft=DocumentDraft("acceptance_notice", party_id=requester), now=at(day))
    ctx = make_ctx(staff.clerk)
    with new_uow() as uow:
        documents = case_documents(uow, c.ref.id)
    dialog = ServiceDialog(ctx, c.detail(day), documents)
    qtbot.addWidget(dialog)
    scan = tmp_path / "回证.pdf"
    scan.write_bytes(SCAN)
    dialog.set_proof(str(scan))
    scan.unlink()
    dialog._on_button_box_accepted()
    assert dialog.field_errors.label("proof").text().startswith("找不到文件“回证.pdf”")
    with new_uow() as uow:
        assert uow.session.query(ServiceRecord).count() == 0
    scan.write_bytes(SCAN)
    dialog._on_button_box_accepted()
    assert shown.errors == []
    with new_uow() as uow:
        record = uow.session.query(ServiceRecord).one()
        assert (record.proof_name, record.proof) == ("回证.pdf", SCAN)
