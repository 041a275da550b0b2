"""Issue 19 (P19c): the 收案登记 and 调解 registers' number searches keep their plans on PostgreSQL. A 收案编号 (or the
案号 of the case an item became) and a 调解案号 search's page is prepared on the server (`prepared.rows(keep_plan=True)`,
`search.plan_independent`: the number shape only); PostgreSQL may then run it by its generic plan. Whatever plan runs
— custom or generic, forced by `plan_cache_mode` — each number finds the rows of the unindexed query, in the
register's order, for a viewer of every office and a sub-office's viewer, and the rows are those of the unprepared
read. The text searches' pages are never prepared (a generic plan of a LIKE pattern can read a whole trigram
index). On SQLite the same pages give the same rows (no server-side plan to keep)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Text, delete, literal, or_, select, text

from ipcase.db import office_scope
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import MediationCase, MediationDeadlineRow, MediationParty
from ipcase.domain.numbering import BRACKET_KEYS, number_query
from ipcase.dto.intake import IntakeFilter
from ipcase.dto.mediation import MediationCaseFilter
from ipcase.queries import search
from ipcase.queries.intake.register import count_items, list_items
from ipcase.queries.mediation.cases import count_cases, list_cases
from ipcase.queries.search import number_matches
from tests.plan_modes import plan_cache_mode
from tests.register_viewers import generated_register

TODAY = date(2026, 11, 2)
MODES = ("auto", "force_custom_plan", "force_generic_plan")


@pytest.fixture
def registers(new_uow):
    """Generated cases with their 收案登记 items (some registered as cases) and 调解 cases, two sub-offices; ((an officer
    of the top office, its id), (an officer of the sub-office with the most items, its id))."""
    return generated_register(new_uow, TODAY)


def _item_reference(new_uow, viewer: int, number: str) -> list[int]:
    """The items the search must find, by the unindexed rule: the 收案编号 or the 案号 (of a case the viewer may read)
    of the case the item became; newest first."""
    q = number_query(number)
    with new_uow(viewer_id=viewer) as uow:
        s = uow.session
        offices = office_scope.readable_offices(s)
        cases = select(Case.id).where(number_matches(Case.case_number, q))
        conds = [or_(number_matches(IntakeItem.number, q),
                     IntakeItem.case_id.in_(cases if offices is None else cases.where(Case.office_id.in_(offices))))]
        if offices is not None:
            conds.append(IntakeItem.office_id.in_(offices))
        return list(s.scalars(select(IntakeItem.id).where(*conds)
                              .order_by(IntakeItem.received_at.desc(), IntakeItem.id.desc())))


def _mediation_reference(new_uow, viewer: int, number: str) -> list[int]:
    q = number_query(number)
    with new_uow(viewer_id=viewer) as uow:
        s = uow.session
        offices = office_scope.readable_offices(s)
        conds = [number_matches(MediationCase.case_number, q)]
        if offices is not None:
            conds.append(MediationCase.office_id.in_(offices))
        return list(s.scalars(select(MediationCase.id).where(*conds)
                              .order_by(MediationCase.received_date.desc(), MediationCase.id.desc())))


def _prepared(uow) -> list[str]:
    return list(uow.connection().execute(text("SELECT statement FROM pg_prepared_statements")).scalars())


def _numbers(new_uow, office: int | None) -> tuple[list[str], list[str]]:
    """(收案编号 of three items and the 案号 of two cases items became, 调解案号 of three cases) of one office (None: any)."""
    with new_uow() as uow:
        s = uow.session

        def mine(q, column):
            return q if office is None else q.where(column == office)
        items = list(s.scalars(mine(select(IntakeItem.number), IntakeItem.office_id).order_by(IntakeItem.id)
                               .limit(3)))
        became = list(s.scalars(mine(select(Case.case_number).join(IntakeItem, IntakeItem.case_id == Case.id)
                                     .where(Case.case_number.is_not(None)), IntakeItem.office_id)
                                .order_by(IntakeItem.id).limit(2)))
        mediation = list(s.scalars(mine(select(MediationCase.case_number).where(
            MediationCase.case_number.is_not(None)), MediationCase.office_id).order_by(MediationCase.id).limit(3)))
    assert len(items) == 3 and len(became) == 2 and mediation, office
    q = number_query(items[0])
    return items + became + [f"({q.year}){q.n}"], mediation   # the last one typed otherwise: (2026)1


def test_register_number_searches_keep_their_plans_and_find_the_same_rows(new_uow, engine, registers):
    postgresql = engine.dialect.name == "postgresql"
    (top, _), (sub, sub_office) = registers
    everyone, county = _numbers(new_uow, None), _numbers(new_uow, sub_office)
    for viewer in (top, sub):
        # each viewer searches the county's numbers and some of the whole register (the county's viewer finds
        # only its own office's rows)
        item_want = {n: _item_reference(new_uow, viewer, n) for n in dict.fromkeys(county[0] + everyone[0])}
        mediation_want = {n: _mediation_reference(new_uow, viewer, n) for n in dict.fromkeys(county[1] + everyone[1])}
        assert all(item_want[n] for n in county[0]) and all(mediation_want[n] for n in county[1])
        with new_uow(viewer_id=viewer) as uow, plan_cache_mode(uow, "force_custom_plan"):   # the rows as planned for the values
            first_items = {n: list_items(uow, IntakeFilter(text=n, limit=50, count=False), today=TODAY).rows
                           for n in item_want}
            first_mediation = {n: list_cases(uow, MediationCaseFilter(text=n, limit=50, count=False),
                                             today=TODAY).rows for n in mediation_want}
        for mode in MODES:
            for _ in range(7):   # past psycopg's and PostgreSQL's five-run thresholds
                for number, want in item_want.items():
                    with new_uow(viewer_id=viewer, read_only=True) as uow, plan_cache_mode(uow, mode):
                        got = list_items(uow, IntakeFilter(text=number, limit=50, count=False), today=TODAY).rows
                    assert [r.id for r in got] == want, (mode, number)
                    assert got == first_items[number], (mode, number)
                for number, want in mediation_want.items():
                    with new_uow(viewer_id=viewer, read_only=True) as uow, plan_cache_mode(uow, mode):
                        got = list_cases(uow, MediationCaseFilter(text=number, limit=50, count=False),
                                         today=TODAY).rows
                    assert [r.id for r in got] == want, (mode, number)
                    assert got == first_mediation[number], (mode, number)
    if postgresql:
        with new_uow(viewer_id=registers[0][0], read_only=True) as uow:
            kept = _prepared(uow)
        intake = [k for k in kept if "FROM intake_items" in k]
        mediation = [k for k in kept if "FROM mediation_cases" in k]
        assert intake and all("ipcase_number_key" in k and "search_text" not in k for k in intake)
        assert mediation and all("ipcase_number_key" in k and "search_text" not in k for k in mediation)
        # the 调解 page's parties and time limits, by the page's ids
        assert any("FROM mediation_parties" in k for k in kept) and any("FROM mediation_deadlines" in k for k in kept)


def test_register_text_searches_are_never_prepared(new_uow, engine, registers):
    assert search.plan_independent(("number",))
    with new_uow() as uow:
        name = uow.session.scalar(select(IntakeItem.submitter_name).order_by(IntakeItem.id).limit(1))
    for needle in ("有限公司", "科技", name):
        for _ in range(7):
            with new_uow(viewer_id=registers[0][0], read_only=True) as uow:
                got = list_items(uow, IntakeFilter(text=needle, limit=20, count=False), today=TODAY).rows
                list_cases(uow, MediationCaseFilter(text=needle, limit=20, count=False), today=TODAY)
                kept = _prepared(uow) if engine.dialect.name == "postgresql" else []
            assert got or needle != name
            assert not [k for k in kept if "search_text" in k], needle


def test_the_number_key_unifies_every_bracket_as_before(new_uow, engine):
    """number_key_sql (PostgreSQL: one translate with the brackets in the SQL; SQLite: the replace calls) maps each
    bracket to its key as numbering's BRACKET_KEYS, and leaves everything else."""
    samples = ["某市收〔2026〕12号", "(2025)3", "［2024］7号【x】", "｛2023｝8〖9〗（10）", "{1}[2]", "无括号 123 号", ""]
    samples.append("".join(BRACKET_KEYS))
    with new_uow() as uow:
        conn = uow.session.connection()
        got = [conn.scalar(select(search.number_key_sql(literal(v, Text)))) for v in samples]
    assert got == [v.translate(str.maketrans(BRACKET_KEYS)) for v in samples]


