"""Stand-alone mediation cases of the demo office: a pool of staff and external mediators, and a handful of cases
in every state — a fresh request, one waiting for the respondent's statement, an ownership dispute in
mediation with its time limit running (extension pending), a damages mediation resting on a ruling of the
register, one closed by a signed agreement still to be copied to CNIPA, one not registered, one revoked after a
no-show. Built through the real services, after the cases and the intake register (which adds its own)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ipcase.domain.enums import CaseState, PartyKind, PartyRole
from ipcase.domain.identifiers import make_patent_number
from ipcase.domain.mediation.cases import MediationKind
from ipcase.dto.cases import AgentInput, CaseFilter, PartyInput
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.mediation import (
    AgreementInput,
    MediationCaseRef,
    MediationHost,
    MediationRequestInput,
    MediatorPoolInput,
)
from ipcase.queries.cases.register import case_detail as ruling_detail
from ipcase.queries.cases.register import list_cases
from ipcase.queries.mediation.agreements import host_mediation
from ipcase.queries.mediation.cases import case_detail
from ipcase.services.mediation import agreements as mediation
from ipcase.services.mediation import case_documents as mediation_case_documents
from ipcase.services.mediation import cases as mediation_cases
from ipcase.services.mediation import mediators

K = MediationKind
EXPERTS = [("郑国华", "某市知识产权纠纷人民调解委员会", ("机械", "职务发明")),
           ("吴婷", "某市知识产权纠纷人民调解委员会", ("电子", "通信", "权属纠纷")),
           ("何建平", "某大学知识产权学院", ("化学", "医药", "赔偿数额"))]


class MediationCaseDemo:
    def __init__(self, b):
        self.b = b
        self.officer, self.clerk, self.head = b.users["zhangwei"], b.users["sunli"], b.users["liuyang"]

    def day(self, back: int) -> date:
        return self.b.working_day_back(back)

    def act(self, ref, action: str, payload: dict, back: int, who=None):
        return self.b.run(mediation_cases.act, actor_id=(who or self.officer).id, case_id=ref.id,
                          expected_version=ref.version, action=action, payload=payload, now=self.b.at(self.day(back)))

    def new(self, kind: MediationKind, back: int, subject: str, **over):
        b = self.b
        company = b.company()
        data = dict(kind=kind, received_date=self.day(back),
                    requesters=(PartyInput(company, PartyKind.LEGAL, credit_code=b.credit_code(company),
                                           legal_rep=b.person(), legal_rep_title="总经理",
                                           address=f"{b.city_of(company)}高新区创新路18号", phone=b.phone(company),
                                           agents=(AgentInput(b.person(), "某市知衡律师事务所"),)),),
                    respondents=(PartyInput(b.person(), PartyKind.NATURAL, address="某市西城区长安街6号"),),
                    subject=subject, facts="双方曾就此协商未果，请求方提出调解请求。", officer_id=self.officer.id,
                    patent_number=make_patent_number(2021, 1, 3000000 + back), patent_title="一种智能温控装置",
                    patentee="请求人")
        data.update(over)
        return b.run(mediation_cases.register_request, actor_id=self.clerk.id, data=MediationRequestInput(**data),
                     now=b.at(self.day(back)))

    def register(self, ref, back: int, statement_back: int | None = None):
        ref = self.act(ref, "serve_notice", {"served_date": self.day(back), "method": "direct"}, back, self.clerk)
        on = self.day(statement_back if statement_back is not None else back)
        ref = self.act(ref, "receive_statement", {"received_date": on, "agrees": True}, statement_back or back,
                       self.clerk)
        # a session is held on a working day, at 9:30 (it may lie ahead of today)
        session = datetime.combine(self.b.workday_from(self.day(max((statement_back or back) - 7, 0))
                                                       + timedelta(days=10)), time(9, 30))
        return self.act(ref, "register", {"registered_date": on, "session_at": session, "place": "第一调解室"},
                        statement_back or back)

    def build(self) -> None:
        b = self.b
        pool = [b.run(mediators.save_mediator, actor_id=self.officer.id,
                      data=MediatorPoolInput(name=n, organization=o, phone="0571-8765432", expertise=e))
                for n, o, e in EXPERTS]
        pool.append(b.run(mediators.save_mediator, actor_id=self.officer.id,
                          data=MediatorPoolInput(user_id=b.users["lina"].id, expertise=("机械", "外观设计"))))

        self.new(K.PROVISIONAL_FEE, 1, "请求被请求人支付发明专利申请公布后至授权前实施该发明的适当费用",
                 grant_date=self.day(200), amount_claimed="12万元")
        waiting = self.new(K.EMPLOYEE_REWARD, 12, "请求原单位支付职务发明创造的奖励和报酬", amount_claimed="8万元")
        self.act(waiting, "serve_notice", {"served_date": self.day(9), "method": "post"}, 9, self.clerk)

        owned = self.register(self.new(K.OWNERSHIP, 48, "确认涉案发明专利申请权归请求人所有"), 45, 40)
        owned = b.run(mediation_cases.assign_mediators, actor_id=self.officer.id, case_id=owned.id,
                      expected_version=owned.version, mediator_ids=(pool[1], pool[3]), now=b.at(self.day(39)))
        self.act(owned, "extend_limit", {"reason": "需调取国家知识产权局的申请档案，两个月内难以调解完毕"}, 1)
        b.run(mediation_case_documents.issue, actor_id=self.clerk.id, case_id=owned.id, now=b.at(self.day(39)),
              draft=DocumentDraft("mediation_session_notice", {"bring": ""}))

        rulings = b.run(list_cases, CaseFilter(states=(CaseState.CLOSED_RULING_INFRINGEMENT,), limit=1),
                        today=b.today).rows
        if rulings:
            # a damages mediation rests on a ruling between the same parties (M25 art 37): the patentee who won
            # it asks, the infringer it found answers
            ruled = b.run(ruling_detail, rulings[0].id, viewer_id=self.officer.id, today=b.today)
            damages = self.new(K.DAMAGES, 20, "就已认定的侵权行为请求调解赔偿数额", ruling_case_id=rulings[0].id,
                               amount_claimed="30万元", patent_number=rulings[0].patent_number,
                               patent_title=rulings[0].patent_title, patentee=ruled.patentee,
                               requesters=_same_parties(ruled, PartyRole.REQUESTER),
                               respondents=_same_parties(ruled, PartyRole.RESPONDENT))
            damages = self.register(damages, 18, 12)
            b.run(mediation_cases.assign_mediators, actor_id=self.officer.id, case_id=damages.id,
                  expected_version=damages.version, mediator_ids=(pool[2],), now=b.at(self.day(12)))

        agreed = self.register(self.new(K.OWNERSHIP, 40, "确认涉案实用新型专利权归请求人所有"), 38, 33)
        self.sign(agreed.id, 6)
        self.act(self.ref(agreed.id), "close_agreement", {"closed_date": self.day(3)}, 3)

        declined = self.new(K.INVENTOR, 30, "确认请求人为涉案专利的发明人")
        declined = self.act(declined, "serve_notice", {"served_date": self.day(28), "method": "direct"}, 28, self.clerk)
        declined = self.act(declined, "receive_statement", {"received_date": self.day(20), "agrees": False}, 20,
                            self.clerk)
        self.act(declined, "refuse", {"decided_date": self.day(18)}, 18)

        revoked = self.register(self.new(K.OTHER, 60, "专利实施许可使用费纠纷", patent_number=""), 58, 50)
        self.act(revoked, "respondent_no_show", {"decided_date": self.day(35), "reason_text": "经两次书面通知"}, 35)

    def detail(self, case_id: int):
        return self.b.run(case_detail, case_id, viewer_id=self.officer.id, today=self.b.today)

    def ref(self, case_id: int) -> MediationCaseRef:
        d = self.detail(case_id)
        return MediationCaseRef(d.id, d.version, d.case_number)

    def sign(self, case_id: int, back: int) -> None:
        """The mediation feature's agreement, signed by both sides."""
        b, on = self.b, self.day(back)
        a = b.run(mediation.save_agreement, actor_id=self.officer.id, host=MediationHost.mediation_case(case_id),
                  data=AgreementInput(other_terms="涉案专利权归请求人所有，被请求人于十五日内配合办理著录项目变更手续。"),
                  now=b.at(on))
        view = b.run(host_mediation, MediationHost.mediation_case(case_id), viewer_id=self.officer.id, today=on)
        version = a.version
        for s in view.agreements[0].signatories:
            version = b.run(mediation.sign_agreement, actor_id=self.officer.id, agreement_id=a.id,
                            expected_version=version, signatory_id=s.id, signed_on=on, now=b.at(on)).version


def _same_parties(case, role: PartyRole) -> tuple[PartyInput, ...]:
    return tuple(PartyInput(p.name, p.kind, credit_code=p.credit_code, legal_rep=p.legal_rep,
                            legal_rep_title=p.legal_rep_title, address=p.address, phone=p.phone,
                            agents=tuple(AgentInput(a.name, a.organization, a.phone, a.address) for a in p.agents))
                 for p in case.parties if p.role == role)


def build_mediation_cases(b) -> None:
    MediationCaseDemo(b).build()
