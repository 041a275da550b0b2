"""An updated row's after image, on SQLite, is its before image with the columns the UPDATE sent
(ipcase.audit.inserted.values_updated, used by capture._after_flush): that computed image must be the row read
back, on both databases (the computation is checked on PostgreSQL too, where the capture still reads back)."""
from __future__ import annotations

from audit_helpers import a_written_room, several_features
from sqlalchemy import event, inspect, literal
from sqlalchemy.orm import Session

from ipcase.audit import capture, rows
from ipcase.audit.canonical import DEFAULT_ALGORITHM
from ipcase.audit.inserted import values_updated
from ipcase.db.models.hearings import HearingRoom


def _compare_updates(seen: dict):
    """An after_flush listener run before the audit's own: each update image computed from the before image and
    the values sent is compared with the row read back."""
    def check(session: Session, _context) -> None:
        state = session.info.get(capture.FLUSH)
        if not state:
            return
        for (name, key), (op, pk) in state["written"].items():
            if op != "update":
                continue
            changed, before = state["updated"].get((name, key)), state["before"].get((name, key))
            if changed is None or before is None:
                seen.setdefault("read back", set()).add(name)
                continue
            back = rows.read_images(session.connection(), rows.table(name), [pk], DEFAULT_ALGORITHM)[key]
            seen.setdefault(name, []).append({**before, **changed} == back or (key, changed, before, back))
    return check


def test_update_images_from_the_values_sent_equal_the_rows_read_back(new_uow):
    seen: dict = {}
    listener = _compare_updates(seen)
    event.listen(Session, "after_flush", listener, insert=True)
    try:
        several_features(new_uow)
    finally:
        event.remove(Session, "after_flush", listener)
    seen.pop("read back", None)
    wrong = [r for checks in seen.values() for r in checks if r is not True]
    assert wrong == []
    # the case (state, dates, version), its parties (served, answered) and documents were computed, not read
    assert {"cases", "parties"} <= set(seen)


def _room_updates(new_uow, steps) -> list:
    """What values_updated says of each UPDATE of a hearing room (its mapper counts its version) as `steps`
    (each changing the room, then flushed) run."""
    sent: list = []

    def listener(mapper, _connection, target) -> None:
        sent.append(values_updated(mapper, inspect(target), rows.table("hearing_rooms")))

    with a_written_room(new_uow) as (s, room):
        event.listen(HearingRoom, "after_update", listener)
        try:
            for step in steps:
                step(room)
                s.flush()
        finally:
            event.remove(HearingRoom, "after_update", listener)
    return sent


def test_the_columns_sent_and_the_counted_version(new_uow):
    def place(room):
        room.place = "三楼"

    def same_place_new_seats(room):
        room.place = "三楼"    # the same value again: not sent
        room.seats = 12

    assert _room_updates(new_uow, [place, same_place_new_seats]) == [
        {"place": "三楼", "version": 2}, {"seats": 12, "version": 3}]


def test_a_value_the_database_computes_or_converts_is_read_back(new_uow):
    def expression(room):
        room.name = literal("第二审理庭")   # a SQL expression: the database computes it

    def a_bool_in_an_integer_column(room):
        room.seats = True                   # the database gives back 1

    assert _room_updates(new_uow, [expression, a_bool_in_an_integer_column]) == [None, None]
