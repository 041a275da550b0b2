"""The 工作台's intake time limits read as rows (issue 19, S19c): `intake_deadlines` gives the same lines as the
ORM reading of the items with their targets and patents — targets in their order, the first patent, the handler,
the submitter when no target is named — after registrations, edits, decisions and notices, on both backends."""
from __future__ import annotations

from datetime import date, datetime

from intake_helpers import item_input, register
from sqlalchemy import or_, select, update
from sqlalchemy.orm import selectinload

from ipcase.db.models.admin import User
from ipcase.db.models.intake import IntakeItem, IntakeTarget
from ipcase.domain.enums import DeadlineStatus, PartyKind
from ipcase.domain.identifiers import make_patent_number
from ipcase.domain.intake.items import CloseReason, IntakeKind, TriageOutcome
from ipcase.dto.intake import IntakeTargetInput, TriageInput
from ipcase.loaders.intake import item_deadlines, load_limits, time_limit_running
from ipcase.loaders.settings import PerOffice, load_calendar
from ipcase.queries.intake import register as reg
from ipcase.services.intake import items as intake

NOW = datetime(2026, 11, 2, 9, 30)
TODAY = date(2026, 11, 4)


def _orm(uow, *, user_id: int, today: date, everyone: bool):
    """The reading before S19c: ORM items with their targets and patents."""
    s = uow.session
    office_id = select(User.office_id).where(User.id == user_id).scalar_subquery()
    q = (select(IntakeItem, User.full_name).outerjoin(User, User.id == IntakeItem.handler_id)
         .where(IntakeItem.office_id == office_id, time_limit_running())
         .options(selectinload(IntakeItem.targets), selectinload(IntakeItem.patents)))
    if not everyone:
        q = q.where(or_(IntakeItem.handler_id == user_id, IntakeItem.handler_id.is_(None)))
    cal, limits = load_calendar(s), PerOffice(lambda o: load_limits(s, o))
    return tuple(reg._deadline_info(item, d, today=today, cal=cal, handler_name=name or "")   # noqa: SLF001
                 for item, name in s.execute(q) for d in item_deadlines(item, cal, limits[item.office_id])
                 if d.status == DeadlineStatus.OPEN)


def _same_as_the_orm(new_uow, staff) -> dict:
    """Every viewer and scope: the rows equal the ORM reading's; returns the office's lines by item number."""
    key = lambda d: (d.intake_id, d.code, d.due_date)   # noqa: E731 — the items come in the plan's order
    for user in (staff.officer, staff.officer2, staff.clerk, staff.dept_head):
        for everyone in (False, True):
            with new_uow() as uow:
                rows = reg.intake_deadlines(uow, user_id=user.id, today=TODAY, everyone=everyone)
                expected = _orm(uow, user_id=user.id, today=TODAY, everyone=everyone)
            assert sorted(rows, key=key) == sorted(expected, key=key), (user.id, everyone)
    with new_uow() as uow:
        rows = reg.intake_deadlines(uow, user_id=staff.dept_head.id, today=TODAY, everyone=True)
    return {d.intake_number: d for d in rows}


def _target(name: str) -> IntakeTargetInput:
    return IntakeTargetInput(name, PartyKind.UNINCORPORATED, "")


def test_intake_limits_read_as_rows_are_the_orm_readings(new_uow, staff):
    second_patent = make_patent_number(2022, 1, 7654321)
    two = register(new_uow, staff.officer, targets=(_target("乙商行"), _target("甲商行")),
                   patent_numbers=(second_patent, item_input().patent_numbers[0]))
    three = register(new_uow, staff.officer2, kind=IntakeKind.COMPLAINT,
                     targets=(_target("丙商行"), _target("丁商行"), _target("戊商行")))
    report = register(new_uow, staff.clerk, kind=IntakeKind.COUNTERFEIT, anonymous=False, targets=(),
                      patent_numbers=())
    with new_uow() as uow:   # the later target moved to the front: the names follow the positions, not the ids
        uow.session.execute(update(IntakeTarget).where(IntakeTarget.item_id == three.id,
                                                       IntakeTarget.name == "戊商行").values(position=-1))
        uow.commit()
    shown = _same_as_the_orm(new_uow, staff)
    assert len(shown) == 3
    assert shown[two.number].party_name == "乙商行、甲商行" and shown[two.number].patent_number == second_patent
    assert shown[three.number].party_name == "戊商行、丙商行、丁商行"
    assert shown[report.number].party_name == "宁波华辰科技有限公司"   # no target: the submitter
    assert shown[report.number].patent_number == ""

    with new_uow() as uow:   # edited: the targets reordered and one dropped, the patents changed
        two = intake.update_item(uow, actor_id=staff.officer.id, item_id=two.id, expected_version=two.version,
                                 data=item_input(targets=(_target("甲商行"),)), now=NOW)
    with new_uow() as uow:
        two = intake.extend_decision(uow, actor_id=staff.dept_head.id, item_id=two.id, expected_version=two.version,
                                     reason="涉及多项权利要求的技术比对", now=NOW)
    with new_uow() as uow:   # decided: a real-name reporter is still to be told (a limit of its own)
        intake.triage(uow, actor_id=staff.officer.id, item_id=report.id, expected_version=report.version, now=NOW,
                      decision=TriageInput(outcome=TriageOutcome.CLOSE, close_reason=CloseReason.ANSWERED,
                                           reason_text="已电话答复"))
    with new_uow() as uow:   # decided and its reporter told: no limit runs any more
        three = intake.triage(uow, actor_id=staff.officer2.id, item_id=three.id, expected_version=three.version,
                              now=NOW, decision=TriageInput(outcome=TriageOutcome.CLOSE,
                                                            close_reason=CloseReason.ANSWERED, reason_text="已电话答复"))
    with new_uow() as uow:
        intake.record_notification(uow, actor_id=staff.officer2.id, item_id=three.id, expected_version=three.version,
                                   notified_on=date(2026, 11, 2), method="电话", now=NOW)
    shown = _same_as_the_orm(new_uow, staff)
    assert shown[two.number].party_name == "甲商行"
    assert shown[two.number].patent_number == item_input().patent_numbers[0]
    assert shown[report.number].code == "intake_notify"
    assert three.number not in shown
