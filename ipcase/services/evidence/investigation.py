"""Write side of investigation (调查取证): 调查笔录 and 现场检查笔录, 抽样取证 and 证据登记保存 with the decision
on preserved items (D11), technical appraisals whose duration is excluded from the closing limit, the
technical investigator's written opinion, and extensions of a party's evidence period (D10).

Excluded periods are real Pause rows created in the same transaction as the record that causes them, so
the closing limit (D12), the deadline lists and the statistics all see them like any other pause."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, DeadlineRow, PanelSeat, Party, Pause
from ipcase.db.models.evidence import Appraisal, EvidenceExtension, InvestigationRecord, Seizure, TechOpinion
from ipcase.domain.enums import DeadlineCode, PanelRole, PauseKind
from ipcase.domain.evidence.rules import (
    Disposal,
    RecordKind,
    SeizureKind,
    check_officers,
    clean_items,
    extension_span,
)
from ipcase.domain.extensions import check_evidence_extension_days
from ipcase.domain.periods import compute_due
from ipcase.domain.permissions import may
from ipcase.dto.evidence import AppraisalInput, ExtensionInput, FileUpload, RecordInput, SeizureInput
from ipcase.errors import NotFound, TransitionRefused, ValidationErrors, ValidationFailed
from ipcase.loaders.rows import existing
from ipcase.loaders.settings import load_calendar
from ipcase.services.common import actor, recompute_deadlines, record
from ipcase.services.evidence.register import file_rows, open_case
from ipcase.uow import UnitOfWork


def _not_before_registration(case: Case, field: str, day: date, today: date) -> list[ValidationFailed]:
    if day > today:
        return [ValidationFailed(field, "future", day.isoformat())]
    if case.registered_date and day < case.registered_date:
        return [ValidationFailed(field, "before_registered", case.registered_date.isoformat())]
    return []


def _party_of(s: Session, case: Case, party_id: int | None, field: str = "party_id") -> Party:
    party = s.get(Party, party_id) if party_id is not None else None
    if party is None or party.case_id != case.id:
        raise ValidationFailed(field, "required" if party_id is None else "choice", value=party_id)
    return party


def add_record(uow: UnitOfWork, *, actor_id: int, case_id: int, data: RecordInput, now: datetime) -> int:
    """A 调查笔录 or 现场检查（勘验）笔录; refused with a field error unless two officers took part."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "add_investigation_record")
    case = open_case(s, case_id, "add_investigation_record")
    errors: list[ValidationFailed] = []
    try:
        kind = RecordKind(data.kind)
    except ValueError:
        raise ValidationFailed("kind", "choice", value=data.kind) from None
    try:
        officers = check_officers(data.officer_ids)
        for uid in officers:
            u = s.get(User, uid)
            if u is None or not u.active or not may(u.role, "case.procedure"):
                errors.append(ValidationFailed("officer_ids", "choice", value=uid))
    except ValidationFailed as e:
        errors.append(e)
    for name in ("place", "subject", "content"):
        if not str(getattr(data, name)).strip():
            errors.append(ValidationFailed(name, "required"))
    if data.ended_at < data.started_at:
        errors.append(ValidationFailed("ended_at", "before_start", data.started_at.isoformat()))
    errors += _not_before_registration(case, "started_at", data.started_at.date(), now.date())
    if errors:
        raise ValidationErrors(errors)
    row = InvestigationRecord(case_id=case.id, kind=kind.value, started_at=data.started_at, ended_at=data.ended_at,
                              place=data.place.strip(), officer_ids=list(officers), subject=data.subject.strip(),
                              witness=data.witness.strip(), informed=data.informed.strip(),
                              content=data.content.strip(), created_by=user.id, created_at=now)
    s.add(row)
    s.flush()
    record(s, case, user, f"investigation_{kind.value}", now, place=row.place, at=data.started_at)
    uow.commit()
    return row.id


