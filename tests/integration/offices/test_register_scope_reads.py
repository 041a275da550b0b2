"""The 收案登记 and 调解 registers read as Core statements with the office condition written in (issue 19, I19): for
every viewer they return exactly the rows, in the order and with the values, that the former ORM reads return
under the ORM office filter (kept here, verbatim but for the imports, as the reference) — for a county, a city
that supervises its counties, a viewer of three offices of four (one index range per office, merged), for every
sort column and both directions, pages read by key and by position, counts and a search; and still after
inserts, edits and deletes. A county's viewer never sees another county's row, nor the 案号 of another office's
case an item names."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from intake_helpers import register
from mediation_case_helpers import MedDriver
from office_helpers import make_office_staff, make_tree
from sqlalchemy import func, select
from sqlalchemy.orm import aliased, selectinload

from case_helpers import Driver, at
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import IntakeItem, IntakePatent, IntakeTarget
from ipcase.db.models.mediation import MediationCase, MediationDeadlineRow
from ipcase.domain.cases.deadlines import urgency
from ipcase.domain.enums import DeadlineStatus, PartyKind, PartyRole
from ipcase.domain.intake.items import IntakeChannel, IntakeKind, IntakeState
from ipcase.domain.intake.routing import Track
from ipcase.domain.mediation.cases import ExtensionStatus, MediationKind, MediationState
from ipcase.dto.intake import IntakeFilter, IntakeRow, IntakeTargetInput
from ipcase.dto.mediation import MediationCaseFilter, MediationCaseRow
from ipcase.dto.paging import Page
from ipcase.loaders.intake import item_deadlines, load_limits
from ipcase.loaders.settings import PerOffice, load_calendar
from ipcase.queries import keyset
from ipcase.queries.intake import register as intake_register
from ipcase.queries.mediation import cases as mediation_register
from ipcase.queries.search import number_condition, text_condition

TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 9, 30)
NAMES = ("甲贸易商行", "乙科技有限公司", "丙电子厂")
CITY_CASE = "测试市知裁字〔2026〕1号"


# ---- the reference: the registers' reads before I19, through the ORM and its office filter ----------------

def orm_items(uow, flt: IntakeFilter) -> Page[IntakeRow]:
    s = uow.session
    repeat, linked = aliased(Case), aliased(Case)
    patents = (select(func.aggregate_strings(IntakePatent.number, "、")).where(IntakePatent.item_id == IntakeItem.id)
               .correlate(IntakeItem).scalar_subquery())
    key = intake_register.SORT_KEYS.get(flt.sort, IntakeItem.received_at)
    q = (select(IntakeItem.id.label(keyset.ID), key.label(keyset.KEY), IntakeItem, patents, repeat.case_number,
                linked.case_number)
         .outerjoin(repeat, repeat.id == IntakeItem.repeat_case_id)
         .outerjoin(linked, linked.id == IntakeItem.case_id)
         .where(*_orm_conditions(s, flt))
         .options(selectinload(IntakeItem.targets), selectinload(IntakeItem.patents)))
    found, after = keyset.page(s, q, key, IntakeItem.id, descending=flt.descending, limit=flt.limit,
                               after=flt.after, skip=flt.offset)
    cal, limits = load_calendar(s), PerOffice(lambda o: load_limits(s, o))
    rows = []
    for _id, _key, item, patent_numbers, repeat_number, case_number in found:
        running = sorted((d for d in item_deadlines(item, cal, limits[item.office_id])
                          if d.status == DeadlineStatus.OPEN), key=lambda d: d.due)
        first = running[0] if running else None
        rows.append(IntakeRow(
            id=item.id, version=item.version, number=item.number, kind=IntakeKind(item.kind),
            channel=IntakeChannel(item.channel), state=IntakeState(item.state), received_at=item.received_at,
            submitter=item.submitter_name, anonymous=item.anonymous, targets=item.sort_targets or "",
            patents=patent_numbers or "", product=item.product, track=Track(item.track) if item.track else None,
            handler_name=item.sort_handler or "",
            repeat_case_number=(repeat_number or "") if item.repeat_case_id else None,
            next_due=first.due if first else None, next_due_code=first.code.value if first else "",
            next_due_provisional=first.provisional if first else False,
            urgency=urgency(first.due, TODAY, cal) if first else "", case_number=case_number))
    total = s.scalar(select(func.count(IntakeItem.id)).where(*_orm_conditions(s, flt, ordered=False)))
    return Page(tuple(rows), total, after)


def _orm_conditions(s, flt: IntakeFilter, *, ordered: bool = True) -> list:
    """The filter's conditions; a number searched as before: the 收案编号 or a correlated 案号 per item."""
    conds = intake_register._conditions(s, replace(flt, text=""), None)
    text = flt.text.strip()
    if text:
        by_number = number_condition(text, IntakeItem.number, select(Case.case_number)
                                     .where(Case.id == IntakeItem.case_id).correlate(IntakeItem).scalar_subquery())
        conds.append(by_number if by_number is not None else
                     text_condition(s, "intake_items", IntakeItem.id, IntakeItem.search_text, text, ordered=ordered))
    return conds


