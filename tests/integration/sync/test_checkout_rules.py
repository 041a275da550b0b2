"""Who may check out what (issue 14, services.sync.checkouts.check_out) on SQLite and PostgreSQL: one's own
records for oneself, any record for anyone only as 部门负责人; archived cases and decided intake items stay; 文号
blocks only of document types the office issues; "my open cases" takes the holder's open records."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from intake_helpers import item_input
from recusal_helpers import case_in_investigation

from case_helpers import Driver, at
from ipcase import commands
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.errors import PermissionDenied, ValidationErrors, ValidationFailed

DAY = date(2026, 11, 2)
NOW = at(DAY)


def _check_out(new_uow, who, holder=None, **kw):
    args = dict(actor_id=who.id, user_id=(holder or who).id, laptop_name="执法笔记本-02", until=DAY + timedelta(days=9),
                laptop_public_key=b"k" * 32, now=NOW)
    args.update(kw)
    with new_uow() as uow:
        return commands.run("sync.check_out", uow, **args)


def _set(new_uow, model, rid, **values):
    with new_uow() as uow:
        row = uow.session.get(model, rid)
        for k, v in values.items():
            setattr(row, k, v)
        uow.commit()


def test_only_ones_own_records_unless_department_head(new_uow, staff):
    mine = Driver.new(new_uow, staff, NOW)    # 承办人: the registering officer
    with pytest.raises(PermissionDenied):
        _check_out(new_uow, staff.clerk, cases=(mine.ref.id,))
    with pytest.raises(ValidationFailed) as e:
        _check_out(new_uow, staff.officer2, cases=(mine.ref.id,))
    assert (e.value.field, e.value.reason) == ("cases", "not_yours")
    with pytest.raises(PermissionDenied):      # an officer does not check out for someone else
        _check_out(new_uow, staff.officer2, staff.officer, cases=(mine.ref.id,))
    with pytest.raises(ValidationFailed) as e:  # a clerk cannot hold records on a laptop
        _check_out(new_uow, staff.dept_head, staff.clerk, cases=(mine.ref.id,))
    assert e.value.field == "user_id"
    manifest = _check_out(new_uow, staff.dept_head, staff.officer2, cases=(mine.ref.id,))
    assert (manifest.user_id, [r.record_id for r in manifest.records]) == (staff.officer2.id, [mine.ref.id])


def test_archived_cases_and_decided_items_stay_and_inputs_are_checked(new_uow, staff):
    c = Driver.new(new_uow, staff, NOW)
    _set(new_uow, Case, c.ref.id, state="archived")
    with pytest.raises(ValidationFailed) as e:
        _check_out(new_uow, staff.officer, cases=(c.ref.id,))
    assert (e.value.field, e.value.reason) == ("cases", "archived")
    with new_uow() as uow:
        item = commands.run("intake.register", uow, actor_id=staff.officer.id, data=item_input(), now=NOW)
    _set(new_uow, IntakeItem, item.id, state="closed")
    with pytest.raises(ValidationFailed) as e:
        _check_out(new_uow, staff.officer, intake=(item.id,))
    assert (e.value.field, e.value.reason) == ("intake", "finished")
    with pytest.raises(ValidationFailed) as e:
        _check_out(new_uow, staff.officer)
    assert (e.value.field, e.value.reason) == ("cases", "required")
    with pytest.raises(ValidationErrors) as many:
        _check_out(new_uow, staff.officer, cases=(c.ref.id,), numbers={"no_such_document": 2},
                   until=DAY - timedelta(days=1), laptop_name=" ", laptop_public_key=b"short")
    assert {(f.field, f.reason) for f in many.value.errors} == {
        ("numbers.no_such_document", "choice"), ("until", "past"), ("laptop_name", "required"),
        ("laptop_public_key", "invalid")}


def test_my_open_records_and_a_block_of_numbers(new_uow, staff):
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    on_panel = Driver.new(new_uow, staff, NOW)
    with new_uow() as uow:
        item = commands.run("intake.register", uow, actor_id=staff.officer.id, data=item_input(), now=NOW)
    # officer2 sits on c's panel; the other case and the item are the officer's
    manifest = _check_out(new_uow, staff.officer2, mine=True, numbers={"doc:investigation_notice": 2})
    assert {(r.kind, r.record_id) for r in manifest.records} == {("case", c.ref.id)}
    assert [(b.kind, b.year, b.first, b.last) for b in manifest.blocks] == [("doc:investigation_notice", 2026, 1, 2)]
    again = _check_out(new_uow, staff.officer, mine=True, numbers={"investigation_notice": 1})
    assert {(r.kind, r.record_id) for r in again.records} == {("case", on_panel.ref.id), ("intake", item.id)}
    assert [(b.first, b.last) for b in again.blocks] == [(3, 3)]   # after the first laptop's block


def test_another_offices_record_is_not_found(new_uow):
    from office_helpers import make_tree

    from ipcase.errors import NotFound

    tree = make_tree(new_uow)
    city_case = Driver.new(new_uow, tree.city, NOW)
    with pytest.raises(NotFound):   # a county's 部门负责人 does not reach the city's records
        _check_out(new_uow, tree.county_a.dept_head, tree.county_a.officer, cases=(city_case.ref.id,))
    with new_uow() as uow:
        from sqlalchemy import func, select

        from ipcase.db.models.sync import Checkout
        assert uow.session.scalar(select(func.count()).select_from(Checkout)) == 0
