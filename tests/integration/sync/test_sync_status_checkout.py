"""The 外出办案 read side after a real check-out (ipcase.sync.checkout.check_out_to, SQLite and PostgreSQL office, a
laptop SQLite file): what the 检出 dialog offers (open records not out yet, their holders, the documents whose 文号
a laptop may reserve), the status per laptop, the case's 外出办案 line, and the laptop copy's own status."""
from __future__ import annotations

from datetime import date, datetime

from intake_helpers import item_input

from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.engine import make_engine
from ipcase.queries.sync.candidates import checkout_choices
from ipcase.queries.sync.records import record_checkout
from ipcase.queries.sync.status import sync_status
from ipcase.sync.checkout import check_out_to
from ipcase.uow import uow_factory

NOW = at(date(2026, 11, 2))


def test_status_and_choices_follow_a_real_checkout(engine, new_uow, staff, tmp_path):
    mine = Driver.new(new_uow, staff, NOW)
    with new_uow() as uow:
        item = commands.run("intake.register", uow, actor_id=staff.officer.id, data=item_input(), now=NOW)

    with new_uow() as uow:
        before = checkout_choices(uow, office_id=staff.office.id)
    offered = {(c.kind, c.id) for c in before.records}
    assert {("case", mine.ref.id), ("intake", item.id)} <= offered
    case_row = next(c for c in before.records if (c.kind, c.id) == ("case", mine.ref.id))
    assert staff.officer.id in case_row.holders and case_row.officer_name == "张伟"
    assert (staff.officer.id, "张伟") in before.officers
    documents = [d.key for d in before.documents]
    assert documents[0] == "preservation_decision" and "ruling" in documents
    assert "credit_listing_notice" not in documents          # issued by its own step, never by number block

    laptop_url = f"sqlite:///{tmp_path / 'laptop.db'}"
    result = check_out_to(engine, laptop_url, actor_id=staff.officer.id, user_id=staff.officer.id,
                          cases=(mine.ref.id,), intake=(item.id,), laptop_name="执法笔记本-01",
                          until=date(2026, 11, 20), numbers={"preservation_decision": 2},
                          now=datetime(2026, 11, 2, 11, 0))

    with new_uow() as uow:
        after = checkout_choices(uow, office_id=staff.office.id)
        status = sync_status(uow, office_id=staff.office.id, now=datetime(2026, 11, 12, 9, 0))
        line = record_checkout(uow, kind="case", record_id=mine.ref.id)
    assert not {("case", mine.ref.id), ("intake", item.id)} & {(c.kind, c.id) for c in after.records}
    [out] = status.checkouts
    assert (out.id, out.laptop_name, out.user_name, out.until) == (
        result.manifest.checkout_id, "执法笔记本-01", "张伟", date(2026, 11, 20))
    assert {(r.kind, r.record_id) for r in out.records} == {("case", mine.ref.id), ("intake", item.id)}
    assert (out.days_without_checkin, out.warn, out.overdue) == (10, True, False)
    assert status.laptop is None
    assert (line.user_name, line.laptop_name, line.since, line.on_this_laptop) == (
        "张伟", "执法笔记本-01", datetime(2026, 11, 2, 11, 0), False)

    # The laptop copy knows what it is: its own status, and every record it holds is out on it.
    laptop_engine = make_engine(laptop_url)
    try:
        with uow_factory(laptop_engine)() as uow:
            here = sync_status(uow, office_id=staff.office.id, now=datetime(2026, 11, 3, 9, 0))
            held = record_checkout(uow, kind="case", record_id=mine.ref.id)
        assert here.laptop is not None and here.laptop.checkout_id == result.manifest.checkout_id
        assert (here.laptop.laptop_name, here.laptop.user_name, here.laptop.pending) == ("执法笔记本-01", "张伟", 0)
        assert held.on_this_laptop and held.until == date(2026, 11, 20)
        [block] = here.laptop.numbers                      # the 文号 reserved for it, none used yet
        assert (block.kind, block.year, block.last - block.first + 1, block.left) == (
            "doc:preservation_decision", 2026, 2, 2)
    finally:
        laptop_engine.dispose()
