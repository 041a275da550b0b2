"""Issue 19: the case list pages by key and searches by index, on SQLite and PostgreSQL.

- Pages fetched one after another (each starting after the previous page's key) concatenate to the whole list in
  the right order, for every sortable column and both directions, with ties and empty keys; the order is checked
  against keys computed here from the base rows (so the triggers that copy them onto cases are checked too).
- The indexed search returns exactly the rows of the unindexed LIKE scan, after inserts, edits and deletes, and
  user text is never read as FTS5 query syntax."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, or_, select, update

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, DeadlineRow, Party, Patent
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase
from ipcase.db.search_index import grams, rebuild, refresh_sort_keys, refresh_sort_keys_sql, register
from ipcase.demo.bulk import generate
from ipcase.dto.cases import CaseFilter
from ipcase.queries import search
from ipcase.queries.cases.register import SORT_KEYS, count_cases, list_cases
from ipcase.queries.search import text_key
from tests.keyset_helpers import all_pages, python_order

TODAY = date(2026, 11, 2)


@pytest.fixture
def register_rows(new_uow):
    """~90 generated cases (Core inserts: the triggers, not the services, fill the keys), then ties and gaps."""
    generate(new_uow, cases=90, today=TODAY, seed=11, years=1)
    with new_uow() as uow:
        s = uow.session
        ids = sorted(s.scalars(select(Case.id)))
        # ties on every text key, and cases without an officer
        firsts = s.scalars(select(Party.id).where(Party.case_id.in_(ids[:12]))).all()
        s.execute(update(Party).where(Party.id.in_(firsts)).values(name="同名科技有限公司"))
        s.execute(update(Case).where(Case.id.in_(ids[20:30])).values(officer_id=None))
        s.execute(update(Case).where(Case.id.in_(ids[30:40])).values(received_date=date(2026, 6, 1)))
        uow.commit()
    return ids


def expected_keys(s) -> dict[int, object]:
    """Each case's sort keys computed from the base rows, per sortable field."""
    parties: dict[tuple[int, str], list] = {}
    for case_id, role, position, pid, name in s.execute(
            select(Party.case_id, Party.role, Party.position, Party.id, Party.name)):
        parties.setdefault((case_id, role), []).append((position, pid, name))
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    patents = {p.id: p for p in s.scalars(select(Patent))}
    d12 = {case_id: due for case_id, due in s.execute(
        select(DeadlineRow.case_id, DeadlineRow.due_date).where(DeadlineRow.code == "D12"))}

    def joined(case_id, role):
        got = sorted(parties.get((case_id, role), []))
        return "、".join(n for _, _, n in got) or None

    keys: dict[str, dict[int, object]] = {f: {} for f in SORT_KEYS}
    for c in s.scalars(select(Case)):
        p = patents[c.patent_id]
        for field, value in (
                ("case_number", c.case_number), ("state", c.state), ("patent_number", p.number),
                ("patent_type", p.patent_type), ("patent_title", p.title), ("officer_name", names.get(c.officer_id)),
                ("received_date", c.received_date), ("registered_date", c.registered_date),
                ("closed_date", c.closed_date), ("closing_due", d12.get(c.id)),
                ("requesters", joined(c.id, "requester")), ("respondents", joined(c.id, "respondent"))):
            keys[field][c.id] = value
    return keys


def paged(new_uow, size: int, **kw) -> list[int]:
    def read(uow, after):
        return list_cases(uow, CaseFilter(limit=size, after=after, count=False, **kw), today=TODAY)
    return [r.id for r in all_pages(new_uow, read)]


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_concatenate_to_the_whole_ordered_list(new_uow, register_rows, descending):
    with new_uow() as uow:
        keys = expected_keys(uow.session)
        assert count_cases(uow, CaseFilter()) == len(register_rows)
    for field in SORT_KEYS:
        want = python_order(keys[field], descending)
        assert paged(new_uow, 7, sort=field, descending=descending) == want, field
        # one big page and the OFFSET form agree with the pages
        with new_uow() as uow:
            whole = list_cases(uow, CaseFilter(sort=field, descending=descending, limit=1000), today=TODAY)
            offset = list_cases(uow, CaseFilter(sort=field, descending=descending, limit=5, offset=9), today=TODAY)
        assert [r.id for r in whole.rows] == want and whole.total == len(want), field
        assert [r.id for r in offset.rows] == want[9:14], field


def test_sort_keys_follow_edits_on_every_path(new_uow, staff, register_rows):
    """A renamed officer, an edited patent, a party removed, a D12 moved: the copied keys follow at once."""
    case_id = register_rows[0]
    with new_uow() as uow:
        s = uow.session
        case = s.get(Case, case_id)
        case.officer_id = staff.officer3.id
        s.flush()
        s.execute(update(User).where(User.id == staff.officer3.id).values(full_name="郑改名"))
        s.execute(update(Patent).where(Patent.id == case.patent_id).values(title="改过的名称"))
        s.execute(delete(Party).where(Party.case_id == case_id, Party.role == "respondent"))
        s.execute(update(DeadlineRow).where(DeadlineRow.case_id == case_id, DeadlineRow.code == "D12")
                  .values(due_date=date(2030, 1, 2)))
        uow.commit()
    with new_uow() as uow:
        keys = expected_keys(uow.session)
        row = uow.session.execute(select(Case.sort_officer, Case.sort_patent_title, Case.sort_respondents,
                                         Case.sort_closing_due).where(Case.id == case_id)).one()
    assert tuple(row) == ("郑改名", "改过的名称", None, keys["closing_due"][case_id])
    assert keys["closing_due"][case_id] in (date(2030, 1, 2), None)
    assert paged(new_uow, 11, sort="respondents") == python_order(keys["respondents"], True)


