"""Demo recusal applications, through the real services: a granted application with its replacement and
decision document, a rejected one, one still pending (its member stepping aside, the panel blocked)."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.cases import Case, PanelSeat, Party
from ipcase.domain.enums import CaseState, PanelRole, PartyRole
from ipcase.dto.recusal import RecusalDecisionInput, RecusalInput
from ipcase.errors import IpcaseError
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


def build_recusals(b) -> None:
    _recusals(b)
