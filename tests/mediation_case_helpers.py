"""Building stand-alone mediation cases in tests through the real services."""
from __future__ import annotations

from datetime import date, datetime, time

from ipcase.db.models.mediation import MediationAgreement
from ipcase.domain.enums import PartyKind
from ipcase.domain.identifiers import make_credit_code, make_patent_number
from ipcase.domain.mediation.cases import MediationKind
from ipcase.dto.cases import AgentInput, PartyInput
from ipcase.dto.mediation import AgreementInput, MediationCaseRef, MediationHost, MediationRequestInput
from ipcase.queries.mediation.cases import case_detail
from ipcase.services.mediation import agreements as mediation
from ipcase.services.mediation import cases as mediation_cases

PATENT = make_patent_number(2022, 1, 1234567)


def request(kind: MediationKind = MediationKind.OWNERSHIP, received: date = date(2026, 10, 26), **over
            ) -> MediationRequestInput:
    data = dict(
        kind=kind, received_date=received,
        requesters=(PartyInput("杭州云启智能科技有限公司", PartyKind.LEGAL, make_credit_code("91330106MA2B12345"),
                               legal_rep="周明", legal_rep_title="总经理", address="杭州市西湖区文三路1号",
                               agents=(AgentInput("钱律师", "浙江知衡律师事务所"),)),),
        respondents=(PartyInput("陈志远", PartyKind.NATURAL, address="杭州市拱墅区湖墅南路8号"),),
        subject="确认专利号ZL202210001234.5的发明专利权归请求人所有", facts="被请求人离职后一年内以本人名义申请该专利。",
        patent_number=PATENT, patent_title="一种智能温控装置", patentee="陈志远")
    data.update(over)
    return MediationRequestInput(**data)


def at(d: date, hour: int = 10) -> datetime:
    return datetime.combine(d, time(hour))


class MedDriver:
    """Moves one mediation case through its flow as real users would."""

    def __init__(self, new_uow, staff, ref):
        self.new_uow, self.staff, self.ref = new_uow, staff, ref

    @classmethod
    def new(cls, new_uow, staff, now: datetime, who=None, **kw):
        with new_uow() as uow:
            ref = mediation_cases.register_request(uow, actor_id=(who or staff.officer).id, data=request(**kw),
                                                   now=now)
        return cls(new_uow, staff, ref)

    def act(self, action: str, payload: dict, now: datetime, who=None):
        with self.new_uow() as uow:
            self.ref = mediation_cases.act(uow, actor_id=(who or self.staff.officer).id, case_id=self.ref.id,
                                           expected_version=self.ref.version, action=action, payload=payload, now=now)
        return self.ref

    def detail(self, today: date, viewer=None):
        with self.new_uow() as uow:
            return case_detail(uow, self.ref.id, viewer_id=(viewer or self.staff.officer).id, today=today)

    def register(self, day: date):
        """Serve the notice, receive an agreeing statement and register, all on `day`."""
        self.act("serve_notice", {"served_date": day, "method": "direct"}, at(day), who=self.staff.clerk)
        self.act("receive_statement", {"received_date": day, "agrees": True}, at(day), who=self.staff.clerk)
        return self.act("register", {"registered_date": day, "session_at": at(day, 15),
                                     "place": "第一调解室"}, at(day))

    def sign_agreement(self, day: date) -> None:
        """The mediation feature's agreement, signed by both sides on `day`."""
        host = MediationHost.mediation_case(self.ref.id)
        with self.new_uow() as uow:
            a = mediation.save_agreement(uow, actor_id=self.staff.officer.id, host=host,
                                         data=AgreementInput(other_terms="专利权归请求人所有，被请求人配合办理著录项目变更。"),
                                         now=at(day, 9))
        with self.new_uow() as uow:
            signatories = [x.id for x in uow.session.get(MediationAgreement, a.id).signatories]
        version = a.version
        for sid in signatories:
            with self.new_uow() as uow:
                version = mediation.sign_agreement(uow, actor_id=self.staff.officer.id, agreement_id=a.id,
                                                   expected_version=version, signatory_id=sid, signed_on=day,
                                                   now=at(day, 11)).version
        d = self.detail(day)
        self.ref = MediationCaseRef(d.id, d.version, d.case_number)