def add_seizure(uow: UnitOfWork, *, actor_id: int, case_id: int, data: SeizureInput, now: datetime) -> int:
    """抽样取证 or 证据登记保存 with its list of items; a preservation starts D11 (decide within 7 days)."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "add_seizure")
    case = open_case(s, case_id, "add_seizure")
    try:
        kind = SeizureKind(data.kind)
    except ValueError:
        raise ValidationFailed("kind", "choice", value=data.kind) from None
    errors = _not_before_registration(case, "decision_date", data.decided_on, now.date())
    try:
        party = _party_of(s, case, data.party_id)
    except ValidationFailed as e:
        errors.append(e)
    if not data.place.strip():
        errors.append(ValidationFailed("place", "required"))
    try:
        items = clean_items(data.items)
    except ValidationErrors as e:
        errors += e.errors
    if errors:
        raise ValidationErrors(errors)
    row = Seizure(case_id=case.id, kind=kind.value, party_id=party.id, decided_on=data.decided_on,
                  from_time=data.from_time, place=data.place.strip(), items=items, disposal_note="",
                  created_by=user.id, created_at=now)
    s.add(row)
    s.flush()
    record(s, case, user, kind.value, now, party=party.name, items=len(items))
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return row.id


def dispose_preservation(uow: UnitOfWork, *, actor_id: int, seizure_id: int, disposal: str, decided_on: date,
                         note: str = "", now: datetime) -> int:
    """The decision on preserved evidence (解除登记保存 or another measure); it meets D11."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "dispose_preservation")
    row = s.get(Seizure, seizure_id)
    if row is None or row.kind != SeizureKind.PRESERVATION:
        raise NotFound("seizure", seizure_id)
    case = open_case(s, row.case_id, "dispose_preservation")
    if row.disposed_on is not None:
        raise TransitionRefused("dispose_preservation", case.state, "already_disposed")
    try:
        kind = Disposal(disposal)
    except ValueError:
        raise ValidationFailed("disposal", "choice", value=disposal) from None
    errors = _not_before_registration(case, "decision_date", decided_on, now.date())
    if decided_on < row.decided_on:
        errors.append(ValidationFailed("decision_date", "before_start", row.decided_on.isoformat()))
    if kind == Disposal.OTHER and not note.strip():
        errors.append(ValidationFailed("disposal_note", "required"))
    if errors:
        raise ValidationErrors(errors)
    row.disposed_on, row.disposal, row.disposal_note = decided_on, kind.value, note.strip()
    s.flush()
    record(s, case, user, "preservation_disposed", now, disposal=kind.value, note=note.strip())
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return row.id


def commission_appraisal(uow: UnitOfWork, *, actor_id: int, case_id: int, data: AppraisalInput,
                         now: datetime) -> int:
    """技术鉴定委托: from the commissioning date the closing clock stops (a Pause of kind 'appraisal')."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "commission_appraisal")
    case = open_case(s, case_id, "commission_appraisal")
    errors = _not_before_registration(case, "commissioned_on", data.commissioned_on, now.date())
    for name in ("institution", "matters"):
        if not getattr(data, name).strip():
            errors.append(ValidationFailed(name, "required"))
    if data.due_on is not None and data.due_on < data.commissioned_on:
        errors.append(ValidationFailed("due_on", "before_start", data.commissioned_on.isoformat()))
    if errors:
        raise ValidationErrors(errors)
    pause = Pause(kind=PauseKind.APPRAISAL.value, start_date=data.commissioned_on,
                  note=f"技术鉴定：{data.institution.strip()}")
    case.pauses.append(pause)
    s.flush()
    row = Appraisal(case_id=case.id, institution=data.institution.strip(), matters=data.matters.strip(),
                    materials=data.materials.strip(), commissioned_on=data.commissioned_on, due_on=data.due_on,
                    conclusion="", pause_id=pause.id, created_by=user.id, created_at=now)
    s.add(row)
    s.flush()
    record(s, case, user, "appraisal_commissioned", now, institution=row.institution,
           commissioned_on=row.commissioned_on)
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return row.id


def receive_appraisal_report(uow: UnitOfWork, *, actor_id: int, appraisal_id: int, report_on: date,
                             conclusion: str, now: datetime) -> int:
    """The 鉴定意见 arrived: its pause ends that day (exclusive), so D12 moves by exactly the days paused."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "receive_appraisal_report")
    row = existing(s, Appraisal, "appraisal", appraisal_id)
    case = open_case(s, row.case_id, "receive_appraisal_report")
    if row.report_on is not None:
        raise TransitionRefused("receive_appraisal_report", case.state, "report_already_received")
    errors = []
    if report_on > now.date():
        errors.append(ValidationFailed("report_on", "future", report_on.isoformat()))
    if report_on < row.commissioned_on:
        errors.append(ValidationFailed("report_on", "before_start", row.commissioned_on.isoformat()))
    if not conclusion.strip():
        errors.append(ValidationFailed("conclusion", "required"))
    if errors:
        raise ValidationErrors(errors)
    row.report_on, row.conclusion = report_on, conclusion.strip()
    pause = s.get(Pause, row.pause_id) if row.pause_id else None
    if pause is not None and pause.end_date is None:
        pause.end_date = report_on
    s.flush()
    record(s, case, user, "appraisal_report", now, institution=row.institution, report_on=report_on)
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return row.id


