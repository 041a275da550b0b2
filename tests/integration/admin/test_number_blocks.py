"""A register's counter moved by a block (a field laptop's 文号 at check-out) and by single numbers, in any order:
the block is the next `count` numbers, nothing skipped or given twice, per office, kind and year
(ipcase.services.numbering: one upsert per draw)."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import Sequence
from ipcase.services.numbering import next_number, peek_number, reserve_block


def test_a_block_on_a_new_counter_starts_at_one_and_the_next_number_follows_it(new_uow, staff):
    office = staff.office.id
    with new_uow() as uow:
        s = uow.session
        assert reserve_block(s, office_id=office, kind="doc:hearing_notice", year=2026, count=5) == (1, 5)
        assert next_number(s, office_id=office, kind="doc:hearing_notice", year=2026) == 6
        assert reserve_block(s, office_id=office, kind="doc:hearing_notice", year=2026, count=3) == (7, 9)
        assert next_number(s, office_id=office, kind="doc:hearing_notice", year=2027) == 1
        assert next_number(s, office_id=office, kind="doc:answer_notice", year=2026) == 1
        uow.commit()
    with new_uow() as uow:
        assert peek_number(uow.session, office_id=office, kind="doc:hearing_notice", year=2026) == 10
        rows = uow.session.execute(select(Sequence.kind, Sequence.year, Sequence.last_value)
                                   .where(Sequence.office_id == office).order_by(Sequence.kind, Sequence.year)).all()
        assert [tuple(r) for r in rows] == [("doc:answer_notice", 2026, 1), ("doc:hearing_notice", 2026, 9),
                                            ("doc:hearing_notice", 2027, 1)]