def test_a_number_search_page_stays_within_psycopgs_statement_cache():
    """The 收案编号, 调解案号 and 案号 pages as PostgreSQL gets them: at most 50 parameters and 4,096 characters, what
    psycopg keeps parsed (above it the statement was split with a regular expression at every run)."""
    from sqlalchemy.dialects import postgresql

    from ipcase.queries import keyset
    from ipcase.queries.cases import register as case_register
    from ipcase.queries.intake import register as intake_register
    from ipcase.queries.mediation import cases as mediation_register
    dialect = postgresql.psycopg.dialect()
    shape = ("number",)
    pages = ((intake_register._searched_select("received_at", (1, 2), shape, True), IntakeItem.received_at,
              IntakeItem.id, IntakeItem.office_id),
             (mediation_register._searched_select((1, 2), shape), MediationCase.received_date, MediationCase.id,
              MediationCase.office_id),
             (case_register._searched_select("received_date", shape), Case.received_date, Case.id, Case.office_id))
    for q, key, ident, column in pages:
        for partition in (None, column):
            for statement in keyset._statements(q, key, ident, True, partition, None)[:4]:
                compiled = statement.compile(dialect=dialect)
                assert len(compiled.bind_names) <= 50 and len(compiled.string.encode()) <= 4096, compiled.string[:80]