# ---- search -------------------------------------------------------------------------------------------------

NEEDLES = ("科", "科技", "有限公司", "电子", "王", "ZL", "zl20", "a", "0", "2026", "同名科技", "、", "|", " ",
           # FTS5 syntax typed by a user: read as text, never as a query
           '"', 'a"b', '科技"', '"科技" OR "电子"', "科*", "NEAR(科 技)", "-科技", "科技 AND 电子", "^科", "cases_tri:科",
           "%", "_", "100%_", "科\\技")


def like_ids(s, text: str) -> set[int]:
    """The unindexed search: the same case-insensitive LIKE on search_text, by a plain scan."""
    needles = {n for n in (text_key(text), text.strip()) if n}
    return set(s.scalars(select(Case.id).where(or_(*(Case.search_text.icontains(n, autoescape=True)
                                                     for n in needles)))))


def searched(new_uow, text: str) -> set[int]:
    with new_uow() as uow:
        page = list_cases(uow, CaseFilter(text=text, limit=10_000), today=TODAY)
    return {r.id for r in page.rows}


def assert_same_as_like(new_uow, extra=()):
    texts = [t for t in (*NEEDLES, *extra) if t.strip()]   # a blank search box lists everything
    with new_uow() as uow:
        want = {t: like_ids(uow.session, t) for t in texts}
    for text in texts:
        assert searched(new_uow, text) == want[text], text


@pytest.mark.parametrize("common", [5000, 3], ids=["index-driven", "scan-in-order"])
def test_indexed_search_equals_the_like_scan_after_inserts_edits_and_deletes(new_uow, register_rows, common,
                                                                             monkeypatch):
    # a needle with more hits than COMMON_HITS is read in list order instead of through the index: both ways
    monkeypatch.setattr(search, "COMMON_HITS", common)
    with new_uow() as uow:
        samples = [t for t in uow.session.scalars(select(Case.search_text).limit(5))]
    # substrings of stored texts, 1 to 6 characters long, wherever they start
    extra = {t[i:i + n] for t in samples for i in (0, 3, 9) for n in (1, 2, 3, 6) if t[i:i + n].strip()}
    assert_same_as_like(new_uow, extra)
    ids = register_rows
    with new_uow() as uow:
        s = uow.session
        s.execute(update(Case).where(Case.id.in_(ids[:5])).values(search_text="深圳市新名字电子科技有限公司 | ZL2020"))
        gone = ids[5:10]   # the generator's 收案登记/调解 rows that point at them let go first (not cascaded)
        s.execute(update(IntakeItem).where(IntakeItem.case_id.in_(gone)).values(case_id=None))
        s.execute(update(IntakeItem).where(IntakeItem.repeat_case_id.in_(gone)).values(repeat_case_id=None))
        s.execute(update(MediationCase).where(MediationCase.ruling_case_id.in_(gone)).values(ruling_case_id=None))
        s.execute(delete(Case).where(Case.id.in_(gone)))
        uow.commit()
    generate(new_uow, cases=15, today=TODAY, seed=12, years=1)   # inserts after the index was built
    assert_same_as_like(new_uow, {"新名字", "新", "新名", "深圳市新名字电子科技有限公司"})
    assert searched(new_uow, "新名字") == set(ids[:5])


def test_grams_match_the_migration_copy():
    """The migration defines ipcase_grams again (it imports no live code): both must give the same grams."""
    import importlib
    migration = importlib.import_module("ipcase.db.migrations.versions.0022_search")
    for text in ("", "王 小明", "ZL2020-1.x", "深圳市（福田）科技有限公司", "Ａb、c"):
        assert migration._grams(text) == grams(text)
    assert grams("王小明") == "王 王小 小 小明 明"
    for sqlite in (True, False):
        assert migration._refresh_sql("1 = 1", sqlite) == refresh_sort_keys_sql(sqlite)


def test_a_bulk_load_without_triggers_is_made_right_by_rebuild(new_uow, engine, register_rows):
    """What the bulk generator does after loading with the triggers off: the keys and indexes come back."""
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE cases SET sort_requesters = NULL, sort_officer = 'x'")
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("INSERT INTO cases_tri(cases_tri) VALUES('delete-all')")
            conn.exec_driver_sql("INSERT INTO cases_grams(cases_grams) VALUES('delete-all')")
        refresh_sort_keys(conn)
        rebuild(conn)
    with new_uow() as uow:
        keys = expected_keys(uow.session)
    assert paged(new_uow, 13, sort="requesters", descending=False) == python_order(keys["requesters"], False)
    assert paged(new_uow, 13, sort="officer_name") == python_order(keys["officer_name"], True)
    assert_same_as_like(new_uow)


def test_a_raw_connection_can_register_the_function(tmp_path):
    import sqlite3
    conn = sqlite3.connect(tmp_path / "x.db")
    register(conn)
    assert conn.execute("SELECT ipcase_grams('Ab')").fetchone()[0] == "a ab b"
    conn.close()
