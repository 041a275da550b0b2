"""Intake items on top of tests/stats_fixture.py, counted by hand for the statistics' intake figures.

    item 1  received 07-01  request    → case A   track fast (简案快办)
    item 2  received 08-03  request    → case G   track standard, 重复侵权 of case K
    item 3  received 06-01  request    → case B   no track decided
    item 4  received 10-20  consultation, not a case
Cases closed after 立案 in October: A (fast), G (standard, repeat), B and C (no track) — C has no item at all.
Intake items received in October: item 4 only.

Written straight to the register's table (with the stored time limits the services would write): the figures
read only these, and the intake services would open a new case for a request instead of linking the fixture's."""
from __future__ import annotations

from datetime import date, datetime

from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.services.intake.support import recompute_item_deadlines


def _store_limits(s) -> None:
    new = [o for o in s.new if isinstance(o, IntakeItem)]
    s.flush()
    for item in new:
        recompute_item_deadlines(s, item)


def add_items(new_uow, cases: dict[str, int]) -> None:
    rows = ((1, datetime(2026, 7, 1, 9), "request", "case", "A", "fast", None),
            (2, datetime(2026, 8, 3, 9), "request", "case", "G", "standard", "K"),
            (3, datetime(2026, 6, 1, 9), "request", "case", "B", None, None),
            (4, datetime(2026, 10, 20, 9), "consultation", "closed", None, None, None))
    with new_uow() as uow:
        s = uow.session
        office_id = s.get(Case, cases["A"]).office_id
        for seq, received, kind, state, case, track, repeat in rows:
            s.add(IntakeItem(office_id=office_id, version=1, number=f"收2026-{seq:04d}", year=2026, seq=seq,
                             kind=kind, channel="counter", state=state, received_at=received,
                             case_id=cases[case] if case else None, track=track, decided_on=received.date(),
                             repeat_case_id=cases[repeat] if repeat else None,
                             created_at=received, updated_at=received))
        _store_limits(s)
        uow.commit()


def add_open_items(new_uow, cases: dict[str, int], staff) -> None:
    """Items whose time limits are still running on TODAY (2026-11-02; 3 working days on: 11-05):

    item 5  received 10-27  request, open, 李娜        D1 5 working days → 11-03: due soon
    item 6  received 10-09  complaint, open, nobody    7 working days → 10-20: overdue
    item 7  received 10-28  consultation, open, 张伟   no time limit
    item 8  received 10-12  complaint closed 10-14, real-name reporter not told, 张伟: telling due 10-21, overdue
Intake items received in October with items 1–4: 4, 5, 6, 7 and 8."""
    rows = ((5, datetime(2026, 10, 27, 9), "request", "open", staff.officer2.id, None),
            (6, datetime(2026, 10, 9, 9), "complaint", "open", None, None),
            (7, datetime(2026, 10, 28, 9), "consultation", "open", staff.officer.id, None),
            (8, datetime(2026, 10, 12, 9), "complaint", "closed", staff.officer.id, date(2026, 10, 14)))
    with new_uow() as uow:
        s = uow.session
        office_id = s.get(Case, cases["A"]).office_id
        for seq, received, kind, state, handler, decided in rows:
            s.add(IntakeItem(office_id=office_id, version=1, number=f"收2026-{seq:04d}", year=2026, seq=seq,
                             kind=kind, channel="counter", state=state, received_at=received, handler_id=handler,
                             decided_on=decided, created_at=received, updated_at=received))
        _store_limits(s)
        uow.commit()
