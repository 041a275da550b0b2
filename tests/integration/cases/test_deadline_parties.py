"""我的期限 names the parties of every line (issue 16): a party's own period that party, the case's own limits
(立案审查期限 of a matter not yet registered, 结案期限) both sides."""
from __future__ import annotations

from datetime import date, datetime

from case_helpers import Driver
from ipcase.domain.enums import DeadlineCode
from ipcase.queries.cases.deadlines import my_deadlines

TODAY = date(2026, 11, 2)


def test_every_deadline_line_names_its_parties(new_uow, staff):
    Driver.new(new_uow, staff, datetime(2026, 10, 30, 10), respondents=2)
    with new_uow() as uow:
        rows = my_deadlines(uow, user_id=staff.officer.id, today=TODAY, everyone=True)
    assert rows and all(r.party_name for r in rows)
    d1 = next(r for r in rows if r.code == DeadlineCode.D1.value)
    assert d1.case_number is None
    requesters, respondents = d1.party_name.split(" 与 ")
    assert requesters == "宁波华辰科技有限公司"
    assert sorted(respondents.split("、")) == ["义乌市鼎盛贸易商行乙", "义乌市鼎盛贸易商行甲"]


def test_the_sides_are_named_in_the_parties_order_not_the_plans(new_uow, staff):
    """Both sides' names come in the parties' own order (position, then id) on both backends — the order the case
    shows them in — whatever order the rows were written or the plan reads them in."""
    from sqlalchemy import select, update

    from ipcase.db.models.cases import Party

    Driver.new(new_uow, staff, datetime(2026, 10, 30, 10), respondents=2)
    with new_uow() as uow:
        s = uow.session
        first, second = s.execute(select(Party.id, Party.name).where(Party.role == "respondent")
                                  .order_by(Party.position, Party.id)).all()
        # the later row moves to the front: the join must follow the positions, not the ids
        s.execute(update(Party).where(Party.id == second.id).values(position=-1))
        uow.commit()
    with new_uow() as uow:
        rows = my_deadlines(uow, user_id=staff.officer.id, today=TODAY, everyone=True)
    d1 = next(r for r in rows if r.code == DeadlineCode.D1.value)
    assert d1.party_name.split(" 与 ")[1] == f"{second.name}、{first.name}"
