"""One finished case a newcomer can open and read from end to end: every step taken through the services with
its paper — 受理通知书, 答辩通知书, 口头审理通知书, 行政裁决书 issued and served on each addressee, the 送达回证 of
each service made — so its 文书 and 送达 tabs look like a real file. It is taken among the register's cases
(its 案号 in the order of 立案). The register's other finished cases show
states and deadlines; this one shows the paperwork (each issued document is rendered, so one case, not all)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

from ipcase.demo.builder import DemoBuilder
from ipcase.demo.cases import CaseSteps
from ipcase.domain.cases.workflow import CaseAction as A
from ipcase.domain.documents.types import Addressee
from ipcase.domain.documents.types import doc_type as doc_type_of
from ipcase.domain.enums import PartyKind, PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.cases import CaseRef, PanelInput, PatentInput, RequestInput
from ipcase.dto.documents import DocumentDraft, ServiceInput
from ipcase.queries.documents.register import draft_defaults
from ipcase.services.cases import actions as cases
from ipcase.services.documents import issue as documents
from ipcase.services.documents import service as service_records

RULING_TEXT = {
    "requester_says": "请求人称，其系涉案实用新型专利的专利权人，被请求人未经许可制造、销售的折叠露营椅落入涉案专利权"
                      "的保护范围，请求责令被请求人立即停止侵权行为。",
    "respondent_says": "被请求人辩称，其销售的产品有合法来源，且不知道是侵犯专利权的产品。",
    "evidence": "1. 专利证书及专利登记簿副本；2. （2026）某证字第1234号公证书；3. 被控侵权产品实物；4. 口头审理笔录。",
    "facts": "经审理查明，被请求人在其经营场所及电子商务平台销售的折叠露营椅，与涉案专利权利要求1记载的全部技术特征"
             "相同。上述事实有专利证书、公证书、被控侵权产品实物及口头审理笔录在案为证。",
    "reasoning": "本机关认为，被控侵权产品包含与涉案专利权利要求1记载的全部技术特征相同的技术特征，落入涉案专利权的"
                 "保护范围。被请求人未经专利权人许可，为生产经营目的制造、销售该产品，构成侵犯专利权的行为。",
}


SHOWCASE_BACK = 110   # working days before today the showcase's request came in (about five months)


def showcase_received(b: DemoBuilder) -> date:
    return b.working_day_back(SHOWCASE_BACK)


def documented_case(b: DemoBuilder) -> Iterator[date]:
    """The showcase: received about five months ago, ruled and served. Receives the request, then returns its
    remaining steps, which pause once at the 立案 date (ipcase.demo.cases.build_cases registers the cases in the
    order of those dates, so the showcase's 案号 falls in the register's order)."""
    officer, clerk = b.users["zhangwei"], b.users["sunli"]
    received = showcase_received(b)
    requester, respondent = b.party(False), b.party(True)
    requester = type(requester)(**{**requester.__dict__, "kind": PartyKind.LEGAL})
    data = RequestInput(
        received_date=received,
        patent=PatentInput(make_patent_number(2021, 2, 2468013), None, "一种折叠式便携座椅", requester.name,
                           date(2021, 3, 15), date(2021, 10, 8)),
        requesters=(requester,), respondents=(respondent,), claims_asserted="权利要求1-3",
        accused_product="折叠露营椅", acts=("make", "sell"),
        request_summary="请求责令被请求人立即停止制造、销售侵犯“一种折叠式便携座椅”实用新型专利权的折叠露营椅。",
        flag_ecommerce=True, officer_id=officer.id)
    ref = b.run(cases.register_request, actor_id=officer.id, data=data, now=b.at(received))
    return PaperTrail(b, ref, officer, received, clerk).run()


class PaperTrail(CaseSteps):
    def __init__(self, b: DemoBuilder, ref: CaseRef, officer, day: date, clerk):
        super().__init__(b, ref, officer, day)
        self.clerk, self.stop = clerk, "ruling_infringement"

    def run(self) -> Iterator[date]:
        b = self.b
        members = [b.users["lina"], b.users["zhaomin"]]
        self.ref = b.run(cases.set_panel, actor_id=self.officer.id, case_id=self.ref.id,
                         expected_version=self.ref.version,
                         panel=PanelInput(self.officer.id, tuple(m.id for m in members), self.clerk.id, None),
                         now=b.at(self.day))
        self.later(3)
        yield self.day
        self.do(A.REGISTER, {"registered_date": self.day, "summary": "经审查符合受理条件，建议立案。"})
        self.later(1)
        self.serve("acceptance_notice", PartyRole.REQUESTER)          # serving it is the 送达受理通知书 step
        self.later(2)
        self.serve("answer_notice", PartyRole.RESPONDENT)             # and this the 送达请求书副本 step
        respondents = [p.id for p in self.detail().parties if p.role == PartyRole.RESPONDENT]
        for respondent in respondents:
            self.later(8)
            self.do(A.RECEIVE_ANSWER, {"party_id": respondent, "received_date": self.day}, self.clerk)
        self.later(2)
        self.do(A.FORWARD_ANSWER, {"forwarded_date": self.day}, self.clerk)
        self.later(3)
        hearing = b.wd(self.day, 10)
        self.do(A.SCHEDULE_HEARING, {"hearing_at": datetime.combine(hearing, time(9, 30)), "room": "第一口审庭"})
        self.serve("hearing_notice", PartyRole.REQUESTER, PartyRole.RESPONDENT)
        self.day = hearing
        self.do(A.HOLD_HEARING, {"held_date": self.day, "respondent_absent": False})
        self.later(3)
        self.do(A.DELIBERATE)
        self.later(5)
        self.do(A.SUBMIT_CLOSING, {"outcome": "infringement", "dissent": "",
                                   "majority_opinion": "合议组一致认为被控侵权产品落入涉案专利权的保护范围。"})
        self.later(1)
        self.serve("ruling", PartyRole.REQUESTER, PartyRole.RESPONDENT, fields=RULING_TEXT)   # 送达裁决书
        self.later(1)
        items = b.run(documents.proofs_of_service_items, case_id=self.ref.id)
        documents.issue_batch(b.new_uow, actor_id=self.clerk.id, items=items, now=b.at(self.day))
        self.refresh()

    def serve(self, doc_type: str, *roles: PartyRole, fields: dict | None = None) -> None:
        """Issue `doc_type` to each party of `roles` (its fields prefilled as the 文书 dialog prefills them) and
        record its direct service the same day."""
        dt = doc_type_of(doc_type)
        # the dialog's prefill only where the document has fields to fill (see CaseSteps.serve)
        prefilled = {**(self.b.run(draft_defaults, case_id=self.ref.id) if dt.fields else {}), **(fields or {})}
        filled = {k: v for k, v in prefilled.items() if k in {f.name for f in dt.fields}}
        parties = [p for p in self.detail().parties if p.role in roles]
        # a document addressed to one party is issued to each; one addressed to the parties (the ruling) once
        one_each = dt.addressee != Addressee.PARTIES
        docs = [self.issue(DocumentDraft(doc_type, filled, party_id=p.id)) for p in parties] if one_each else \
            [self.issue(DocumentDraft(doc_type, filled))] * len(parties)
        for doc, party in zip(docs, parties, strict=True):
            self.b.run(service_records.record_service, actor_id=self.clerk.id, now=self.b.at(self.day),
                       data=ServiceInput(doc.id, "direct", party_id=party.id, received_date=self.day))
        self.refresh()

    def issue(self, draft: DocumentDraft):
        return self.b.run(documents.issue_document, actor_id=self.clerk.id, case_id=self.ref.id, draft=draft,
                          now=self.b.at(self.day))

    def refresh(self) -> None:
        d = self.detail()   # issuing and serving move the case's version (timeline entries, service steps)
        self.ref = CaseRef(d.id, d.version, d.case_number)
