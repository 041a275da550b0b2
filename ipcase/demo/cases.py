"""The demo office's case register: about 33 cases spread over every state relative to `today` — fresh
requests, corrections, refusals, cases in the answer period, hearings ahead and behind, suspensions (some still
running), appraisal pauses, extensions, rulings, mediations, revocations and archived files — including overdue
and near-due deadlines. Each case is registered, then driven forward through the real services (`CaseSteps`)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import partial

from sqlalchemy import select

from ipcase.db.models.cases import Approval, Case, Party, Patent
from ipcase.demo import names as N
from ipcase.demo.builder import DemoBuilder
from ipcase.domain.cases.patent_type_rules import lawful_acts, suspension_ground_refusal
from ipcase.domain.cases.workflow import BY_ACTION
from ipcase.domain.cases.workflow import CaseAction as A
from ipcase.domain.documents.types import Addressee, served_by
from ipcase.domain.enums import ApprovalStatus, PartyRole, PatentType
from ipcase.domain.identifiers import make_patent_number
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import CaseRef, PanelInput, PatentInput, RequestInput
from ipcase.dto.documents import DocumentDraft, ServiceInput
from ipcase.queries.documents.register import draft_defaults
from ipcase.services.cases import actions as cases
from ipcase.services.documents import issue as documents
from ipcase.services.documents import service as service_records

TYPE_OF_DIGIT = {1: PatentType.INVENTION, 2: PatentType.UTILITY_MODEL, 3: PatentType.DESIGN}

# Where each demo case built through the services stops, with how many of each: the stories a newcomer opens,
# and the cases the later builders pick (mediation talks need four cases in investigation or heard, registered
# at least 40 days ago; hearings, evidence and recusals open cases). The register's volume — a year of finished
# cases — is written by ipcase/demo/past_cases.py: building 200 cases gesture by gesture took ~200 s of CPU.
PLAN = [
    ("received", 2), ("correction", 1), ("not_accepted", 1), ("registered", 1), ("answer_period", 3),
    ("investigation", 6), ("hearing_scheduled", 3), ("heard", 5), ("deliberation", 1),
    ("closure_approval", 1), ("ruling_infringement", 3), ("ruling_rejected", 1), ("mediated", 1),
    ("revoked", 1), ("no_show", 1), ("archived", 1),
]


# What the clerk writes in a ruling where the 文书 dialog prefills nothing (the showcase case has its own text).
_CLERK_TEXT = {
    "requester_says": "请求人称，被请求人未经许可实施其专利，请求责令被请求人立即停止侵权行为。",
    "respondent_says": "被请求人未提交答辩意见。",
    "evidence": "1. 专利证书及专利登记簿副本；2. 被控侵权产品实物；3. 口头审理笔录。",
    "facts": "经审理查明，被控侵权产品的技术特征与涉案专利权利要求记载的技术特征的比对情况见合议笔录。",
    "reasoning": "本机关根据查明的事实，依照《中华人民共和国专利法》及有关规定作出本裁决。",
}


def build_cases(b: DemoBuilder, more: Iterable[tuple[date, Callable[[], Iterator[date]]]] = ()) -> None:
    """The register's cases, plus `more` (received date, opening of a case's steps: the showcase). A 案号 is drawn
    at 立案, so the cases are taken in two passes, as a real office's days pass: every request is received and
    examined in the order it came in, up to its 立案; then each is registered and driven on in the order of its 立案
    date — and the 案号 follow the register's 立案 dates."""
    plan = sorted((received_for(b, stop), i, stop) for i, (stop, n) in
                  enumerate((s, n) for s, n in PLAN for _ in range(n)))
    openings = [(received, i, partial(register_case, b, stop, received)) for received, i, stop in plan]
    openings += [(received, len(plan) + k, start) for k, (received, start) in enumerate(more)]
    b.progress.plan(2 * len(openings))   # each case counts twice: its request up to 立案, then its other steps
    waiting = []
    for _received, order, start in sorted(openings, key=lambda o: o[:2]):
        steps = start()
        registered_on = next(steps, None)     # None: the request never reaches 立案 (refused, still in review)
        if registered_on is not None:
            waiting.append((registered_on, order, steps))
        b.progress.advance(text="cases")
    b.progress.advance(len(openings) - len(waiting), text="cases")
    for _registered_on, _order, steps in sorted(waiting, key=lambda w: w[:2]):
        for _ in steps:
            pass
        b.progress.advance(text="cases")


