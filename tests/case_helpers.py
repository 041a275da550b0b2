"""Building cases in tests through the real services."""
from __future__ import annotations

from datetime import date, datetime, time

from ipcase.db.models.cases import Case
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.documents.types import BY_KEY, Addressee, served_by
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.dto.cases import AgentInput, CaseRef, PanelInput, PartyInput, PatentInput, RequestInput
from ipcase.dto.documents import DocumentDraft
from ipcase.loaders.served_documents import issued_for_service
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.queries.cases.register import case_detail
from ipcase.services.cases import actions as cases
from ipcase.services.documents import issue as documents


def sample_request(received: date = date(2026, 10, 30), *, respondents: int | tuple = 1, **over) -> RequestInput:
    if isinstance(respondents, tuple):
        over["respondents"], respondents = respondents, 0
    data = dict(
        received_date=received,
        patent=PatentInput(make_patent_number(2021, 2, 1234567), None, "一种折叠式便携座椅", "宁波华辰科技有限公司",
                           date(2021, 3, 1), date(2021, 9, 10)),
        requesters=(PartyInput("宁波华辰科技有限公司", PartyKind.LEGAL, make_credit_code("91330200MA2AB1234"),
                               legal_rep="王大明", legal_rep_title="执行董事", address="宁波市高新区1号",
                               agents=(AgentInput("陈律师", "知恒律师事务所"),)),),
        respondents=tuple(PartyInput(f"义乌市鼎盛贸易商行{'甲乙丙'[i]}", PartyKind.UNINCORPORATED)
                          for i in range(respondents)),
        claims_asserted="权利要求1-3", accused_product="折叠露营椅", acts=("make", "sell"),
        flag_ecommerce=True)
    data.update(over)  # noqa: B023
    return RequestInput(**data)


class Driver:
    """Moves one case through the lifecycle as real users would."""

    def __init__(self, new_uow, staff, ref):
        self.new_uow, self.staff, self.ref = new_uow, staff, ref

    @classmethod
    def new(cls, new_uow, staff, now: datetime, **kw):
        with new_uow() as uow:
            ref = cases.register_request(uow, actor_id=staff.officer.id, data=sample_request(**kw), now=now)
        return cls(new_uow, staff, ref)

    def detail(self, today: date, viewer=None):
        with self.new_uow() as uow:
            return case_detail(uow, self.ref.id, viewer_id=(viewer or self.staff.officer).id, today=today)

    def panel(self, now: datetime, tech=False):
        s = self.staff
        with self.new_uow() as uow:
            self.ref = cases.set_panel(uow, actor_id=s.officer.id, case_id=self.ref.id, expected_version=self.ref.version,
                                       panel=PanelInput(s.officer.id, (s.officer2.id, s.officer3.id), s.clerk.id,
                                                        s.section_head.id if tech else None), now=now)

    def act(self, action: str, payload: dict, now: datetime, who=None):
        with self.new_uow() as uow:
            self.ref = cases.act(uow, actor_id=(who or self.staff.officer).id, case_id=self.ref.id,
                                 expected_version=self.ref.version, action=action, payload=payload, now=now)
        return self.ref

    def issue_for_service(self, action: str, party_ids, now: datetime, who=None):
        """Issue, through the documents service, the document a service action records (受理通知书, 答辩通知书,
        裁决书) to each party that has none yet: service is recorded against an issued document (issue 15)."""
        dt = served_by(CaseAction(action))
        with self.new_uow() as uow:
            have = issued_for_service(uow.session, uow.session.get(Case, self.ref.id))[action]
        missing = [pid for pid in party_ids if pid not in have]
        if not missing:
            return
        fields = {f.name: "经审理查明的内容。" for f in BY_KEY[dt.key].fields if f.required}
        targets = [None] if dt.addressee == Addressee.PARTIES else missing
        for party_id in targets:
            with self.new_uow() as uow:
                documents.issue_document(uow, actor_id=(who or self.staff.clerk).id, case_id=self.ref.id,
                                         draft=DocumentDraft(dt.key, dict(fields), party_id=party_id), now=now)
        d = self.detail(now.date())    # the case's version moved with the documents' timeline entries
        self.ref = CaseRef(d.id, d.version, d.case_number)

    def serve(self, action: str, served: dict, method: str, now: datetime, who=None):
        """The case's own service action (serve_registration_notice, serve_copy, record_ruling_service) on the
        documents issued first, on the earliest day served."""
        first = min(served.values(), default=now.date())
        self.issue_for_service(action, list(served), at(first) if first < now.date() else now, who)
        return self.act(action, {"served": served, "method": method}, now, who)

    def approve(self, now: datetime, approve=True, opinion="同意", higher_office_ref=""):
        with self.new_uow() as uow:
            pending = [a for a in pending_approvals(uow, viewer_id=self.staff.dept_head.id) if a.case_id == self.ref.id]
        assert pending, "nothing to approve"
        with self.new_uow() as uow:
            self.ref = cases.decide_approval(uow, actor_id=self.staff.dept_head.id, approval_id=pending[-1].id,
                                             approve=approve, opinion=opinion, higher_office_ref=higher_office_ref,
                                             now=now)
        return self.ref

    def act_approved(self, action: str, payload: dict, now: datetime, **kw):
        self.act(action, payload, now)
        return self.approve(now, **kw)

    def party_ids(self, role: PartyRole, today: date):
        return [p.id for p in self.detail(today).parties if p.role == role]


def at(d: date, hour: int = 10) -> datetime:
    return datetime.combine(d, time(hour))
