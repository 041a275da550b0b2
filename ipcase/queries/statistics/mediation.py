"""Mediation figures of a period, for supervisors, over both hosts (mediation inside adjudication cases and
stand-alone mediation cases). SQL aggregates only; the same statements run on SQLite and PostgreSQL.

Definitions (DOMAIN §12 leaves them open, so each is written down here and on the dashboard's tooltip):
- 调解次数: mediation sessions held in the period.
- 调解案件: distinct cases (of either kind) with a session held in the period.
- 达成协议: agreements that took effect (the last party signed) in the period.
- 调解成功率: of the cases with a session in the period, those with an agreement in effect by the period's end.
- 平均达成天数: per agreement of the period, calendar days from the first session of its case to the day it
  took effect; agreements whose case has no recorded session are left out.
- 协议金额合计 / 中位数: the damages of the period's agreements; the median is the middle value (the mean of
  the two middle values for an even count), picked in SQL with window functions over those rows.
- 司法确认: applications made in the period / confirmations the court decided in the period.
- 逾期未履行分期: instalments of effective agreements past due and not paid in full, as of today.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from ipcase.db.models.cases import Case
from ipcase.db.models.mediation import (
    MediationAgreement,
    MediationCase,
    MediationInstalment,
    MediationSession,
)
from ipcase.domain.mediation.agreements import AgreementStatus, ConfirmationOutcome, yuan
from ipcase.dto.mediation import MediationFigures
from ipcase.queries.statistics.sql import day_number
from ipcase.uow import UnitOfWork

SIGNED = AgreementStatus.SIGNED.value


def _scoped(q, model, office_ids: tuple[int, ...]):
    """Restrict rows of `model` (a host-keyed table) to hosts of the given offices."""
    c, mc = aliased(Case), aliased(MediationCase)
    return (q.outerjoin(c, c.id == model.case_id).outerjoin(mc, mc.id == model.mediation_case_id)
            .where(or_(c.office_id.in_(office_ids), mc.office_id.in_(office_ids))))


def _same_host(a, b):
    return or_(and_(a.case_id.is_not(None), a.case_id == b.case_id),
               and_(a.mediation_case_id.is_not(None), a.mediation_case_id == b.mediation_case_id))


def mediation_figures(uow: UnitOfWork, *, office_ids: tuple[int, ...], period_from: date, period_to: date,
                      today: date) -> MediationFigures:
    s = uow.session
    MS, MA = MediationSession, MediationAgreement
    in_period = MS.held_on.between(period_from, period_to)
    sessions = s.scalar(_scoped(select(func.count(MS.id)), MS, office_ids).where(in_period)) or 0

    hosts = _scoped(select(MS.case_id, MS.mediation_case_id), MS, office_ids).where(in_period).distinct().subquery()
    hosts_mediated = s.scalar(select(func.count()).select_from(hosts)) or 0
    agreed = aliased(MA)
    succeeded = s.scalar(select(func.count()).select_from(hosts).where(
        select(agreed.id).where(_same_host(agreed, hosts.c), agreed.status == SIGNED,
                                agreed.effective_date <= period_to).exists())) or 0

    period_agreements = _scoped(select(MA.id, MA.damages_fen, MA.effective_date, MA.case_id, MA.mediation_case_id),
                                MA, office_ids).where(MA.status == SIGNED,
                                                      MA.effective_date.between(period_from, period_to)).subquery()
    count, total = s.execute(select(func.count(period_agreements.c.id),
                                    func.coalesce(func.sum(period_agreements.c.damages_fen), 0))).one()

    first = (select(func.min(MS.held_on)).where(_same_host(MS, period_agreements.c))
             .correlate(period_agreements).scalar_subquery())
    days = day_number(period_agreements.c.effective_date) - day_number(first)
    average_days = s.scalar(select(func.avg(days)).where(first.is_not(None)))

    # The median: number the period's amounts in order, keep the middle one or two, average them.
    ranked = select(period_agreements.c.damages_fen.label("fen"),
                    func.row_number().over(order_by=period_agreements.c.damages_fen).label("n"),
                    func.count().over().label("total")).subquery()
    median = s.scalar(select(func.avg(ranked.c.fen)).where(
        ranked.c.n.in_([(ranked.c.total + 1) // 2, (ranked.c.total + 2) // 2])))

    applied = s.scalar(_scoped(select(func.count(MA.id)), MA, office_ids).where(
        MA.confirmation_applied_on.between(period_from, period_to))) or 0
    confirmed = s.scalar(_scoped(select(func.count(MA.id)), MA, office_ids).where(
        MA.confirmation_outcome == ConfirmationOutcome.CONFIRMED.value,
        MA.confirmation_decided_on.between(period_from, period_to))) or 0
    MI = MediationInstalment
    overdue = s.scalar(_scoped(select(func.count(MI.id)).join(MA, MA.id == MI.agreement_id), MA, office_ids).where(
        MA.status == SIGNED, MI.due_date < today,
        or_(MI.paid_fen.is_(None), MI.paid_fen < MI.amount_fen))) or 0
    return MediationFigures(
        period_from=period_from, period_to=period_to, sessions=sessions, hosts_mediated=hosts_mediated,
        agreements=count, success_rate=succeeded / hosts_mediated if hosts_mediated else None,
        average_days_to_agreement=float(average_days) if average_days is not None else None,
        amount_total=yuan(int(total)), amount_median=yuan(round(median)) if median is not None else None,
        confirmations_applied=applied, confirmations_confirmed=confirmed, instalments_overdue=overdue)