def add_tech_opinion(uow: UnitOfWork, *, actor_id: int, case_id: int, submitted_on: date, opinion: str,
                     files: tuple[FileUpload, ...] = (), now: datetime) -> int:
    """The 技术调查官's written opinion, kept with its files. It is advice to the panel: the investigator
    has no vote (TIO art 3), so nothing that counts votes reads it."""
    s = uow.session
    user = actor(s, actor_id, "case.service", "add_tech_opinion")
    case = open_case(s, case_id, "add_tech_opinion")
    investigator = s.scalar(select(PanelSeat.user_id).where(
        PanelSeat.case_id == case.id, PanelSeat.role == PanelRole.TECH_INVESTIGATOR.value))
    if investigator is None:
        raise TransitionRefused("add_tech_opinion", case.state, "no_tech_investigator")
    errors = _not_before_registration(case, "submitted_on", submitted_on, now.date())
    if not opinion.strip():
        errors.append(ValidationFailed("tech_opinion", "required"))
    if errors:
        raise ValidationErrors(errors)
    row = TechOpinion(case_id=case.id, investigator_id=investigator, submitted_on=submitted_on,
                      opinion=opinion.strip(), created_at=now, files=file_rows(user, files, now))
    s.add(row)
    s.flush()
    record(s, case, user, "tech_opinion", now, submitted_on=submitted_on, files=len(files))
    uow.commit()
    return row.id


def extend_evidence_period(uow: UnitOfWork, *, actor_id: int, case_id: int, data: ExtensionInput,
                           now: datetime) -> int:
    """The office grants a party's request to extend its 举证期限 (M25 art 54): the party's D10 moves on by
    `days` (rolled off rest days) and the extension span is excluded from the closing limit (M25 art 37)."""
    s = uow.session
    user = actor(s, actor_id, "case.procedure", "extend_evidence_period")
    case = open_case(s, case_id, "extend_evidence_period")
    party = _party_of(s, case, data.party_id)
    current = s.scalar(select(DeadlineRow).where(DeadlineRow.case_id == case.id, DeadlineRow.party_id == party.id,
                                                 DeadlineRow.code == DeadlineCode.D10.value))
    if current is None:
        raise TransitionRefused("extend_evidence_period", case.state, "evidence_period_not_started")
    errors = []
    try:
        days = check_evidence_extension_days(data.days)
    except ValidationFailed as e:
        errors.append(e)
    if data.requested_on > current.due_date:
        errors.append(ValidationFailed("requested_on", "after_due", current.due_date.isoformat()))
    if data.decided_on < data.requested_on:
        errors.append(ValidationFailed("decision_date", "before_start", data.requested_on.isoformat()))
    errors += _not_before_registration(case, "decision_date", data.decided_on, now.date())
    if errors:
        raise ValidationErrors(errors)
    new_due = compute_due(current.due_date, days, "days", load_calendar(s)).date
    start, end = extension_span(current.due_date, new_due)
    pause = Pause(kind=PauseKind.EVIDENCE_EXTENSION.value, start_date=start, end_date=end,
                  note=f"{party.name}申请延长举证期限{days}日")
    case.pauses.append(pause)
    s.flush()
    row = EvidenceExtension(case_id=case.id, party_id=party.id, requested_on=data.requested_on,
                            decided_on=data.decided_on, days=days, reason=data.reason.strip(),
                            old_due=current.due_date, new_due=new_due, pause_id=pause.id, decided_by=user.id,
                            created_at=now)
    s.add(row)
    s.flush()
    record(s, case, user, "evidence_period_extended", now, party=party.name, days=days,
           old_due=current.due_date, new_due=new_due)
    recompute_deadlines(s, case, now.date())
    uow.commit()
    return row.id
