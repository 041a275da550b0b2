"""Building mediations in tests through the real services."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from case_helpers import Driver, at
from ipcase.dto.mediation import (
    AgreementInput,
    AgreementRef,
    InstalmentInput,
    MediationHost,
    MediatorInput,
    SessionInput,
)
from ipcase.queries.mediation.agreements import host_mediation
from ipcase.services.mediation import agreements as mediation


def registered(new_uow, staff, day: date) -> Driver:
    c = Driver.new(new_uow, staff, at(day), received=day)
    c.panel(at(day))
    c.act_approved("register", {"registered_date": day}, at(day))
    return c


def session(held_on: date, outcome: str = "continue", **over) -> SessionInput:
    data = dict(held_on=held_on, place="本局第一调解室", mediators=(MediatorInput("某市知识产权纠纷人民调解委员会 李调解员"),),
                attendees="请求人代理人陈律师；被请求人负责人", requester_proposal="停止销售并赔偿10万元",
                respondent_proposal="停止销售，赔偿3万元", outcome=outcome)
    data.update(over)
    return SessionInput(**data)


def terms(damages: str = "60000", instalments=((date(2026, 11, 30), "30000"), (date(2026, 12, 31), "30000")),
          **over) -> AgreementInput:
    data = dict(stop_acts=("make", "sell"), stop_from=None,
                destroy_withdraw="被请求人于本协议生效之日起十日内销毁库存折叠露营椅及专用模具，并删除其网店中的全部侵权产品链接",
                damages=damages, instalments=tuple(InstalmentInput(d, a) for d, a in instalments),
                costs="本案调解费用由双方各自承担", confidential=True, other_terms="")
    data.update(over)
    return AgreementInput(**data)


class Mediation:
    """One case's mediation, driven as the panel would."""

    def __init__(self, new_uow, staff, case: Driver):
        self.new_uow, self.staff, self.case = new_uow, staff, case
        self.host = MediationHost.case(case.ref.id)
        self.agreement: AgreementRef | None = None

    def view(self, today: date, viewer=None):
        with self.new_uow() as uow:
            return host_mediation(uow, self.host, viewer_id=(viewer or self.staff.officer).id, today=today)

    def record(self, data: SessionInput, who=None) -> int:
        with self.new_uow() as uow:
            return mediation.record_session(uow, actor_id=(who or self.staff.officer).id, host=self.host, data=data,
                                            now=at(data.held_on, 16))

    def start_talks(self, day: date):
        with self.new_uow() as uow:
            self.case.ref = mediation.start_talks(uow, actor_id=self.staff.officer.id, case_id=self.case.ref.id,
                                                  expected_version=self._version(day), start_date=day, now=at(day))

    def end_talks(self, day: date):
        with self.new_uow() as uow:
            self.case.ref = mediation.end_talks(uow, actor_id=self.staff.officer.id, case_id=self.case.ref.id,
                                                expected_version=self._version(day), end_date=day, now=at(day))

    def save(self, data: AgreementInput, day: date) -> AgreementRef:
        with self.new_uow() as uow:
            self.agreement = mediation.save_agreement(
                uow, actor_id=self.staff.officer.id, host=self.host, data=data,
                agreement_id=self.agreement.id if self.agreement else None,
                expected_version=self.agreement.version if self.agreement else None, now=at(day))
        return self.agreement

    def sign(self, name_part: str, day: date) -> AgreementRef:
        agreement = self.current(day)
        signatory = next(x for x in agreement.signatories if name_part in x.name)
        with self.new_uow() as uow:
            self.agreement = mediation.sign_agreement(
                uow, actor_id=self.staff.officer.id, agreement_id=agreement.id, expected_version=agreement.version,
                signatory_id=signatory.id, signed_on=day, now=at(day))
        return self.agreement

    def current(self, day: date):
        return next(a for a in self.view(day).agreements if a.id == self.agreement.id)

    def _version(self, day: date) -> int:
        return self.view(day).host_version


def yuan(text: str) -> Decimal:
    return Decimal(text).quantize(Decimal("0.01"))
