"""The demo office shows the publication of rulings (issue 17): the story rulings published with their masks,
approved by the 部门负责人 and meeting their D13; the newest ruling whose D13 is still open, with a party's
confidentiality request that the redaction editor proposes ticked; the past cases' rulings published in time
(issue 16: a newcomer's 我的期限 is not a wall of overdue publications)."""
from __future__ import annotations

import pytest
from demo_helpers import DEMO_TODAY, copy_demo_file
from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, DeadlineRow
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.publication import ConfidentialityRequest, PublishedRuling
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.enums import DeadlineCode, DeadlineStatus, Role
from ipcase.domain.periods import add_working_days
from ipcase.domain.publication import redaction
from ipcase.loaders.document_files import document_files
from ipcase.queries.publication.editor import redaction_draft
from ipcase.queries.publication.register import published_files
from ipcase.uow import uow_factory

pytestmark = pytest.mark.xdist_group("demo")


@pytest.fixture(scope="module")
def demo(demo_database, tmp_path_factory):
    from ipcase.db.engine import make_engine
    engine = make_engine(f"sqlite:///{copy_demo_file(demo_database, tmp_path_factory.mktemp('demo_pub') / 'demo.db')}")
    with uow_factory(engine)() as uow:
        yield uow
    engine.dispose()


def _d13(s, case_id):
    return s.scalars(select(DeadlineRow).where(DeadlineRow.case_id == case_id,
                                               DeadlineRow.code == DeadlineCode.D13.value)).all()


def test_the_story_rulings_published_with_masks_and_the_newest_with_its_d13_open(demo):
    s = demo.session
    # published through the services: their files were made at approval
    story = s.scalars(select(PublishedRuling).where(PublishedRuling.pdf.is_not(None))).all()
    assert len(story) >= 4 and any(redaction.accepted(redaction.from_json(p.masks)) for p in story)
    for published in story:
        masks = redaction.from_json(published.masks)
        assert published.status == "published"
        assert redaction.leaks([published.title, published.text, published.file_name], masks) == ()
        assert s.get(User, published.decided_by).role == Role.DEPT_HEAD.value
        assert published.published_on <= DEMO_TODAY and published.pdf and published.html
        (met,) = _d13(s, published.case_id)
        assert (met.status, met.met_date) == (DeadlineStatus.MET.value, published.published_on)

    (request,) = s.scalars(select(ConfidentialityRequest)).all()
    assert request.case_id not in {p.case_id for p in s.scalars(select(PublishedRuling))}
    assert [d.status for d in _d13(s, request.case_id)] == [DeadlineStatus.OPEN.value]
    (asked,) = [m for m in redaction_draft(demo, case_id=request.case_id).proposals
                if m.original == request.confidential_items[0]["text"]]
    assert asked.accepted and asked.source.startswith("法定代表人；当事人申请")


def test_the_past_rulings_were_published_within_their_d13(demo):
    """The ~90 rulings of the past cases written as rows: each issued (a ruling of its case, files made when opened)
    and published within 20 working days (D13 met), masked, approved by the 部门负责人; the published files are
    made at opening, the same bytes each time."""
    s = demo.session
    past = s.scalars(select(PublishedRuling).where(PublishedRuling.pdf.is_(None))).all()
    assert len(past) > 50
    cal = OfficialCalendar()
    for published in past:
        case, ruling = s.get(Case, published.case_id), s.get(IssuedDocument, published.document_id)
        assert (ruling.case_id, ruling.doc_type, ruling.issued_on) == (case.id, "ruling", case.closed_date)
        assert ruling.content and ruling.number == case.case_number
        assert published.published_on <= add_working_days(case.closed_date, 20, cal)[0]
        (met,) = _d13(s, case.id)
        assert (met.status, met.met_date) == (DeadlineStatus.MET.value, published.published_on)
        assert s.get(User, published.decided_by).role == Role.DEPT_HEAD.value
        masks = redaction.from_json(published.masks)
        assert redaction.leaks([published.title, published.text, published.file_name], masks) == ()
    shown = published_files(demo, publication_id=past[0].id)
    assert shown.pdf.startswith(b"%PDF") and shown.docx and "（此件公开发布）" in shown.html.decode()
    assert published_files(demo, publication_id=past[0].id) == shown
    assert document_files(s, s.get(IssuedDocument, past[0].document_id)).pdf.startswith(b"%PDF")