def orm_mediation(uow, flt: MediationCaseFilter) -> Page[MediationCaseRow]:
    s = uow.session
    officer = aliased(User)
    key = MediationCase.received_date
    q = (select(MediationCase.id.label(keyset.ID), key.label(keyset.KEY), MediationCase, officer.full_name)
         .outerjoin(officer, officer.id == MediationCase.officer_id).where(*mediation_register._where(s, flt))
         .options(selectinload(MediationCase.parties)))
    found, after = keyset.page(s, q, key, MediationCase.id, descending=flt.descending, limit=flt.limit,
                               after=flt.after, skip=flt.offset)
    cases = [(row[2], row[3]) for row in found]
    due = {}
    for row in s.scalars(select(MediationDeadlineRow).where(
            MediationDeadlineRow.mediation_case_id.in_([c.id for c, _ in cases]),
            MediationDeadlineRow.status == DeadlineStatus.OPEN.value, MediationDeadlineRow.code != "D17")
            .order_by(MediationDeadlineRow.due_date, MediationDeadlineRow.id)):
        due.setdefault(row.mediation_case_id, row)
    cal = load_calendar(s)

    def names(c, role):
        return "、".join(p.name for p in c.parties if p.role == role)
    rows = tuple(MediationCaseRow(
        c.id, c.version, c.case_number, MediationKind(c.kind), MediationState(c.state),
        names(c, PartyRole.REQUESTER), names(c, PartyRole.RESPONDENT), c.patent_number, officer_name or "",
        c.received_date, c.registered_date, c.closed_date, d.due_date if d else None, d.code if d else "",
        urgency(d.due_date, TODAY, cal) if d else "", c.extension_status == ExtensionStatus.PENDING)
        for c, officer_name in cases for d in [due.get(c.id)])
    total = s.scalar(select(func.count(MediationCase.id)).where(*mediation_register._where(s, flt, ordered=False)))
    return Page(rows, total, after)


# ---- the registers ----------------------------------------------------------------------------------------

@pytest.fixture
def offices(new_uow):
    """A city with two counties and a second city (so the first city reads 3 offices of 4): intake items with
    ties on every key, a repeat case of the city named by a county's item, a case an item became, mediation
    cases with ties on the day."""
    tree = make_tree(new_uow)
    other = make_office_staff(new_uow, name="另市市场监督管理局", short_name="另市", prefix="other_")
    city_case = Driver.new(new_uow, tree.city, at(TODAY), received=date(2026, 10, 20))
    kinds = (IntakeKind.REQUEST, IntakeKind.COMPLAINT, IntakeKind.CONSULTATION)
    channels = (IntakeChannel.COUNTER, IntakeChannel.LETTER, IntakeChannel.ONLINE)
    items: dict[str, list[int]] = {}
    for label, staff, n in (("city", tree.city, 4), ("a", tree.county_a, 3), ("b", tree.county_b, 3),
                            ("other", other, 2)):
        items[label] = []
        for k in range(n):
            targets = tuple(IntakeTargetInput(NAMES[(k + j) % 3], PartyKind.LEGAL) for j in range(1 + k % 2))
            ref = register(new_uow, staff.clerk, kind=kinds[k % 3], channel=channels[k % 3], targets=targets,
                           received_at=datetime(2026, 10, 1 + k % 2, 9, 0))
            items[label].append(ref.id)
        for k in range(2):
            MedDriver.new(new_uow, staff, NOW, received=date(2026, 10, 20 + k % 2))
    with new_uow() as uow:
        s = uow.session
        for n, item_id in enumerate(sum(items.values(), [])):
            item = s.get(IntakeItem, item_id)
            office_staff = {tree.city.office.id: tree.city, tree.county_a.office.id: tree.county_a,
                            tree.county_b.office.id: tree.county_b}.get(item.office_id, other)
            item.handler_id = (office_staff.officer.id, office_staff.officer2.id, None)[n % 3]
            item.track = ("fast", None, "complex")[n % 3] if n % 4 else None
        s.get(Case, city_case.ref.id).case_number = CITY_CASE                 # as 立案 numbers it
        s.get(IntakeItem, items["a"][0]).repeat_case_id = city_case.ref.id     # another office's case
        s.get(IntakeItem, items["city"][1]).repeat_case_id = city_case.ref.id
        s.get(IntakeItem, items["city"][2]).case_id = city_case.ref.id
        uow.commit()
    return tree, other, items


