"""Demo recusal applications and hearing records, through the real services: a granted application with its
replacement and decision document, a rejected one, one still pending (its member stepping aside, the panel
blocked), and the record of today's first hearing being written (attendance, statements, cross-examination of
the evidence, a feature comparison)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from sqlalchemy import exists, select

from ipcase.db.models.cases import Case, PanelSeat, Party
from ipcase.db.models.evidence import EvidenceItem
from ipcase.db.models.hearings import Hearing
from ipcase.domain.enums import CaseState, PanelRole, PartyRole
from ipcase.domain.hearings.record import Side
from ipcase.domain.hearings.sessions import HearingStatus
from ipcase.dto.hearings import CrossExam, FeatureRow
from ipcase.dto.recusal import RecusalDecisionInput, RecusalInput
from ipcase.errors import IpcaseError
from ipcase.services.hearings import records as hearing_records
from ipcase.services.recusal import applications as recusal

GROUNDS = (("other_interest", "该审理员曾在被请求人的关联公司担任技术顾问。", True),
           ("party_or_relative", "该审理员与被请求人法定代表人系表兄弟关系。", False),
           ("gifts_or_meetings", "被申请人曾在口审前私下会见被请求人的代理人。", None))


def _candidates(b) -> list[tuple[int, int, object, int, set[int]]]:
    """Open cases whose requester has the notice naming the panel: (case, requester, served on, a member,
    everyone seated)."""
    with b.new_uow() as uow:
        rows = uow.session.execute(
            select(Case.id, Party.id, Party.notice_served, PanelSeat.user_id)
            .join(Party, Party.case_id == Case.id).join(PanelSeat, PanelSeat.case_id == Case.id)
            .where(Case.state.in_([CaseState.ANSWER_PERIOD.value, CaseState.INVESTIGATION.value]),
                   Party.role == PartyRole.REQUESTER.value, Party.notice_served.is_not(None),
                   PanelSeat.role == PanelRole.MEMBER.value)
            .order_by(Case.id.desc(), PanelSeat.id)).all()
        seated = {cid: set(uow.session.scalars(select(PanelSeat.user_id).where(PanelSeat.case_id == cid)))
                  for cid, *_rest in rows}
    seen, out = set(), []
    for case_id, party_id, served, member in rows:
        if case_id not in seen:
            seen.add(case_id)
            out.append((case_id, party_id, served, member, seated[case_id]))
    return out


def _recusals(b) -> None:
    clerk, head = b.users["sunli"], b.users["liuyang"]
    spares = [b.users[name].id for name in ("zhaomin", "chengang", "huanglei", "lina")]
    for (case_id, party_id, served, member, seated), (ground, reason, grant) in zip(_candidates(b), GROUNDS,
                                                                                    strict=False):
        received = min(b.wd(served, 2), b.today)
        data = RecusalInput(party_id, "member", (ground,), reason, received, served, challenged_user_id=member)
        try:
            app = b.run(recusal.apply_for_recusal, actor_id=clerk.id, case_id=case_id, data=data,
                        now=b.at(received))
            if grant is None:
                continue     # left pending: the member steps aside and the case waits for the decision
            decided = min(b.wd(received, 2), b.today)
            decision = RecusalDecisionInput(
                grant, "经审查，申请理由成立，依法决定回避。" if grant else "经审查，申请人未提供证据证明其主张，申请理由不成立。",
                decided, replacement_user_id=next(u for u in spares if u not in seated) if grant else None)
            b.run(recusal.decide_recusal, actor_id=head.id, application_id=app.id, decision=decision,
                  now=b.at(decided))
        except IpcaseError:
            continue         # a case the demo left where no application can be made


def _record_of_todays_hearing(b) -> None:
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


def build_records(b) -> None:
    _recusals(b)
    _record_of_todays_hearing(b)
