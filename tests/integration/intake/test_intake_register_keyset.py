"""Issue 19: the 收案登记 register pages by key (migration 0029_registers), on SQLite and PostgreSQL.

Pages read one after another (each after the previous page's key) concatenate to exactly the list the OFFSET
query gives and to the order computed here from the base rows (so the triggers that copy the targets' and the
handler's names onto intake_items are checked), for every sortable column and both directions, with ties and
empty keys — and still after inserts, edits (a target renamed, targets removed, a handler renamed or changed)
and deletes. The count is its own query and agrees."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from intake_helpers import register
from sqlalchemy import delete, select, update

from ipcase.db.models.admin import User
from ipcase.db.models.intake import IntakeItem, IntakeTarget
from ipcase.domain.enums import PartyKind
from ipcase.domain.intake.items import IntakeChannel, IntakeKind
from ipcase.dto.intake import IntakeFilter, IntakeTargetInput
from ipcase.queries.intake.register import SORT_KEYS, count_items, list_items
from tests.keyset_helpers import all_pages, python_order

TODAY = date(2026, 11, 2)
KINDS = (IntakeKind.REQUEST, IntakeKind.COMPLAINT, IntakeKind.CONSULTATION)
CHANNELS = (IntakeChannel.COUNTER, IntakeChannel.LETTER, IntakeChannel.ONLINE)
NAMES = ("甲贸易商行", "乙科技有限公司", "甲贸易商行", "丙电子厂")


@pytest.fixture
def items(new_uow, staff):
    """14 items through the service (ties on every key), then handlers, tracks and missing targets by ORM edits."""
    ids = []
    for n in range(14):
        targets = tuple(IntakeTargetInput(NAMES[(n + k) % 4], PartyKind.LEGAL) for k in range(1 + n % 2))
        ref = register(new_uow, staff.clerk, kind=KINDS[n % 3], channel=CHANNELS[n % 3], targets=targets,
                       received_at=datetime(2026, 10, 1 + n % 5, 9, 0))
        ids.append(ref.id)
    with new_uow() as uow:
        s = uow.session
        for n, item_id in enumerate(ids):
            item = s.get(IntakeItem, item_id)
            item.handler_id = (staff.officer.id, staff.officer2.id, None)[n % 3]
            item.track = ("fast", None, "complex")[n % 3] if n % 4 else None
        s.flush()
        for target in s.scalars(select(IntakeTarget).where(IntakeTarget.item_id.in_(ids[10:12]))):
            s.delete(target)
        uow.commit()
    return ids


def expected_keys(s) -> dict[str, dict[int, object]]:
    """Each item's sort keys computed from the base rows."""
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    targets: dict[int, list] = {}
    for item_id, position, tid, name in s.execute(
            select(IntakeTarget.item_id, IntakeTarget.position, IntakeTarget.id, IntakeTarget.name)):
        targets.setdefault(item_id, []).append((position, tid, name))
    keys: dict[str, dict[int, object]] = {f: {} for f in SORT_KEYS}
    for i in s.scalars(select(IntakeItem)):
        for field, value in (
                ("received_at", i.received_at), ("number", i.seq), ("kind", i.kind), ("channel", i.channel),
                ("state", i.state), ("track", i.track), ("handler_name", names.get(i.handler_id)),
                ("targets", "、".join(n for _, _, n in sorted(targets.get(i.id, []))) or None)):
            keys[field][i.id] = value
    return keys


def paged(new_uow, size: int, **kw) -> list[int]:
    def read(uow, after):
        return list_items(uow, IntakeFilter(limit=size, after=after, count=False, **kw), today=TODAY)
    return [r.id for r in all_pages(new_uow, read)]


def check_every_order(new_uow) -> None:
    with new_uow() as uow:
        keys = expected_keys(uow.session)
        total = count_items(uow, IntakeFilter())
    assert total == len(keys["number"])
    for field in SORT_KEYS:
        for descending in (False, True):
            want = python_order(keys[field], descending)
            assert paged(new_uow, 4, sort=field, descending=descending) == want, (field, descending)
            with new_uow() as uow:   # the OFFSET form (export, old callers) gives the same rows
                whole = list_items(uow, IntakeFilter(sort=field, descending=descending, limit=1000), today=TODAY)
                part = list_items(uow, IntakeFilter(sort=field, descending=descending, limit=3, offset=5),
                                  today=TODAY)
            assert [r.id for r in whole.rows] == want and whole.total == total, (field, descending)
            assert [r.id for r in part.rows] == want[5:8], (field, descending)
    with new_uow() as uow:   # what the row shows is the key it sorts by
        rows = list_items(uow, IntakeFilter(limit=1000), today=TODAY).rows
    assert {r.id: r.targets or None for r in rows} == keys["targets"]
    assert {r.id: r.handler_name or None for r in rows} == keys["handler_name"]


