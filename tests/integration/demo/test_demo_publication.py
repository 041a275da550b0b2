"""The demo office shows the publication of rulings (issue 17): one ruling published with its masks, approved by
the 部门负责人 and meeting its D13; another ruling whose D13 is still open, with a party's confidentiality request
that the redaction editor proposes ticked."""
from __future__ import annotations

import pytest
from demo_helpers import DEMO_TODAY, copy_demo_file
from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.cases import DeadlineRow
from ipcase.db.models.publication import ConfidentialityRequest, PublishedRuling
from ipcase.domain.enums import DeadlineCode, DeadlineStatus, Role
from ipcase.domain.publication import redaction
from ipcase.queries.publication.editor import redaction_draft
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


def test_one_ruling_published_with_masks_and_one_with_its_d13_open(demo):
    s = demo.session
    (published,) = s.scalars(select(PublishedRuling)).all()
    masks = redaction.from_json(published.masks)
    assert published.status == "published" and redaction.accepted(masks)
    assert redaction.leaks([published.title, published.text, published.file_name], masks) == ()
    assert s.get(User, published.decided_by).role == Role.DEPT_HEAD.value and published.published_on <= DEMO_TODAY
    assert published.pdf and published.html
    (met,) = _d13(s, published.case_id)
    assert (met.status, met.met_date) == (DeadlineStatus.MET.value, published.published_on)

    (request,) = s.scalars(select(ConfidentialityRequest)).all()
    assert request.case_id != published.case_id
    assert [d.status for d in _d13(s, request.case_id)] == [DeadlineStatus.OPEN.value]
    (asked,) = [m for m in redaction_draft(demo, case_id=request.case_id).proposals
                if m.original == request.confidential_items[0]["text"]]
    assert asked.accepted and asked.source.startswith("法定代表人；当事人申请")