def received_for(b: DemoBuilder, stop: str) -> date:
    """How far back the request came in, so that the case can plausibly have reached `stop`."""
    back = {"received": (0, 4), "correction": (3, 12), "not_accepted": (20, 200), "registered": (4, 8),
            "answer_period": (10, 24), "investigation": (25, 70), "hearing_scheduled": (30, 80),
            "heard": (45, 95), "deliberation": (55, 120), "closure_approval": (70, 110),
            "archived": (200, 330)}.get(stop, (100, 320))
    return b.working_day_back(b.rng.randint(*back))


def register_case(b: DemoBuilder, stop: str, received: date) -> Iterator[date]:
    """Receive one request; returns its remaining steps (`CaseSteps.drive`), not yet taken."""
    r = b.rng
    type_digit, title, product, claims = r.choice(N.PATENTS)
    filing_year = r.randint(2016, 2023)
    number = make_patent_number(filing_year, type_digit, r.randint(100000, 9999999))
    requester = b.party(False)
    officer = r.choice(b.officers())
    data = RequestInput(
        received_date=received,
        patent=PatentInput(number, None, title, requester.name, date(filing_year, r.randint(1, 12), r.randint(1, 28)),
                           date(filing_year + 1, r.randint(1, 12), r.randint(1, 28))),
        requesters=(requester,), respondents=(b.party(True),) if r.random() < 0.85 else
        (b.party(True), b.party(True)),
        claims_asserted=claims, accused_product=product,
        # 专利法 art 11: a design is not infringed by 使用 (the request refuses it)
        acts=lawful_acts(TYPE_OF_DIGIT[type_digit], r.sample(["make", "offer", "sell", "use", "import"],
                                                             k=r.randint(1, 3))) or ("make",),
        request_summary=f"请求责令被请求人立即停止侵犯“{title}”专利权的行为，停止制造、销售{product}。",
        flag_foreign=r.random() < 0.08, flag_ecommerce=r.random() < 0.35, flag_trade_fair=r.random() < 0.12,
        officer_id=officer.id)
    ref = b.run(cases.register_request, actor_id=officer.id, data=data, now=b.at(received))
    return CaseSteps(b, ref, officer, received).drive(stop)


