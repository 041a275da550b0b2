"""Satisfaction results: SQL averages of the stored survey scores per office, officer, month or case type (the
patent type), for the dashboard and the monthly report, with the office's target (setting `satisfaction.target`).
The rows are the offices the viewer's scope shows (a supervising office sees its sub-offices)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import case, extract, func, select

from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Case, Party, Patent
from ipcase.db.models.satisfaction import SatisfactionSurvey
from ipcase.domain.enums import CLOSED_STATES, CaseState, PartyRole
from ipcase.domain.satisfaction.scoring import DEFAULT_TARGET, POINTS, QUESTIONS, SETTINGS_GROUP, TARGET_KEY
from ipcase.dto.satisfaction import SatisfactionResults, ScoreRow, SurveyInfo, SurveyTarget
from ipcase.loaders.setting_versions import group_version
from ipcase.loaders.settings import stored_value
from ipcase.uow import UnitOfWork

GROUPINGS = ("office", "officer", "month", "case_type")
S = SatisfactionSurvey


def _points(column):
    """A question's level as points, in SQL (declined = NULL, left out of the average)."""
    return case(*[(column == int(level), points) for level, points in POINTS.items()], else_=None)


def target_of(uow: UnitOfWork, office_id: int) -> float:
    return float(stored_value(uow.session, office_id, TARGET_KEY, DEFAULT_TARGET))


def target_page(uow: UnitOfWork, *, office_id: int) -> tuple[float, int]:
    """The office's target and the version of its settings group (for the save's optimistic lock)."""
    return target_of(uow, office_id), group_version(uow.session, office_id, SETTINGS_GROUP)


def satisfaction_results(uow: UnitOfWork, *, office_id: int, start: date, end: date,
                         by: str = "office", office_ids: tuple[int, ...] | None = None) -> SatisfactionResults:
    """Surveys made from `start` to `end` (inclusive), grouped `by`; the target is `office_id`'s. `office_ids`
    narrows to those offices (the 统计 dashboard's office filter); None: every office in the viewer's scope."""
    if by not in GROUPINGS:
        raise ValueError(by)
    s = uow.session
    measures = [func.count(S.id), func.avg(S.score)] + [func.avg(_points(getattr(S, q))) for q in QUESTIONS]
    base = select(*measures).select_from(S).where(S.surveyed_on >= start, S.surveyed_on <= end)
    if office_ids:
        base = base.where(S.office_id.in_(list(office_ids)))
    if by == "office":
        key = Office.name
        q = base.add_columns(key).join(Office, Office.id == S.office_id)
    elif by == "officer":
        key = func.coalesce(User.full_name, "")
        q = base.add_columns(key).join(Case, Case.id == S.case_id).outerjoin(User, User.id == Case.officer_id)
    elif by == "month":
        key = extract("year", S.surveyed_on) * 100 + extract("month", S.surveyed_on)
        q = base.add_columns(key)
    else:
        key = Patent.patent_type
        q = base.add_columns(key).join(Case, Case.id == S.case_id).join(Patent, Patent.id == Case.patent_id)
    rows = tuple(_row(_key_text(by, k), n, *avgs) for n, *avgs, k in s.execute(q.group_by(key).order_by(key)))
    n, *avgs = s.execute(base).one()
    overall = _row("", n, *avgs)
    target = target_of(uow, office_id)
    return SatisfactionResults(start, end, by, rows, overall, target,
                               None if overall.score is None else overall.score >= target)


def _key_text(by: str, k) -> str:
    if by == "month":
        k = int(k)
        return f"{k // 100:04d}-{k % 100:02d}"
    return str(k or "")


def _row(key: str, n, score, *questions) -> ScoreRow:
    r = lambda v: None if v is None else round(float(v), 2)  # noqa: E731
    return ScoreRow(key, int(n or 0), r(score), *(r(q) for q in questions))


def period_score(session, office_ids, start: date, end: date) -> float | None:
    """The mean survey score of `office_ids` (None: every office) over the surveys made from `start` to `end`:
    the 保护社会满意度 line of the monthly report."""
    q = select(func.avg(S.score)).where(S.surveyed_on >= start, S.surveyed_on <= end)
    if office_ids is not None:
        q = q.where(S.office_id.in_(list(office_ids)))
    value = session.scalar(q)
    return None if value is None else round(float(value), 2)


def case_surveys(uow: UnitOfWork, *, case_id: int) -> tuple[SurveyInfo, ...]:
    q = (select(S, Party.name).join(Party, Party.id == S.party_id).where(S.case_id == case_id).order_by(S.id))
    return tuple(SurveyInfo(r.id, r.case_id, r.party_id, name, r.method, r.surveyed_on, r.procedure, r.timeliness,
                            r.fairness, r.result, r.score, r.comment) for r, name in uow.session.execute(q))


def survey_targets(uow: UnitOfWork, *, closed_from: date, closed_to: date,
                   limit: int = 2000) -> tuple[SurveyTarget, ...]:
    """The parties (requesters and respondents) of the cases closed in the period, and their survey if any."""
    closed = [st.value for st in CLOSED_STATES | {CaseState.ARCHIVED}]
    q = (select(Case.id, Case.case_number, Party.id, Party.name, Party.role, Party.phone, Case.closed_date,
                S.id, S.score)
         .join(Party, Party.case_id == Case.id)
         .outerjoin(S, (S.case_id == Case.id) & (S.party_id == Party.id))
         .where(Case.state.in_(closed), Case.closed_date >= closed_from, Case.closed_date <= closed_to,
                Party.role.in_([PartyRole.REQUESTER.value, PartyRole.RESPONDENT.value]))
         .order_by(Case.closed_date.desc(), Case.id, Party.position, Party.id).limit(limit))
    return tuple(SurveyTarget(cid, cn or "", pid, name, role, phone or "", cd, sid, score)
                 for cid, cn, pid, name, role, phone, cd, sid, score in uow.session.execute(q))
