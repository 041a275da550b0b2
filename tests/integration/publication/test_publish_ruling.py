"""Publishing a ruling (M25 art 83, issue 17) through the services on SQLite and PostgreSQL: a masked name appears
nowhere in the published text, the DOCX (body, headers, core properties) or the PDF (text, metadata); publishing
is the 部门负责人's approval and is audited; a published version is immutable and a correction is a new version
that names the one it replaces; D13 is met by the publication."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from pdfminer.high_level import extract_text
from publication_helpers import ID, NAME, PHONE
from publication_helpers import ruled_case as _ruled
from pypdf import PdfReader
from sqlalchemy import select

from case_helpers import at
from ipcase.db.models.audit import AuditEntry
from ipcase.db.models.cases import DeadlineRow
from ipcase.db.models.publication import PublishedRuling
from ipcase.domain.enums import DeadlineCode, DeadlineStatus
from ipcase.domain.publication.rules import ChangeKind
from ipcase.dto.publication import MaskItem, PublicationInput
from ipcase.errors import PermissionDenied, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.queries.cases.deadlines import my_deadlines
from ipcase.queries.publication.editor import redaction_draft
from ipcase.queries.publication.register import published_files, published_register
from ipcase.services.publication import changes, rulings


def _file(new_uow, staff, case_id, masks, **kw):
    with new_uow() as uow:
        return rulings.file_publication(uow, actor_id=staff.officer.id, now=at(date(2026, 2, 20)),
                                        data=PublicationInput(case_id, tuple(masks), **kw))


def _decide(new_uow, staff, pid, approve=True, day=date(2026, 2, 24), opinion="同意公开", who=None):
    with new_uow() as uow:
        return rulings.decide_publication(uow, actor_id=(who or staff.dept_head).id, publication_id=pid,
                                          approve=approve, opinion=opinion, place="https://example.gov.cn/1",
                                          now=at(day))


def _d13(new_uow, case_id):
    with new_uow() as uow:
        row = uow.session.scalars(select(DeadlineRow).where(DeadlineRow.case_id == case_id,
                                                            DeadlineRow.code == DeadlineCode.D13.value)).one()
        return row.due_date, DeadlineStatus(row.status), row.met_date


def test_publish_with_consistent_masks_everywhere(new_uow, staff):
    c = _ruled(new_uow, staff)
    due, status, _ = _d13(new_uow, c.ref.id)
    # 2-14 Sat 调休=1, 春节 2-15..23, 2-24..27=2..5, 2-28 Sat 调休=6, 3-2..13=7..16, 3-16..19=17..20
    assert due == date(2026, 3, 19) and status == DeadlineStatus.OPEN
    with new_uow() as uow:    # 我的期限 (the dashboard and the overdue lists read the same rows)
        mine = my_deadlines(uow, user_id=staff.officer.id, today=date(2026, 2, 20))
    assert [(d.code, d.due_date) for d in mine if d.case_id == c.ref.id] == [("D13", date(2026, 3, 19))]
    with new_uow() as uow:
        draft = redaction_draft(uow, case_id=c.ref.id)
    assert NAME in draft.text
    proposed = {m.original: m for m in draft.proposals}
    assert proposed[NAME].replacement == "张某" and proposed[NAME].accepted
    assert proposed[PHONE].accepted
    ref = _file(new_uow, staff, c.ref.id, draft.proposals)
    with pytest.raises(PermissionDenied), new_uow() as uow:    # an officer cannot approve
        rulings.decide_publication(uow, actor_id=staff.officer.id, publication_id=ref.id, approve=True,
                                   opinion="", now=at(date(2026, 2, 24)))
    _decide(new_uow, staff, ref.id)

    with new_uow() as uow:
        files = published_files(uow, publication_id=ref.id)
        row = uow.session.get(PublishedRuling, ref.id)
        text, title = row.text, row.title
    pdf_text = extract_text(io.BytesIO(files.pdf))
    meta = PdfReader(io.BytesIO(files.pdf)).metadata
    with zipfile.ZipFile(io.BytesIO(files.docx)) as z:
        docx_xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    html = files.html.decode("utf-8")
    for secret in (NAME, PHONE, ID):
        for where, content in (("text", text), ("title", title), ("file name", files.file_name),
                               ("pdf", pdf_text), ("pdf metadata", str(dict(meta))), ("docx", docx_xml),
                               ("html", html)):
            assert secret not in content, (secret, where)
    assert "张某" in pdf_text.replace("\n", "") and "张某" in docx_xml
    assert "此件公开发布" in pdf_text.replace("\n", "") and "公开版第1版" in html

    assert _d13(new_uow, c.ref.id) == (date(2026, 3, 19), DeadlineStatus.MET, date(2026, 2, 24))
    with new_uow() as uow:
        reg = published_register(uow)
    assert [(r.version, r.status, r.place, r.decided_by != "") for r in reg] == [
        (1, "published", "https://example.gov.cn/1", True)]


def test_publishing_without_redaction_needs_a_second_confirmation(new_uow, staff):
    c = _ruled(new_uow, staff)
    rejected = tuple(MaskItem(m.original, m.replacement, m.kind, False, m.source)
                     for m in _draft(new_uow, c).proposals)
    with pytest.raises(ValidationFailed) as e:
        _file(new_uow, staff, c.ref.id, rejected)
    assert (e.value.field, e.value.reason) == ("masks", "unredacted_unconfirmed")
    ref = _file(new_uow, staff, c.ref.id, rejected, confirm_unredacted=True)
    with new_uow() as uow:
        assert uow.session.get(PublishedRuling, ref.id).unredacted_confirmed


def _draft(new_uow, c):
    with new_uow() as uow:
        return redaction_draft(uow, case_id=c.ref.id)


def test_refusal_needs_a_reason_and_a_published_version_is_immutable(new_uow, staff):
    c = _ruled(new_uow, staff)
    ref = _file(new_uow, staff, c.ref.id, _draft(new_uow, c).proposals)
    with pytest.raises(ValidationFailed):
        _decide(new_uow, staff, ref.id, approve=False, opinion="")
    _decide(new_uow, staff, ref.id)
    with pytest.raises(TransitionRefused) as e, new_uow() as uow:
        uow.session.get(PublishedRuling, ref.id).place = "elsewhere"
        uow.session.flush()
    assert e.value.code == "published_immutable"
    with pytest.raises(TransitionRefused), new_uow() as uow:
        uow.session.delete(uow.session.get(PublishedRuling, ref.id))
        uow.session.flush()
    with pytest.raises(ValidationFailed):       # decided once only
        _decide(new_uow, staff, ref.id)


def test_a_correction_is_a_new_version_naming_the_one_it_replaces(new_uow, staff):
    c = _ruled(new_uow, staff)
    first = _file(new_uow, staff, c.ref.id, _draft(new_uow, c).proposals)
    _decide(new_uow, staff, first.id)
    draft = _draft(new_uow, c)
    assert draft.latest_published_version == 1
    extra = (*draft.proposals, MaskItem("经营场所", "××", "manual"))
    with pytest.raises(ValidationErrors):        # must name the version replaced and say why
        _file(new_uow, staff, c.ref.id, extra)
    second = _file(new_uow, staff, c.ref.id, extra, replaces_id=first.id, reason="补充隐去经营场所")
    _decide(new_uow, staff, second.id, day=date(2026, 2, 26))
    with new_uow() as uow:
        reg = published_register(uow, case_id=c.ref.id)
        files = published_files(uow, publication_id=second.id)
        old = published_files(uow, publication_id=first.id)
    assert [(r.version, r.replaces_version) for r in reg] == [(2, 1), (1, None)]
    assert "经营场所" in extract_text(io.BytesIO(old.pdf)).replace("\n", "")      # the first stays as published
    assert "替代" in files.html.decode() and "第1版" in files.html.decode()


def test_the_approval_is_audited(new_uow, staff):
    c = _ruled(new_uow, staff)
    ref = _file(new_uow, staff, c.ref.id, _draft(new_uow, c).proposals)
    _decide(new_uow, staff, ref.id)
    with new_uow() as uow:
        entries = uow.session.execute(select(AuditEntry.actor_id, AuditEntry.changes)
                                      .where(AuditEntry.record_kind == "published_rulings")).all()
    assert len(entries) >= 2
    assert {actor for actor, _ in entries} >= {staff.officer.id, staff.dept_head.id}
    assert all(NAME not in changes and ID not in changes for _, changes in entries)   # the masks column is kept as a digest


def test_a_change_after_a_court_suit_is_published_within_20_working_days_too(new_uow, staff):
    c = _ruled(new_uow, staff)
    first = _file(new_uow, staff, c.ref.id, _draft(new_uow, c).proposals)
    _decide(new_uow, staff, first.id)
    with pytest.raises(ValidationFailed) as e, new_uow() as uow:
        changes.record_ruling_change(uow, actor_id=staff.officer.id, case_id=c.ref.id, kind=ChangeKind.CHANGED,
                                     decided_on=date(2026, 1, 5), court="某市中级人民法院",
                                     reference="（2026）浙02行初1号", now=at(date(2026, 9, 30)))
    assert e.value.reason == "before_ruling"
    # Judgment on 中秋 2026-09-25 (a rest day): 9-28..30 = 1..3, 国庆 10-01..07, 10-08, 10-09 = 4, 5, Sat 10-10
    # (调休) = 6, 10-12..16 = 7..11, 10-19..23 = 12..16, 10-26..29 = 17..20.
    with new_uow() as uow:
        changes.record_ruling_change(uow, actor_id=staff.officer.id, case_id=c.ref.id, kind=ChangeKind.CHANGED,
                                     decided_on=date(2026, 9, 25), court="某市中级人民法院",
                                     reference="（2026）浙02行初1号", now=at(date(2026, 9, 30)))
    with new_uow() as uow:
        rows = sorted((r.start_date, r.due_date, r.status) for r in uow.session.scalars(
            select(DeadlineRow).where(DeadlineRow.case_id == c.ref.id, DeadlineRow.code == DeadlineCode.D13.value)))
    assert rows == [(date(2026, 2, 13), date(2026, 3, 19), "met"),
                    (date(2026, 9, 25), date(2026, 10, 29), "open")]
    draft = _draft(new_uow, c)
    second = _file(new_uow, staff, c.ref.id, draft.proposals, replaces_id=first.id, reason="法院判决变更")
    _decide(new_uow, staff, second.id, day=date(2026, 10, 12))
    with new_uow() as uow:
        met = sorted(r.met_date for r in uow.session.scalars(
            select(DeadlineRow).where(DeadlineRow.case_id == c.ref.id, DeadlineRow.code == DeadlineCode.D13.value)))
    assert met == [date(2026, 2, 24), date(2026, 10, 12)]
