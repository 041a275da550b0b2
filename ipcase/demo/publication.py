"""The publication of the story cases' rulings in the demo office (M25 art 83, issue 17): every ruling but the
newest is published within its D13 — filed by its officer with the editor's proposals as they stand (or, with
nothing to mask, confirmed unredacted), approved by the 部门负责人 — so 公开 › 裁决公开登记 and the case's 公开 tab
show published versions (their PDF as published); the newest ruling is left with its D13 open, with a
respondent's request to keep its 法定代表人's name out (申请不予公开), so the editor opens on it with that name
ticked: the one publication a newcomer finds waiting. Everything goes through the services, like the rest of the
demo; the past cases' rulings are published as rows (ipcase/demo/past_rulings.py)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, exists, or_, select

from ipcase.db.models.cases import Case, Party
from ipcase.db.models.publication import PublishedRuling
from ipcase.demo.builder import DemoBuilder
from ipcase.domain.enums import CaseState, PartyRole
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.dto.publication import ConfidentialityInput, PublicationInput
from ipcase.loaders.publication import issued_ruling
from ipcase.queries.publication.editor import redaction_draft
from ipcase.services.publication import confidentiality, rulings

PLACE = "本局门户网站“政务公开 › 行政裁决”栏目"
_RULED = (CaseState.CLOSED_RULING_INFRINGEMENT.value, CaseState.CLOSED_RULING_REJECTED.value)
_RULING_METHODS = (ClosingMethod.RULING_INFRINGEMENT.value, ClosingMethod.RULING_REJECTED.value)


def _ruled_cases(uow) -> list[tuple[int, int, object]]:
    """(case id, officer id, ruling date) of the cases closed by a ruling (archived since, like the finished case
    with its whole paper trail, or not) whose ruling was issued and not yet published, oldest first."""
    s = uow.session
    ruled = or_(Case.state.in_(_RULED), and_(Case.state == CaseState.ARCHIVED.value,
                                             Case.closing_method.in_(_RULING_METHODS)))
    published = exists().where(PublishedRuling.case_id == Case.id)   # the past cases' (past_rulings)
    rows = s.execute(select(Case.id, Case.officer_id, Case.closed_date).where(ruled, ~published)
                     .order_by(Case.closed_date, Case.id)).all()
    return [(r.id, r.officer_id, r.closed_date) for r in rows if issued_ruling(s, r.id) is not None]


def _respondent_with_representative(uow, case_id: int) -> tuple[int, str] | None:
    p = uow.session.scalars(select(Party).where(Party.case_id == case_id, Party.role == PartyRole.RESPONDENT.value,
                                                Party.legal_rep != "").order_by(Party.id).limit(1)).first()
    return (p.id, p.legal_rep) if p is not None else None


def build_publications(b: DemoBuilder) -> None:
    ruled = b.run(_ruled_cases)
    head = b.users["liuyang"]
    for case_id, officer_id, ruled_on in ruled[:-1]:
        filed_on, approved_on = b.wd(ruled_on, 4), b.wd(ruled_on, 6)
        if approved_on >= b.today:
            break
        draft = b.run(redaction_draft, case_id=case_id)
        # nothing to mask (companies whose 法定代表人 are published as usual): the officer confirms it
        ref = b.run(rulings.file_publication, actor_id=officer_id, now=b.at(filed_on),
                    data=PublicationInput(case_id, draft.proposals,
                                          confirm_unredacted=not any(m.accepted for m in draft.proposals)))
        b.run(rulings.decide_publication, actor_id=head.id, publication_id=ref.id, approve=True,
              opinion="同意公开。", place=PLACE, now=b.at(approved_on))
    if not ruled:
        return
    case_id, officer_id, ruled_on = ruled[-1]
    asked = b.run(_respondent_with_representative, case_id)
    if asked is not None:
        party_id, representative = asked
        b.run(confidentiality.record_confidentiality_request, actor_id=officer_id, now=b.at(b.today),
              data=ConfidentialityInput(case_id, party_id, max(ruled_on, b.today - timedelta(days=1)),
                                        confidential_texts=(representative,), note="法定代表人个人信息"))