def test_pages_by_key_equal_the_offset_list_on_every_column(new_uow, items):
    check_every_order(new_uow)


def test_the_keys_follow_inserts_edits_and_deletes(new_uow, staff, items):
    register(new_uow, staff.clerk, received_at=datetime(2026, 10, 3, 9, 0),
             targets=(IntakeTargetInput("丁新增公司", PartyKind.LEGAL),))
    with new_uow() as uow:
        s = uow.session
        target = s.scalars(select(IntakeTarget).where(IntakeTarget.item_id == items[0])).first()
        target.name = "戊改名商行"                                             # a target renamed
        s.get(IntakeItem, items[1]).handler_id = staff.officer3.id            # another handler
        s.add(IntakeTarget(item_id=items[10], position=0, name="己补录公司", name_normalized="己补录公司"))
        s.execute(update(User).where(User.id == staff.officer.id).values(full_name="周改名"))   # handler renamed
        s.delete(s.get(IntakeItem, items[5]))                                  # an item deleted
        s.execute(delete(IntakeTarget).where(IntakeTarget.item_id == items[6]))  # targets removed in bulk
        uow.commit()
    check_every_order(new_uow)
    with new_uow() as uow:
        got = dict(uow.session.execute(select(IntakeItem.id, IntakeItem.sort_handler)
                                       .where(IntakeItem.id.in_([items[0], items[1]]))).all())
    assert got == {items[0]: "周改名", items[1]: staff.officer3.full_name}


def test_a_search_pages_by_key_too(new_uow, items):
    with new_uow() as uow:
        want = [r.id for r in list_items(uow, IntakeFilter(text="电子厂", limit=1000), today=TODAY).rows]
        assert count_items(uow, IntakeFilter(text="电子厂")) == len(want)
    assert 0 < len(want) < len(items)
    assert paged(new_uow, 3, text="电子厂") == want
    since = IntakeFilter(received_from=date(2026, 10, 3), sort="targets", descending=False)
    with new_uow() as uow:
        want = [r.id for r in list_items(uow, since, today=TODAY).rows]
    assert paged(new_uow, 2, received_from=date(2026, 10, 3), sort="targets", descending=False) == want



def test_refresh_sort_keys_makes_the_intake_keys_right_again(new_uow, engine, items):
    """What a bulk load or a laptop copy does with the triggers off: search_index.refresh_sort_keys recomputes the
    intake items' copied keys too (issue 19, H19d)."""
    from ipcase.db.search_index import refresh_sort_keys
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE intake_items SET sort_targets = 'x', sort_handler = NULL")
        refresh_sort_keys(conn)
    check_every_order(new_uow)


def test_a_rows_patents_are_joined_in_their_order_not_the_plans(new_uow, staff):
    """The register row's 专利号 joins an item's patents in their order (position, then id) on both backends — the
    order its detail shows them in — whatever order the rows were written or the plan reads them in."""
    from ipcase.db.models.intake import IntakePatent
    from ipcase.domain.identifiers import make_patent_number

    first, second = make_patent_number(2021, 2, 1111111), make_patent_number(2022, 1, 2222222)
    ref = register(new_uow, staff.clerk, patent_numbers=(first, second))
    with new_uow() as uow:
        later = uow.session.scalar(select(IntakePatent.id).where(IntakePatent.item_id == ref.id,
                                                                 IntakePatent.number == second))
        uow.session.execute(update(IntakePatent).where(IntakePatent.id == later).values(position=-1))
        uow.commit()
    with new_uow() as uow:
        row = next(r for r in list_items(uow, IntakeFilter(), today=TODAY).rows if r.id == ref.id)
    assert row.patents == f"{second}、{first}"
