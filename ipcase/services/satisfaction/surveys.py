"""Record a party's answers to the satisfaction survey after the case closed (by phone or on the paper form).
The score is computed once, here, by `ipcase.domain.satisfaction.scoring.survey_score`, and stored with the
answers so that results per office, officer, month and case type are SQL averages."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ipcase.db.models.cases import Party
from ipcase.db.models.satisfaction import SatisfactionSurvey
from ipcase.domain.enums import CLOSED_STATES, CaseState
from ipcase.domain.satisfaction.scoring import QUESTIONS, survey_score
from ipcase.dto.satisfaction import SurveyInfo, SurveyInput
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.common import actor, load_case, record
from ipcase.uow import UnitOfWork

ACTION = "satisfaction_survey"
METHODS = ("phone", "paper")


def record_survey(uow: UnitOfWork, *, actor_id: int, case_id: int, data: SurveyInput, now: datetime) -> SurveyInfo:
    s = uow.session
    user = actor(s, actor_id, "survey.record", ACTION)
    case = load_case(s, case_id)
    if CaseState(case.state) not in CLOSED_STATES | {CaseState.ARCHIVED}:
        raise ValidationFailed("case", "survey_case_open", case.state)
    errors: list[ValidationFailed] = []
    party = s.get(Party, data.party_id)
    if party is None or party.case_id != case.id:
        errors.append(ValidationFailed("party_id", "choice", str(data.party_id)))
    if data.method not in METHODS:
        errors.append(ValidationFailed("method", "choice", data.method))
    if data.surveyed_on > now.date():
        errors.append(ValidationFailed("surveyed_on", "future"))
    elif case.closed_date and data.surveyed_on < case.closed_date:
        errors.append(ValidationFailed("surveyed_on", "before_closing"))
    answers = {q: getattr(data, q) for q in QUESTIONS}
    try:
        score = survey_score(answers)
    except ValidationErrors as e:
        errors += e.errors
    if party is not None and s.scalar(select(SatisfactionSurvey.id).where(
            SatisfactionSurvey.case_id == case.id, SatisfactionSurvey.party_id == party.id)):
        errors.append(ValidationFailed("party_id", "already_surveyed"))
    if errors:
        raise ValidationErrors(errors)
    row = SatisfactionSurvey(office_id=case.office_id, case_id=case.id, party_id=party.id, method=data.method,
                             surveyed_on=data.surveyed_on, score=score, comment=data.comment.strip(),
                             recorded_by=user.id, recorded_at=now, **answers)
    s.add(row)
    s.flush()
    record(s, case, user, "satisfaction_survey", now, party=party.name, score=score, method=data.method)
    uow.commit()
    return SurveyInfo(row.id, case.id, party.id, party.name, row.method, row.surveyed_on, row.procedure,
                      row.timeliness, row.fairness, row.result, row.score, row.comment)