class CaseSteps:
    """Drives one case forward through the real services, one dated action at a time."""

    def __init__(self, b: DemoBuilder, ref: CaseRef, officer: UserInfo, day: date):
        self.b, self.ref, self.officer, self.day = b, ref, officer, day
        self.head = b.users["liuyang"]
        self.clerk = b.users[b.rng.choice(["sunli", "zhoujie"])]

    def later(self, working_days: int) -> date:
        self.day = min(self.b.wd(self.day, working_days), self.b.today)
        return self.day

    def do(self, action: A, payload: dict | None = None, who: UserInfo | None = None) -> None:
        who = who or self.officer
        self.ref = self.b.run(cases.act, actor_id=who.id, case_id=self.ref.id, expected_version=self.ref.version,
                              action=action.value, payload=payload or {}, now=self.b.at(self.day))
        if not (BY_ACTION[action].approval or action == A.SUBMIT_CLOSING):
            return
        for a in self.b.run(pending_of_case, self.ref.id):
            if a.action == action.value or (action == A.SUBMIT_CLOSING and a.action == A.CLOSE_BY_RULING.value):
                if action == A.SUBMIT_CLOSING and self.stop == "closure_approval":
                    continue
                self.ref = self.b.run(cases.decide_approval, actor_id=self.head.id, approval_id=a.id,
                                      approve=True, opinion="同意。", now=self.b.at(self.day),
                                      higher_office_ref="某省知识产权局 某知函〔2026〕8号" if action == A.EXTEND_CLOSING else "")

    def detail(self) -> Glance:
        return self.b.run(glance, self.ref.id)

    def drive(self, stop: str) -> Iterator[date]:
        """The case's steps up to `stop`; pauses once, yielding the 立案 date, just before it is registered (the
        caller registers the cases in the order of those dates: build_cases)."""
        b, r = self.b, self.b.rng
        self.stop = stop
        if stop == "received":
            return
        members = [u for u in b.officers() if u.id != self.officer.id]
        tech = b.users["huanglei"].id if r.random() < 0.2 else None
        self.ref = b.run(cases.set_panel, actor_id=self.officer.id, case_id=self.ref.id,
                         expected_version=self.ref.version,
                         panel=PanelInput(self.officer.id, tuple(x.id for x in r.sample(members, 2)),
                                          self.clerk.id, tech), now=b.at(self.day))
        if stop == "correction" or r.random() < 0.12:
            self.later(1)
            due = b.wd(self.day, 10)
            self.do(A.REQUEST_CORRECTION, {"defects": "1. 未提交专利登记簿副本；2. 请求人主体资格证明未加盖公章。",
                                           "correction_due": due})
            if stop == "correction":
                return
            self.later(4)
            self.do(A.CORRECTION_RECEIVED, {"received_date": self.day}, self.clerk)
        if stop == "not_accepted":
            self.later(3)
            self.do(A.REFUSE, {"refusal_reasons": [r.choice(["outside_jurisdiction", "sued_in_court",
                                                             "not_interested_party"])],
                               "reason_text": "经审查，本请求不符合《专利纠纷行政裁决和调解办法》第十二条规定的受理条件。",
                               "decided_date": self.day})
            return
        self.later(r.randint(2, 5))
        yield self.day
        self.do(A.REGISTER, {"registered_date": self.day, "summary": "经审查符合受理条件，建议立案。"})
        if stop == "registered":
            return
        d = self.detail()
        requesters = [p.id for p in d.parties if p.role == PartyRole.REQUESTER]
        respondents = [p.id for p in d.parties if p.role == PartyRole.RESPONDENT]
        self.later(1)
        self.serve(A.SERVE_REGISTRATION_NOTICE, {i: self.day for i in requesters}, "direct")
        self.later(r.randint(1, 4))
        self.serve(A.SERVE_COPY, {i: self.day for i in respondents}, r.choice(["post", "direct"]))
        if stop == "answer_period":
            return
        # A case received lately cannot have let its answer period run out by today: it got an answer instead.
        if r.random() < 0.7 or self.b.wd(self.day, 13) > self.b.today:
            # every respondent answers: one answer alone leaves the others' periods running (M25 art 22)
            for respondent in respondents:
                self.later(r.randint(5, 10) if respondent == respondents[0] else 1)
                self.do(A.RECEIVE_ANSWER, {"party_id": respondent, "received_date": self.day}, self.clerk)
            self.later(r.randint(1, 4))
            self.do(A.FORWARD_ANSWER, {"forwarded_date": self.day}, self.clerk)
        else:
            self.later(13)
            self.do(A.ANSWER_PERIOD_OVER)
        if self.pauses() and stop != "investigation":
            self.later(5)
            self.do(A.RESUME, {"resume_date": self.day, "reason_text": "中止原因消除。"})
        if stop in ("mediated", "revoked") and r.random() < 0.5:
            return self.finish(stop)
        if stop == "investigation":
            return
        if r.random() < 0.8 or stop in ("hearing_scheduled", "heard", "no_show"):
            self.later(r.randint(2, 6))
            hearing = b.wd(self.day, r.randint(4, 12))
            if stop == "hearing_scheduled" and hearing <= b.today:
                hearing = b.wd(b.today, r.randint(1, 15))
            self.do(A.SCHEDULE_HEARING, {"hearing_at": datetime.combine(hearing, time(r.choice([9, 14]), 30)),
                                         "room": r.choice(N.ROOMS)})
            if stop == "hearing_scheduled" or hearing > b.today:
                return
            absent = stop != "no_show" and r.random() < 0.1
            if stop == "no_show" or absent:
                # an absence sanction presupposes the written notice served in time (M25 art 26, D7)
                self.notify_hearing(PartyRole.REQUESTER if stop == "no_show" else PartyRole.RESPONDENT)
            self.day = hearing
            if stop == "no_show":
                self.do(A.REQUESTER_NO_SHOW, {"decided_date": self.day,
                                              "reason_text": "请求人经书面通知无正当理由拒不参加口头审理，按撤回请求处理。"})
                return
            self.do(A.HOLD_HEARING, {"held_date": self.day, "respondent_absent": absent})
            if stop == "heard":
                return
            self.later(r.randint(1, 5))
            self.do(A.DELIBERATE)
        else:
            self.later(r.randint(3, 8))
            self.do(A.WRITTEN_REVIEW, {"reply_given": True, "note": "已向被请求人告知事实、理由和证据并给予陈述期限。"})
        if stop == "deliberation":
            return
        if stop in ("mediated", "revoked"):
            return self.finish(stop)
        self.later(r.randint(3, 10))
        outcome = "rejected" if stop == "ruling_rejected" else "infringement"
        self.do(A.SUBMIT_CLOSING, {"outcome": outcome,
                                   "majority_opinion": "合议组一致认为被控侵权产品落入涉案专利权的保护范围。"
                                   if outcome == "infringement" else "合议组多数意见认为被控侵权产品未落入保护范围。",
                                   "dissent": ""})
        if stop == "closure_approval":
            return
        if self.b.today > self.day:
            self.later(1)
            d = self.detail()
            self.serve(A.RECORD_RULING_SERVICE, {p.id: self.day for p in d.parties}, "direct")
        if stop == "archived" and self.b.today > self.b.wd(self.day, 20):
            self.later(20)
            self.do(A.ARCHIVE, who=self.clerk)

    def serve(self, action: A, served: dict[int, date], method: str) -> None:
        """Issue the document a service action records (受理通知书, 答辩通知书, 裁决书; its fields prefilled as the 文书
        dialog prefills them) and record its service through the case's action, which writes the 送达 register's
        record: service is recorded against an issued document (issue 15)."""
        dt = served_by(action)
        # the dialog's prefill is asked for only where the document has fields to fill (the 裁决书; the notices
        # have none): ≈ 60 whole-case reads of the build were made for nothing
        prefilled = self.b.run(draft_defaults, case_id=self.ref.id) if dt.fields else {}
        fields = {f.name: prefilled.get(f.name) or _CLERK_TEXT.get(f.name, "") for f in dt.fields}
        for party_id in ([None] if dt.addressee == Addressee.PARTIES else list(served)):
            self.b.run(documents.issue_document, actor_id=self.clerk.id, case_id=self.ref.id,
                       draft=DocumentDraft(dt.key, fields, party_id=party_id), now=self.b.at(self.day))
        d = self.detail()   # issuing moved the case's version (timeline entries)
        self.ref = CaseRef(d.id, d.version, d.case_number)
        self.do(action, {"served": served, "method": method}, self.clerk)

    def notify_hearing(self, role: PartyRole) -> None:
        """Issue the 口头审理通知书 to every party of `role` and record its direct service the same day (the day the
        hearing was scheduled, at least three working days before it)."""
        for party in (p for p in self.detail().parties if p.role == role):
            doc = self.b.run(documents.issue_document, actor_id=self.clerk.id, case_id=self.ref.id,
                             draft=DocumentDraft("hearing_notice", {}, party_id=party.id), now=self.b.at(self.day))
            self.b.run(service_records.record_service, actor_id=self.clerk.id, now=self.b.at(self.day),
                       data=ServiceInput(doc.id, "direct", party_id=party.id, received_date=self.day))
        d = self.detail()   # the case's version may have moved with the timeline entries
        self.ref = CaseRef(d.id, d.version, d.case_number)

    def pauses(self) -> bool:
        """True if the case is left suspended. Some cases are suspended (invalidation pending at CNIPA) or wait for an appraisal; a few
        long ones get their closing limit extended."""
        b, r = self.b, self.b.rng
        x = r.random()
        if x < 0.15:
            self.later(2)
            # the invalidation ground is only for utility models and designs (M25 art 28(1))
            invention = suspension_ground_refusal(self.detail().patent_type, "invalidation_um_design")
            self.do(A.SUSPEND, {"ground": "depends_on_other_case" if invention else "invalidation_um_design",
                                "start_date": self.day,
                                "note": "本案须以另一案的审理结果为依据。" if invention else
                                "被请求人提交国家知识产权局无效宣告请求受理通知书。"})
            if r.random() < 0.5 or (b.today - self.day).days < 20:
                return True
            self.later(r.randint(10, 25))
            self.do(A.RESUME, {"resume_date": self.day, "reason_text": "无效宣告审查决定维持专利权有效。"})
        elif x < 0.25:
            self.later(2)
            self.do(A.START_PAUSE, {"pause_kind": "appraisal", "start_date": self.day,
                                    "note": "委托技术鉴定机构比对被控侵权产品。"})
            self.later(r.randint(8, 20))
            self.do(A.END_PAUSE, {"pause_kind": "appraisal", "end_date": self.day})
        elif x < 0.32:
            self.later(3)
            self.do(A.EXTEND_CLOSING, {"length": 1, "unit": "months", "reason": "案情复杂，需进一步调查取证。"})
        return False

    def finish(self, stop: str) -> None:
        self.later(self.b.rng.randint(3, 10))
        if stop == "mediated":
            self.do(A.CLOSE_BY_MEDIATION, {"agreement_date": self.day,
                                           "terms": "被请求人停止销售并销毁库存，双方达成调解协议。"})
        else:
            self.do(A.REVOKE, {"revoke_reason": self.b.rng.choice(["withdrawal", "withdrawal", "sued_in_court"]),
                               "reason_text": "请求人与被请求人达成和解，申请撤回处理请求。",
                               "decided_date": self.day})


