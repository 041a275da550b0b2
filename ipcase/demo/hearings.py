"""Demo hearing rooms and hearings, through the real services: the office's three rooms; the cases whose
hearing the demo set before the register existed are entered in it (room, people); two hearings today for
the 工作台; a 回执 and a postponement request waiting for the panel; the record of today's first hearing being
written (attendance, statements, cross-examination of the evidence, a feature comparison)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from sqlalchemy import exists, select

from ipcase.db.models.cases import Case
from ipcase.db.models.evidence import EvidenceItem
from ipcase.db.models.hearings import Hearing
from ipcase.domain.enums import CaseState
from ipcase.domain.hearings.record import Side
from ipcase.domain.hearings.sessions import HearingStatus
from ipcase.dto.hearings import CrossExam, FeatureRow, HearingPlan, RoomInput
from ipcase.errors import HearingConflicts, TransitionRefused
from ipcase.queries.hearings.sessions import case_hearings
from ipcase.services.hearings import records as hearing_records
from ipcase.services.hearings import requests as hearing_requests
from ipcase.services.hearings import rooms as hearing_rooms
from ipcase.services.hearings import sessions as hearings

ROOMS = (RoomInput("第一口审庭", "行政服务中心三楼", 30, True, False), RoomInput("第二口审庭", "行政服务中心三楼", 20, True),
         RoomInput("远程口审室", "行政服务中心四楼", 8, True, True))
OVERRIDE = "当事人书面同意按此时间参加口头审理"


def _cases(b, state: CaseState) -> list[tuple[int, datetime | None, str]]:
    with b.new_uow() as uow:
        return list(uow.session.execute(select(Case.id, Case.hearing_at, Case.hearing_room)
                                        .where(Case.state == state.value).order_by(Case.id)))


def _schedule(b, officer, case_id: int, start: datetime, room_ids: list[int], now: datetime):
    for room_id in room_ids:
        plan = HearingPlan(room_id, start, start + timedelta(hours=2), public=True,
                           announced_on=now.date() - timedelta(days=5))
        try:
            with b.new_uow() as uow:
                version = uow.session.get(Case, case_id).version
            return b.run(hearings.schedule_hearing, actor_id=officer.id, case_id=case_id, expected_version=version,
                         plan=plan, override_reason=OVERRIDE, now=now)
        except HearingConflicts:
            continue    # the room or a panel member is taken then: the next room
        except TransitionRefused:
            return None  # e.g. a suspended case
    return None


def build_hearings(b) -> None:
    admin, officer, clerk = b.users["admin"], b.users["zhangwei"], b.users["sunli"]
    rooms = [b.run(hearing_rooms.save_room, actor_id=admin.id, data=r) for r in ROOMS]
    by_name = {r.name: r.id for r in rooms}
    now = datetime.combine(b.today, time(8, 30))
    refs = []
    for case_id, hearing_at, room in _cases(b, CaseState.HEARING_SCHEDULED):
        if hearing_at is None or hearing_at.date() < b.today or not b.cal.is_workday(hearing_at.date()):
            continue
        order = [by_name[room]] if room in by_name else []
        ref = _schedule(b, officer, case_id, hearing_at, order + [r.id for r in rooms if r.id not in order], now)
        if ref is not None:
            refs.append(ref)
    if b.cal.is_workday(b.today):
        hours = [time(14, 0), time(16, 0)]
        for case_id, _at, _room in _cases(b, CaseState.INVESTIGATION):
            ref = _schedule(b, officer, case_id, datetime.combine(b.today, hours[0]), [r.id for r in rooms], now)
            if ref is not None:
                refs.insert(0, ref)
                hours.pop(0)
            if not hours:
                break
    for i, ref in enumerate(refs[:4]):
        with b.new_uow() as uow:
            parties = case_hearings(uow, ref.case_id, today=b.today).sessions[-1].parties
        party = parties[-1].party_id
        if i % 2 == 0:
            b.run(hearing_requests.record_return_slip, actor_id=clerk.id, hearing_id=ref.id, party_id=party,
                  received_on=b.today, attending=True, attendees="法定代表人及委托代理人各一名", now=now)
        else:
            b.run(hearing_requests.file_postponement, actor_id=clerk.id, hearing_id=ref.id, party_id=party,
                  received_on=b.today, reason="委托代理人同日另有庭审，申请延期一周", now=now)


def build_todays_hearing_record(b) -> None:
    """Today's hearing (one with evidence if possible) is being recorded; on a day without hearings, the next
    one's record is opened in advance (the script and who is expected)."""
    clerk = b.users["sunli"]
    with b.new_uow() as uow:
        rows = uow.session.execute(
            select(Hearing.id, Hearing.starts_at, exists().where(EvidenceItem.case_id == Hearing.case_id))
            .where(Hearing.status == HearingStatus.SCHEDULED.value,
                   Hearing.starts_at >= datetime.combine(b.today, time(0, 0))).order_by(Hearing.starts_at)).all()
    if not rows:
        return
    today = [r for r in rows if r.starts_at.date() == b.today]
    hearing_id, starts_at, _evidence = max(today, key=lambda r: r[2]) if today else rows[0]
    info = b.run(hearing_records.open_record, actor_id=clerk.id, hearing_id=hearing_id,
                 now=min(starts_at, datetime.combine(b.today, time(8, 40))))
    if not today:
        return
    now = starts_at.replace(minute=starts_at.minute + 40)
    sections = {**info.content.sections,
                "requester_statement": "请求人陈述：被请求人未经许可，制造、销售与涉案专利相同的产品，请求责令其立即停止"
                                       "侵权行为，销毁库存产品及专用模具。",
                "respondent_answer": "被请求人答辩：被控侵权产品系从他人处合法购进，具有合法来源；且产品的折叠结构与涉案"
                                     "专利不同，不落入保护范围。"}
    cross = tuple(CrossExam(e.id, e.label, "admitted", "admitted", "disputed" if i else "admitted",
                            "对关联性有异议，该证据不能证明被请求人实施了制造行为。" if i else "无异议。",
                            "合议组将结合其他证据综合认定。") for i, e in enumerate(info.evidence[:2]))
    features = (FeatureRow("1", "A. 座椅框架由两组交叉支杆构成", "由两组交叉支杆构成", "same", "相同"),
                FeatureRow("1", "B. 支杆铰接处设有限位卡扣", "铰接处设有弹性卡销", "equivalent", "以基本相同的手段实现相同功能，构成等同"))
    attendees = tuple(replace(a, present=a.side != Side.OTHER, identity_checked=True) for a in info.content.attendees)
    content = replace(info.content, sections=sections, attendees=attendees, cross_exams=cross, features=features)
    b.run(hearing_records.save_record, actor_id=clerk.id, record_id=info.id, expected_version=info.version,
          content=content, now=now)
