"""外出办案 status (ipcase.queries.sync): check-outs with their records, the warning after `sync.warn_days` without a
check-in, the overdue flag, open conflicts keeping an ended check-out listed, the conflict queue with both sides,
a record's 外出办案 line, and a laptop copy's outbox — on SQLite and PostgreSQL, from rows written through the ORM."""
from __future__ import annotations

import json
from datetime import date, datetime

from ipcase.db.models.sync import Checkout, CheckoutRecord, LaptopState, OutboxOperation, SyncConflict
from ipcase.loaders.settings import store_value
from ipcase.queries.sync.conflicts import conflict_queue
from ipcase.queries.sync.records import record_checkout
from ipcase.queries.sync.status import laptop_status, sync_status

NOW = datetime(2026, 11, 20, 10, 0)


def _checkout(new_uow, staff, *, laptop, user, created, state="out", until=None, last=None, records=(),
              conflicts=()):
    with new_uow() as uow:
        s = uow.session
        c = Checkout(office_id=staff.office.id, user_id=user.id, laptop_name=laptop, laptop_public_key=b"k" * 32,
                     package_key=b"p" * 32, created_at=created, created_by_id=user.id, until=until, state=state,
                     last_checkin_at=last, end_reason="")
        s.add(c)
        s.flush()
        for kind, record_id, number, returned in records:
            s.add(CheckoutRecord(checkout_id=c.id, kind=kind, record_id=record_id, number=number,
                                 version_at_checkout=1, expected_version=1, returned_at=returned))
        for i, (reason, state_) in enumerate(conflicts):
            s.add(SyncConflict(checkout_id=c.id, op_id=f"op-{c.id}-{i}", seq=i + 1, command="cases.add_note",
                               inputs_json=json.dumps({"command": "cases.add_note",
                                                       "inputs": {"case_id": 7, "note": "现场检查完毕"}}),
                               laptop_at=created, laptop_user_id=user.id, record_kind="case", record_id=7,
                               reason_code=reason, reason_detail="version 3 ≠ 2",
                               office_side_json=json.dumps({"state": "立案", "version": 3}),
                               laptop_side_json=json.dumps({"version": 2}), state=state_, decision_reason=""))
        uow.commit()
        return c.id


def test_office_status_lists_checkouts_with_records_warnings_and_conflicts(new_uow, staff):
    fresh = _checkout(new_uow, staff, laptop="执法笔记本-01", user=staff.officer, created=datetime(2026, 11, 18, 9),
                      until=date(2026, 11, 30),
                      records=[("intake", 3, "临-2026-0001", None), ("case", 7, "测试市知裁字〔2026〕7号", None)])
    quiet = _checkout(new_uow, staff, laptop="执法笔记本-02", user=staff.officer2, created=datetime(2026, 11, 1, 9),
                      until=date(2026, 11, 15), last=datetime(2026, 11, 10, 17),
                      records=[("mediation", 2, "测试市知调字〔2026〕2号", None)])
    _checkout(new_uow, staff, laptop="执法笔记本-03", user=staff.officer3, created=datetime(2026, 11, 1, 9),
              state="returned", records=[("case", 9, "测试市知裁字〔2026〕9号", datetime(2026, 11, 5, 9))])
    ended = _checkout(new_uow, staff, laptop="执法笔记本-04", user=staff.officer3, created=datetime(2026, 11, 2, 9),
                      state="ended", records=[("case", 8, "测试市知裁字〔2026〕8号", None)],
                      conflicts=[("checkout_ended", "open"), ("record_changed", "dropped")])

    with new_uow() as uow:
        st = sync_status(uow, office_id=staff.office.id, now=NOW)
    assert st.laptop is None and st.warn_days == 7
    # the returned check-out without open conflicts is not listed; the ended one is, for its open conflict
    assert [c.id for c in st.checkouts] == [fresh, quiet, ended]
    by_id = {c.id: c for c in st.checkouts}
    f = by_id[fresh]
    assert (f.user_name, f.laptop_name, f.until, f.state) == ("张伟", "执法笔记本-01", date(2026, 11, 30), "out")
    assert [(r.kind, r.number) for r in f.records] == [("case", "测试市知裁字〔2026〕7号"), ("intake", "临-2026-0001")]
    assert (f.days_without_checkin, f.warn, f.overdue) == (2, False, False)
    q = by_id[quiet]
    assert (q.days_without_checkin, q.warn, q.overdue) == (10, True, True)
    e = by_id[ended]
    assert (e.open_conflicts, e.warn, e.overdue) == (1, False, False)
    assert st.open_conflicts == 1
    assert [c.id for c in st.warnings] == [quiet]

    # The office's own setting moves the warning.
    with new_uow() as uow:
        store_value(uow.session, staff.office.id, "sync.warn_days", 14)
        uow.commit()
    with new_uow() as uow:
        st = sync_status(uow, office_id=staff.office.id, now=NOW)
    assert st.warn_days == 14 and not any(c.warn for c in st.checkouts)
    assert [c.id for c in st.warnings] == [quiet]        # still out after its until