def test_the_mediation_page_names_its_parties_in_order_and_its_first_running_limit(new_uow, registers):
    """The 调解 page's 请求人/被请求人 (joined by 、 in their order: position, then id) and its 下一期限 (the first running
    limit by due date, then id; the respondent's own period D17 and limits no longer running aside) — read by the
    page's ids, or in the page's statement for a 调解案号 search on PostgreSQL — are what the case's own rows say."""
    with new_uow() as uow:
        s = uow.session
        cases = list(s.scalars(select(MediationCase).where(MediationCase.case_number.is_not(None))
                               .order_by(MediationCase.id).limit(3)))
        first, second, third = cases
        # parties whose order is not their ids': added last, placed first
        for case, role in ((first, "requester"), (first, "respondent"), (second, "respondent")):
            s.add(MediationParty(mediation_case_id=case.id, role=role, kind="legal", position=-1,
                                 name=f"前置{role}公司", name_normalized=f"前置{role}公司"))
            s.add(MediationParty(mediation_case_id=case.id, role=role, kind="legal", position=99,
                                 name=f"后置{role}公司", name_normalized=f"后置{role}公司"))
        s.execute(delete(MediationParty).where(MediationParty.mediation_case_id == third.id))   # nobody at all
        s.execute(delete(MediationDeadlineRow).where(MediationDeadlineRow.mediation_case_id.in_([c.id for c in cases])))
        day = date(2026, 12, 1)
        for case, rows in ((first, [("D17", day, "open"), ("D15", day + timedelta(days=3), "met"),
                                    ("D16", day + timedelta(days=5), "open"), ("D15", day + timedelta(days=5), "open")]),
                           (second, [("D17", day, "open"), ("D16", day, "met")])):
            for code, due, status in rows:
                s.add(MediationDeadlineRow(mediation_case_id=case.id, code=code, start_date=day - timedelta(days=9),
                                           due_date=due, status=status, basis=""))
        uow.commit()
    ids = [c.id for c in cases]
    with new_uow() as uow:
        s = uow.session
        want = {}
        for case_id in ids:
            parties = s.scalars(select(MediationParty).where(MediationParty.mediation_case_id == case_id)
                                .order_by(MediationParty.position, MediationParty.id)).all()
            running = s.scalars(select(MediationDeadlineRow).where(
                MediationDeadlineRow.mediation_case_id == case_id, MediationDeadlineRow.status == "open",
                MediationDeadlineRow.code != "D17").order_by(MediationDeadlineRow.due_date, MediationDeadlineRow.id)
            ).first()
            want[case_id] = ("、".join(p.name for p in parties if p.role == "requester"),
                             "、".join(p.name for p in parties if p.role == "respondent"),
                             running.due_date if running else None, running.code if running else "")
    assert want[ids[0]][2:] == (date(2026, 12, 6), "D16") and want[ids[1]][2:] == (None, "")
    assert want[ids[0]][0].startswith("前置requester公司、") and want[ids[0]][0].endswith("、后置requester公司")
    with new_uow(viewer_id=registers[0][0], read_only=True) as uow:
        rows = list_cases(uow, MediationCaseFilter(limit=100_000, count=False), today=TODAY).rows
    got = {r.id: (r.requesters, r.respondents, r.next_due, r.next_due_code) for r in rows if r.id in want}
    assert got == want
    numbers = {c.id: c.case_number for c in cases}
    for _ in range(7):   # a 调解案号 search (PostgreSQL: the parties and limits in its page's statement), kept plans
        for case_id, number in numbers.items():
            with new_uow(viewer_id=registers[0][0], read_only=True) as uow:
                found = list_cases(uow, MediationCaseFilter(text=number, limit=50, count=False), today=TODAY).rows
            assert [(r.requesters, r.respondents, r.next_due, r.next_due_code) for r in found if r.id == case_id] \
                == [want[case_id]]
            assert [r for r in found if r.id == case_id] == [r for r in rows if r.id == case_id]


