"""Demo data of mediation inside cases, made through the real services: settlement talks running (the case
shows 调解中), an agreement signed by both sides and approved (closed as mediated, its judicial-confirmation
window open, one instalment overdue), one awaiting the 部门负责人's approval, and one a party reneged on."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from ipcase.db.models.cases import Case, Pause
from ipcase.domain.cases.workflow import CaseAction
from ipcase.domain.enums import CaseState
from ipcase.dto.mediation import AgreementInput, InstalmentInput, MediationHost, MediatorInput, SessionInput
from ipcase.errors import IpcaseError
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.queries.mediation.agreements import host_mediation
from ipcase.services.cases import actions as cases
from ipcase.services.mediation import agreements as mediation


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour))


def _candidates(b, limit: int) -> list[tuple[int, date]]:
    """Open cases well past 立案, neither suspended nor paused."""
    with b.new_uow() as uow:
        paused = select(Pause.case_id).where(Pause.end_date.is_(None))
        return list(uow.session.execute(
            select(Case.id, Case.registered_date)
            .where(Case.state.in_([CaseState.INVESTIGATION.value, CaseState.HEARD.value]),
                   Case.registered_date <= b.today - timedelta(days=40), Case.id.not_in(paused))
            .order_by(Case.id.desc()).limit(limit)).all())


def _session(day: date, outcome: str, mediator: str) -> SessionInput:
    return SessionInput(held_on=day, place="本局第二调解室", mediators=(MediatorInput(mediator),
                                                               MediatorInput("市知识产权纠纷人民调解委员会 周明")),
                        attendees="双方当事人及委托代理人", requester_proposal="停止侵权，赔偿经济损失及合理开支8万元",
                        respondent_proposal="同意停止销售、下架链接，赔偿3万元", outcome=outcome)


def _terms(today: date, damages: str, plan: tuple[tuple[int, str], ...]) -> AgreementInput:
    return AgreementInput(
        stop_acts=("make", "sell", "offer"),
        destroy_withdraw="被请求人于本协议生效之日起十日内销毁库存侵权产品及专用模具，并删除电子商务平台上的全部侵权产品链接",
        damages=damages, instalments=tuple(InstalmentInput(today + timedelta(days=d), a) for d, a in plan),
        costs="本案调解不收取费用，双方当事人因本案支出的其他费用各自承担", confidential=True)


def build_mediation(b) -> None:
    officer, head = b.users["zhangwei"], b.users["liuyang"]
    today = b.today
    found = _candidates(b, 4)
    plans = (("talks", None), ("closed", ((-3, "20000"), (27, "30000"))), ("pending", ()), ("reneged", ()))
    for (case_id, _registered), (kind, plan) in zip(found, plans, strict=False):
        host = MediationHost.case(case_id)
        # talks, sessions and signatures fall on working days (an office does not meet parties on a Sunday)
        start = b.working_day_back(20 if kind == "closed" else 8)
        try:
            version = b.run(host_mediation, host, viewer_id=officer.id, today=today).host_version
            b.run(mediation.start_talks, actor_id=officer.id, case_id=case_id, expected_version=version,
                  start_date=start, note="双方当事人申请和解", now=_at(start))
            b.run(mediation.record_session, actor_id=officer.id, host=host,
                  data=_session(start, "continue", officer.full_name), now=_at(start, 16))
            if kind == "talks":
                continue
            agreed = b.wd(start, 3)
            b.run(mediation.record_session, actor_id=officer.id, host=host,
                  data=_session(agreed, "agreed", officer.full_name), now=_at(agreed, 16))
            ref = b.run(mediation.save_agreement, actor_id=officer.id, host=host,
                        data=_terms(today, "50000" if plan else "30000", plan or ()), now=_at(agreed, 17))
            a = b.run(host_mediation, host, viewer_id=officer.id, today=today).agreements[0]
            # Every party but the last signs first (a case may have several respondents); the last one signs
            # — or, in the reneged case, backs out — a day later.
            *early, last = a.signatories
            for party in early:
                ref = b.run(mediation.sign_agreement, actor_id=officer.id, agreement_id=ref.id,
                            expected_version=ref.version, signatory_id=party.id,
                            signed_on=b.wd(agreed, 1), now=_at(b.wd(agreed, 1)))
            if kind == "reneged":
                day = b.wd(agreed, 2)
                b.run(mediation.withdraw_agreement, actor_id=officer.id, agreement_id=ref.id,
                      expected_version=ref.version, withdrawn_by=last.name,
                      reason="被请求人反悔，认为赔偿数额过高", withdrawn_on=day, now=_at(day))
                continue
            signed = b.wd(agreed, 2)
            b.run(mediation.sign_agreement, actor_id=officer.id, agreement_id=ref.id, expected_version=ref.version,
                  signatory_id=last.id, signed_on=signed, now=_at(signed))
            if kind == "closed":
                approval = next((a for a in b.run(pending_approvals, viewer_id=head.id)
                                 if a.case_id == case_id and a.action == CaseAction.CLOSE_BY_MEDIATION), None)
                if approval is None:
                    continue   # the signature could not file the closing (the case had moved on)
                b.run(cases.decide_approval, actor_id=head.id, approval_id=approval.id, approve=True,
                      opinion="同意调解结案", now=_at(signed, 15))
        except IpcaseError:
            continue   # a case the random demo left in a state that does not allow it: the others show the feature