def test_conflict_queue_shows_both_sides_and_only_open_ones(new_uow, staff):
    cid = _checkout(new_uow, staff, laptop="执法笔记本-01", user=staff.officer, created=datetime(2026, 11, 18, 9),
                    records=[("case", 7, "测试市知裁字〔2026〕7号", None)],
                    conflicts=[("record_changed", "open"), ("record_changed", "adapted")])
    with new_uow() as uow:
        queue = conflict_queue(uow, office_id=staff.office.id)
        everything = conflict_queue(uow, office_id=staff.office.id, open_only=False)
    assert len(queue) == 1 and len(everything) == 2
    c = queue[0]
    assert (c.checkout_id, c.laptop_name, c.laptop_user_name, c.record_number) == (
        cid, "执法笔记本-01", "张伟", "测试市知裁字〔2026〕7号")
    assert c.inputs == {"case_id": 7, "note": "现场检查完毕"}
    assert c.office_side == {"state": "立案", "version": 3} and c.laptop_side == {"version": 2}
    assert (c.reason_code, c.state, c.version) == ("record_changed", "open", 1)


def test_a_record_is_out_while_its_checkout_is_out_and_unreturned(new_uow, staff):
    _checkout(new_uow, staff, laptop="执法笔记本-01", user=staff.officer, created=datetime(2026, 11, 18, 9),
              until=date(2026, 11, 30), records=[("case", 7, "A", None), ("case", 8, "B", datetime(2026, 11, 19))])
    _checkout(new_uow, staff, laptop="执法笔记本-02", user=staff.officer2, created=datetime(2026, 11, 1, 9),
              state="ended", records=[("intake", 5, "C", None)])
    with new_uow() as uow:
        out = record_checkout(uow, kind="case", record_id=7)
        assert record_checkout(uow, kind="case", record_id=8) is None      # returned by a check-in
        assert record_checkout(uow, kind="intake", record_id=5) is None    # its check-out was ended
        assert record_checkout(uow, kind="mediation", record_id=7) is None
    assert (out.user_name, out.laptop_name, out.since, out.until, out.on_this_laptop) == (
        "张伟", "执法笔记本-01", datetime(2026, 11, 18, 9), date(2026, 11, 30), False)


def test_a_laptop_copy_shows_its_outbox(new_uow, staff):
    with new_uow() as uow:
        s = uow.session
        s.add(LaptopState(checkout_id=41, office_id=staff.office.id, office_name="测试市市场监督管理局",
                          office_url="postgresql://office/ipcase", user_id=staff.officer.id,
                          laptop_name="执法笔记本-01", private_key=b"k" * 32, package_key=b"p" * 32,
                          checked_out_at=datetime(2026, 11, 18, 9), until=date(2026, 11, 30)))
        for i, state in enumerate(["applied", "pending", "pending", "conflict"]):
            s.add(OutboxOperation(op_id=f"op-{i}", command="cases.add_note", inputs_json="{}",
                                  at=datetime(2026, 11, 19, 9, i), user_id=staff.officer.id, state=state,
                                  message="record_changed" if state == "conflict" else ""))
        uow.commit()
    with new_uow() as uow:
        lap = laptop_status(uow)
        st = sync_status(uow, office_id=staff.office.id, now=NOW)
        marker = record_checkout(uow, kind="intake", record_id=10**12 + 1)
    assert st.laptop == lap and st.checkouts == ()
    assert (lap.checkout_id, lap.user_name, lap.laptop_name, lap.office_url) == (
        41, "张伟", "执法笔记本-01", "postgresql://office/ipcase")
    assert lap.counts == {"applied": 1, "pending": 2, "conflict": 1} and lap.pending == 2
    assert [o.seq for o in lap.outbox] == [4, 3, 2, 1]          # newest first
    assert lap.outbox[0].message == "record_changed" and lap.outbox[0].user_name == "张伟"
    assert marker.on_this_laptop and marker.laptop_name == "执法笔记本-01"


def test_the_warning_days_are_an_administrators_setting_with_a_lock(new_uow, staff):
    import pytest

    from ipcase import commands
    from ipcase.errors import ConcurrentModification, PermissionDenied, ValidationFailed
    from ipcase.queries.sync.status import warn_days_page
    with new_uow() as uow:
        assert warn_days_page(uow, office_id=staff.office.id) == (7, 0)
    for bad in (0, 366, True):
        with new_uow() as uow, pytest.raises(ValidationFailed) as refused:
            commands.run("sync.update_settings", uow, actor_id=staff.admin.id, warn_days=bad, expected_version=0)
        assert (refused.value.field, refused.value.reason) == ("warn_days", "range")
    with new_uow() as uow, pytest.raises(PermissionDenied):
        commands.run("sync.update_settings", uow, actor_id=staff.officer.id, warn_days=3, expected_version=0)
    with new_uow() as uow:
        assert commands.run("sync.update_settings", uow, actor_id=staff.admin.id, warn_days=10,
                            expected_version=0) == 1
    with new_uow() as uow, pytest.raises(ConcurrentModification):
        commands.run("sync.update_settings", uow, actor_id=staff.admin.id, warn_days=3, expected_version=0)
    with new_uow() as uow:
        assert warn_days_page(uow, office_id=staff.office.id) == (10, 1)
        assert sync_status(uow, office_id=staff.office.id, now=NOW).warn_days == 10
