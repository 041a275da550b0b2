"""The ruling's absence sentence follows the rule the no-show action obeys (M25 art 26, D7; issue 20): a party
counts as notified of the hearing — "经本局书面通知，无正当理由未到庭" — only when the notice of the current hearing
time reached him at least the set number of working days before it (ipcase.loaders.notices.lawfully_notified_parties,
read by queries/documents/ruling_facts). A notice served the day before is on record, but is not a lawful one.
(Through the services a hearing in such a party's absence is refused anyway; this holds the ruling's own reading
to the same rule.)"""
from __future__ import annotations

from datetime import date, timedelta

from hearing_helpers import serve_notice
from test_ruling_from_record import HEARING, SHOP, act, registered

from case_helpers import at
from ipcase.domain.enums import PartyRole
from ipcase.dto.hearings import HearingPlan, RoomInput
from ipcase.queries.documents.ruling_facts import ruling_facts
from ipcase.services.hearings import rooms, sessions


def test_only_a_notice_served_in_time_counts_for_the_ruling(new_uow, staff):
    c = registered(new_uow, staff, kind=2, title="一种折叠式便携座椅", respondents=(SHOP,), acts=("make", "sell"))
    act(c, "answer_period_over", {}, date(2025, 10, 27))
    with new_uow() as uow:
        room = rooms.save_room(uow, actor_id=staff.admin.id, data=RoomInput(f"口审庭{c.ref.id}", place="三楼"))
    d = c.detail(date(2025, 10, 28))
    with new_uow() as uow:
        sessions.schedule_hearing(uow, actor_id=staff.officer.id, case_id=c.ref.id, expected_version=d.version,
                                  plan=HearingPlan(room.id, HEARING, HEARING + timedelta(hours=2)),
                                  override_reason="通知当日送达", now=at(date(2025, 10, 28)))
    requester = next(p.id for p in d.parties if p.role == PartyRole.REQUESTER)
    shop = next(p.id for p in d.parties if p.role == PartyRole.RESPONDENT)
    serve_notice(new_uow, staff, c.ref.id, requester, date(2025, 10, 28), at(date(2025, 10, 28)))  # in time
    serve_notice(new_uow, staff, c.ref.id, shop, date(2025, 11, 4), at(date(2025, 11, 4)))  # Tue, hearing Wed
    with new_uow() as uow:
        facts = ruling_facts(uow.session, c.ref.id, staff.officer.office_id)
    assert facts["hearing_notice_served"] == frozenset({requester})
