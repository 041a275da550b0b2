"""The images the audit capture does not read from the database are the ones it would read, on SQLite and
PostgreSQL: an inserted row's after image taken from the values its INSERT sent (ipcase.audit.inserted; a value or
column that could come back otherwise is read back instead), and the before image of a row this transaction
wrote already (capture._known), also after a savepoint is rolled back."""
from __future__ import annotations

import json
from datetime import date

from audit_helpers import a_written_room, several_features
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from case_helpers import at
from ipcase.audit import capture, rows
from ipcase.audit.canonical import DEFAULT_ALGORITHM
from ipcase.audit.inserted import values_sent
from ipcase.db.models.cases import Agent, Party
from ipcase.db.models.evidence import EvidenceFile
from ipcase.db.models.satisfaction import SatisfactionSurvey


def _compare_each_flush(seen: dict):
    """An after_flush listener run before the audit's own: each image the flush took from the values sent is
    compared with the row read back."""
    def check(session: Session, _context) -> None:
        state = session.info.get(capture.FLUSH)
        if not state:
            return
        for (name, key), img in state["sent"].items():
            if state["written"].get((name, key), (None,))[0] != "insert":
                continue
            pk = state["written"][(name, key)][1]
            back = rows.read_images(session.connection(), rows.table(name), [pk], DEFAULT_ALGORITHM)[key]
            seen.setdefault(name, []).append(img == back or (key, img, back))
        for (name, _key), (op, _pk) in state["written"].items():
            if op == "insert" and (name, _key) not in state["sent"]:
                seen.setdefault("read back", set()).add(name)
    return check


def _compare_before_images(seen: dict):
    """A before_flush listener run after the audit's own: each before image it holds is the row read now."""
    def check(session: Session, _context, _instances) -> None:
        state = session.info.get(capture.FLUSH)
        known = session.info.get(capture.KNOWN, {})
        for (name, key), img in (state or {}).get("before", {}).items():
            t = rows.table(name)
            pk = [c.name for c in t.primary_key.columns]
            values = tuple(json.loads(key))
            back = rows.read_images(session.connection(), t, [values], DEFAULT_ALGORITHM).get(key)
            assert len(values) == len(pk)
            seen.setdefault("known" if (name, key) in known else "read", []).append(img == back or (name, key))
    return check


def test_images_from_the_insert_equal_the_rows_read_back(new_uow):
    seen: dict = {}
    listener = _compare_each_flush(seen)
    before: dict = {}
    before_listener = _compare_before_images(before)
    event.listen(Session, "after_flush", listener, insert=True)
    event.listen(Session, "before_flush", before_listener)
    try:
        several_features(new_uow)
    finally:
        event.remove(Session, "after_flush", listener)
        event.remove(Session, "before_flush", before_listener)
    read_back = seen.pop("read back", set())
    # before images: taken from what this transaction wrote (the case a gesture changes twice) or read
    assert [r for checks in before.values() for r in checks if r is not True] == []
    assert before.get("known") and before.get("read")
    wrong = [r for checks in seen.values() for r in checks if r is not True]
    assert wrong == []
    # the case, its parties, timeline, documents … came from the insert; a file name (FileName rewrites it on the
    # way in) was read back
    assert {"cases", "parties", "timeline", "documents"} <= set(seen)
    assert "evidence_files" in read_back


def test_a_value_that_could_come_back_otherwise_is_read_back():
    def sent(obj):
        return values_sent(inspect(obj).mapper, inspect(obj), rows.table(type(obj).__tablename__))

    party = Party(id=1, case_id=2, role="requester", kind="company", name="某公司", name_normalized="某公司",
                  position=0, id_number="", legal_rep="", legal_rep_title="", address="", phone="",
                  credit_code="", no_domicile_in_prc=False)
    assert sent(party) is not None
    party.case_id = True          # an int column given a bool: the database gives back 1
    assert sent(party) is None
    party.case_id, party.notice_served = 2, at(date(2026, 11, 2))   # a Date column given a datetime
    assert sent(party) is None
    # a column left to its server default is read back; one given a value is not
    assert sent(Agent(id=1, party_id=1, name="李律师", organization="", phone="")) is None
    assert sent(Agent(id=1, party_id=1, name="李律师", organization="", phone="", address="")) is not None
    # a type that rewrites a value on the way in, or stores it inexactly, is always read back
    assert sent(EvidenceFile(id=1, name="a.pdf")) is None
    assert sent(SatisfactionSurvey(id=1, score=4.5)) is None


def test_a_savepoint_rolled_back_forgets_what_it_wrote(new_uow):
    """A row written, changed in a savepoint that is rolled back, then changed again: its entry's before image is
    the row as the savepoint left it (read again), not as the savepoint had written it."""
    with a_written_room(new_uow) as (s, room):
        assert capture.KNOWN in s.info
        savepoint = s.begin_nested()
        room.place = "三楼"
        s.flush()
        savepoint.rollback()
        assert capture.KNOWN not in s.info
        room.place = "二楼"
        s.flush()
        pending = list(s.info[capture.PENDING])
    place = [json.loads(e["changes"]).get("place") for e in pending if e["record_kind"] == "hearing_rooms"]
    assert place[-1] == ["", "二楼"]