def _viewers(tree):
    return (tree.city.officer, tree.county_a.officer, tree.county_b.clerk)


def _pages(new_uow, viewer, read, flt_type, size: int, **kw) -> list:
    out, after = [], None
    while True:
        with new_uow(viewer_id=viewer.id) as uow:
            page = read(uow, flt_type(limit=size, after=after, count=False, **kw), today=TODAY)
        out += page.rows
        if page.after is None:
            return out
        after = page.after


def _lane(new_uow, viewer, read, flt) -> tuple:
    """The page as the window reads it: a read-only unit of work's lane (UnitOfWork.connection, no Session opened —
    the page, its search and the calendar of its rows' urgency are prepared reads on the connection); its count,
    asked after the page, gives the same total on the lane."""
    with new_uow(viewer_id=viewer.id, read_only=True) as uow:
        rows = read(uow, replace(flt, count=False), today=TODAY).rows
        assert uow._session is None
    with new_uow(viewer_id=viewer.id) as uow:
        want = read(uow, flt, today=TODAY).total
    with new_uow(viewer_id=viewer.id, read_only=True) as uow:
        assert read(uow, flt, today=TODAY).total == want == len(rows)
    return rows


def check_intake(new_uow, tree) -> None:
    for viewer in _viewers(tree):
        for sort in intake_register.SORT_KEYS:
            for descending in (False, True):
                kw = dict(sort=sort, descending=descending)
                with new_uow(viewer_id=viewer.id) as uow:
                    want = orm_items(uow, IntakeFilter(limit=1000, **kw))
                    whole = intake_register.list_items(uow, IntakeFilter(limit=1000, **kw), today=TODAY)
                    at3 = intake_register.list_items(uow, IntakeFilter(limit=2, offset=3, **kw), today=TODAY)
                assert whole.rows == want.rows and whole.total == want.total, (viewer.username, sort, descending)
                assert at3.rows == want.rows[3:5]
                assert _pages(new_uow, viewer, intake_register.list_items, IntakeFilter, 2, **kw) == list(want.rows)
        for text in ("电子厂", "商", CITY_CASE, "(2026)1", "2026-1", "甲县收〔2026〕1号", "乙县收〔2026〕2"):
            with new_uow(viewer_id=viewer.id) as uow:
                want = orm_items(uow, IntakeFilter(text=text, limit=1000))
                got = intake_register.list_items(uow, IntakeFilter(text=text, limit=1000), today=TODAY)
            assert got.rows == want.rows and got.total == want.total, text
            assert _lane(new_uow, viewer, intake_register.list_items, IntakeFilter(text=text, limit=1000)) == want.rows
        for kw in ({}, {"sort": "kind", "descending": False}, {"sort": "targets"}):   # the window's lane too
            with new_uow(viewer_id=viewer.id) as uow:
                want = orm_items(uow, IntakeFilter(limit=1000, **kw))
            assert _lane(new_uow, viewer, intake_register.list_items, IntakeFilter(limit=1000, **kw)) == want.rows
            assert want.rows or text in (CITY_CASE, "甲县收〔2026〕1号", "乙县收〔2026〕2"), text
    with new_uow(viewer_id=tree.city.officer.id) as uow:   # the 案号 of the case an item became finds the item
        found = intake_register.list_items(uow, IntakeFilter(text=CITY_CASE, limit=1000), today=TODAY).rows
    assert [r.case_number for r in found] == [CITY_CASE]