@dataclass(frozen=True)
class Seat:
    id: int
    role: PartyRole


@dataclass(frozen=True)
class Glance:
    """What the builder reads back between gestures: the case's version (issuing and serving move it), its
    parties in the order the case shows them, its patent type. The case window's whole `case_detail` (every user,
    the timeline, the deadlines, a snapshot) cost ≈ 6 % of the demo's first start for these few values."""
    id: int
    version: int
    case_number: str | None
    patent_type: PatentType
    parties: tuple[Seat, ...]


def pending_of_case(uow, case_id: int):
    """(id, action) of the case's approvals waiting for a decision, oldest first: the rows of the head's 待我审批
    that are this case's (queries.cases.approvals.pending_approvals lists every case's, with names and parties,
    ≈ 1 % of the build for the one id the builder decides)."""
    return uow.session.execute(select(Approval.id, Approval.action).where(
        Approval.case_id == case_id, Approval.status == ApprovalStatus.PENDING.value)
        .order_by(Approval.requested_at, Approval.id)).all()


def glance(uow, case_id: int) -> Glance:
    s = uow.session
    row = s.execute(select(Case.id, Case.version, Case.case_number, Patent.patent_type)
                    .join(Patent, Patent.id == Case.patent_id).where(Case.id == case_id)).one()
    parties = s.execute(select(Party.id, Party.role).where(Party.case_id == case_id)
                        .order_by(Party.position, Party.id)).all()
    return Glance(row.id, row.version, row.case_number, PatentType(row.patent_type),
                  tuple(Seat(p.id, PartyRole(p.role)) for p in parties))