def test_a_text_searchs_count_keeps_the_kept_plans(new_uow, engine, registers):
    """The window counts after each page, in a read-only unit of its own. On PostgreSQL a text search's count reads on
    the lane (no Session: its transaction's ROLLBACK made psycopg deallocate every prepared statement of the
    connection, the number searches' kept plans with them); the counts are an ordinary unit's, for every viewer."""
    postgresql = engine.dialect.name == "postgresql"
    with new_uow() as uow:
        s = uow.session
        item_number = s.scalar(select(IntakeItem.number).order_by(IntakeItem.id).limit(1))
        mediation_number = s.scalar(select(MediationCase.case_number).where(MediationCase.case_number.is_not(None))
                                    .order_by(MediationCase.id).limit(1))
        name = s.scalar(select(IntakeItem.submitter_name).order_by(IntakeItem.id).limit(1))
    registers_ = ((list_items, count_items, IntakeFilter, item_number),
                  (list_cases, count_cases, MediationCaseFilter, mediation_number))
    texts = ("有限公司", name, "科技")
    for viewer, _office in registers:
        want = {}
        for _read, count, flt_type, _number in registers_:   # an ordinary unit's counts (its Session, first)
            for text_ in texts:
                with new_uow(viewer_id=viewer) as uow:
                    want[(count, text_)] = count(uow, flt_type(text=text_))
        for _ in range(7):   # then as the window reads: read-only units only
            for read, count, flt_type, number in registers_:
                with new_uow(viewer_id=viewer, read_only=True) as uow:
                    read(uow, flt_type(text=number, limit=20, count=False), today=TODAY)
                for text_ in texts:
                    with new_uow(viewer_id=viewer, read_only=True) as uow:
                        read(uow, flt_type(text=text_, limit=20, count=False), today=TODAY)
                    with new_uow(viewer_id=viewer, read_only=True) as uow:
                        assert count(uow, flt_type(text=text_)) == want[(count, text_)], text_
                        assert uow._session is None or not postgresql
        if postgresql:
            with new_uow(viewer_id=viewer, read_only=True) as uow:
                kept = _prepared(uow)
            assert any("FROM intake_items" in k and "ipcase_number_key" in k for k in kept)
            assert any("FROM mediation_cases" in k and "ipcase_number_key" in k for k in kept)