def check_mediation(new_uow, tree) -> None:
    for viewer in _viewers(tree):
        for descending in (False, True):
            with new_uow(viewer_id=viewer.id) as uow:
                want = orm_mediation(uow, MediationCaseFilter(limit=1000, descending=descending))
                whole = mediation_register.list_cases(uow, MediationCaseFilter(limit=1000, descending=descending),
                                                      today=TODAY)
                at2 = mediation_register.list_cases(uow, MediationCaseFilter(limit=2, offset=2, descending=descending),
                                                    today=TODAY)
            assert whole.rows == want.rows and whole.total == want.total and want.rows
            assert at2.rows == want.rows[2:4]
            assert _pages(new_uow, viewer, mediation_register.list_cases, MediationCaseFilter, 2,
                          descending=descending) == list(want.rows)
            assert _lane(new_uow, viewer, mediation_register.list_cases,
                         MediationCaseFilter(limit=1000, descending=descending)) == want.rows
        with new_uow(viewer_id=viewer.id) as uow:
            want = orm_mediation(uow, MediationCaseFilter(text="云启", limit=1000))
            got = mediation_register.list_cases(uow, MediationCaseFilter(text="云启", limit=1000), today=TODAY)
        assert got.rows == want.rows and got.total == want.total and want.rows
        assert _lane(new_uow, viewer, mediation_register.list_cases, MediationCaseFilter(text="云启", limit=1000)) \
            == want.rows
        numbers = sorted({r.case_number for r in want.rows if r.case_number})
        for text in numbers[:1] + ["(2026)1", "不存在的名字"]:   # a 调解案号 by its number-key index
            with new_uow(viewer_id=viewer.id) as uow:
                want = orm_mediation(uow, MediationCaseFilter(text=text, limit=1000))
            assert _lane(new_uow, viewer, mediation_register.list_cases,
                         MediationCaseFilter(text=text, limit=1000)) == want.rows, text


def test_the_registers_show_each_viewer_what_the_orm_filter_shows(new_uow, offices):
    tree, _other, items = offices
    check_intake(new_uow, tree)
    check_mediation(new_uow, tree)
    # the office boundary, stated plainly
    with new_uow(viewer_id=tree.county_a.officer.id) as uow:
        rows = intake_register.list_items(uow, IntakeFilter(limit=1000), today=TODAY).rows
        mediation = mediation_register.list_cases(uow, MediationCaseFilter(limit=1000), today=TODAY)
    assert sorted(r.id for r in rows) == sorted(items["a"])
    assert {r.id: r.repeat_case_number for r in rows}[items["a"][0]] == ""   # the city's case is not named
    assert len(mediation.rows) == mediation.total == 2
    with new_uow(viewer_id=tree.city.officer.id) as uow:
        rows = intake_register.list_items(uow, IntakeFilter(limit=1000), today=TODAY).rows
    assert sorted(r.id for r in rows) == sorted(items["city"] + items["a"] + items["b"])   # supervises its counties
    assert {r.id: r.repeat_case_number for r in rows}[items["a"][0]] == CITY_CASE


def test_the_registers_stay_the_same_after_inserts_edits_and_deletes(new_uow, offices):
    tree, _other, items = offices
    register(new_uow, tree.county_b.clerk, received_at=datetime(2026, 10, 1, 9, 0),
             targets=(IntakeTargetInput("丁新增公司", PartyKind.LEGAL),))
    MedDriver.new(new_uow, tree.county_a, NOW, received=date(2026, 10, 20))
    with new_uow() as uow:
        s = uow.session
        target = s.scalars(select(IntakeTarget).where(IntakeTarget.item_id == items["b"][0])).first()
        target.name = "戊改名商行"                                                  # a target renamed
        s.get(IntakeItem, items["a"][1]).handler_id = tree.county_a.officer3.id   # another handler
        s.delete(s.get(IntakeItem, items["city"][3]))                             # an item deleted
        first = s.scalar(select(MediationCase.id).where(MediationCase.office_id == tree.county_b.office.id)
                         .order_by(MediationCase.id).limit(1))
        s.delete(s.get(MediationCase, first))                                     # a mediation case deleted
        uow.commit()
    check_intake(new_uow, tree)
    check_mediation(new_uow, tree)
