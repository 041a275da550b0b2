"""The case list reads as Core statements with the office condition written in (issue 19, L19): for every viewer it
returns exactly the cases the ORM's office filter lets that viewer read, counts them alike, searches within them;
and the scope is read again at every unit of work, so a deactivation, a move to another office, a changed
supervision setting or a new sub-office takes effect at the viewer's next read."""
from __future__ import annotations

from datetime import date

import pytest
from office_helpers import make_office_staff, make_tree
from sqlalchemy import select

from case_helpers import Driver, at
from ipcase.db import office_scope
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.domain.offices import SUPERVISION_KEY
from ipcase.dto.cases import CaseFilter
from ipcase.errors import AccountRevoked
from ipcase.loaders.settings import store_value
from ipcase.queries.cases.register import SORT_KEYS, count_cases, list_cases
from ipcase.services.admin import auth

DAY = date(2026, 11, 2)


def _orm_visible(new_uow, viewer) -> list[int]:
    """The reference: the case ids the ORM office filter gives `viewer` (newest received first, as the list)."""
    with new_uow(viewer_id=viewer.id) as uow:
        return list(uow.session.scalars(select(Case.id).order_by(Case.received_date.desc(), Case.id.desc())))


def _listed(new_uow, viewer, **kw) -> tuple[list[int], int]:
    with new_uow(viewer_id=viewer.id) as uow:
        page = list_cases(uow, CaseFilter(limit=500, **kw), today=DAY)
        return [r.id for r in page.rows], count_cases(uow, CaseFilter(**kw))


@pytest.fixture
def tree(new_uow):
    tree = make_tree(new_uow)
    for staff, n in ((tree.city, 3), (tree.county_a, 2), (tree.county_b, 2)):
        for i in range(n):
            Driver.new(new_uow, staff, at(DAY), received=date(2026, 10, 20 + i))
    return tree


def test_the_list_shows_each_viewer_what_the_orm_filter_shows(new_uow, tree):
    for viewer in (tree.city.officer, tree.county_a.officer, tree.county_b.clerk):
        expected = _orm_visible(new_uow, viewer)
        ids, total = _listed(new_uow, viewer)
        assert ids == expected and total == len(expected)
    assert len(_orm_visible(new_uow, tree.county_a.officer)) == 2   # a county: its own two
    assert len(_orm_visible(new_uow, tree.city.officer)) == 7       # the city supervises both counties
    # a search and a filter stay inside the scope too (every case has the same parties)
    ids, total = _listed(new_uow, tree.county_b.officer, text="华辰")
    assert ids == _orm_visible(new_uow, tree.county_b.officer) and total == 2
    ids, _ = _listed(new_uow, tree.county_b.officer, text="华辰", sort="requesters", descending=False)
    assert sorted(ids) == sorted(_orm_visible(new_uow, tree.county_b.officer))


def test_a_changed_account_office_or_setting_counts_at_the_next_unit_of_work(new_uow, tree):
    county_a, city = tree.county_a, tree.city
    a_cases = _orm_visible(new_uow, county_a.officer)
    b_cases = _orm_visible(new_uow, tree.county_b.officer)
    assert _listed(new_uow, county_a.officer2)[0] == a_cases

    # moved to the sibling county: the next read shows that county's cases, not the old ones
    with new_uow() as uow:
        uow.session.get(User, county_a.officer2.id).office_id = tree.county_b.office.id
        uow.commit()
    assert _listed(new_uow, county_a.officer2)[0] == b_cases

    # the city stops supervising: its own cases only, at once
    city_own = sorted(set(_orm_visible(new_uow, city.officer)) - set(a_cases) - set(b_cases))
    with new_uow() as uow:
        store_value(uow.session, city.office.id, SUPERVISION_KEY, "none")
        uow.commit()
    assert sorted(_listed(new_uow, city.officer)[0]) == city_own
    assert sorted(_orm_visible(new_uow, city.officer)) == city_own

    # deactivated: refused at the next read
    with new_uow() as uow:
        auth.set_user_active(uow, actor_id=county_a.admin.id, user_id=county_a.officer.id, active=False)
        uow.commit()
    with pytest.raises(AccountRevoked), new_uow(viewer_id=county_a.officer.id) as uow:
        list_cases(uow, CaseFilter(), today=DAY)


def test_a_new_office_makes_the_list_filter_again(new_uow):
    city = make_office_staff(new_uow, name="测试市市场监督管理局", short_name="测试市", prefix="city_")
    Driver.new(new_uow, city, at(DAY))
    with new_uow(viewer_id=city.officer.id) as uow:
        list_cases(uow, CaseFilter(), today=DAY)
        assert office_scope.readable_offices(uow.session) is None     # one office: nothing to filter
    county = make_office_staff(new_uow, name="甲县市场监督管理局", short_name="甲县", prefix="a_", parent="测试市")
    with new_uow(viewer_id=county.officer.id) as uow:
        assert office_scope.readable_offices(uow.session) == (county.office.id,)
        assert list_cases(uow, CaseFilter(), today=DAY).rows == ()
    with new_uow(viewer_id=city.officer.id) as uow:
        assert office_scope.readable_offices(uow.session) is None     # supervises every office there is
    with new_uow() as uow:
        store_value(uow.session, city.office.id, SUPERVISION_KEY, "none")
        uow.commit()
    with new_uow(viewer_id=city.officer.id) as uow:
        assert office_scope.readable_offices(uow.session) == (city.office.id,)
        assert len(list_cases(uow, CaseFilter(), today=DAY).rows) == 1


@pytest.mark.parametrize("descending", [False, True])
def test_a_viewer_of_some_offices_pages_through_them_in_order(new_uow, tree, descending):
    """A second city in the database: the first city's viewer reads three offices of four, so each page is read
    office by office and merged (SQLite) or by `office_id IN` (PostgreSQL) — the pages, 2 rows each, concatenate to
    the ORM filter's rows in the database's order, for every sort column and both directions."""
    other = make_office_staff(new_uow, name="另市市场监督管理局", short_name="另市", prefix="other_")
    Driver.new(new_uow, other, at(DAY), received=date(2026, 10, 21))
    viewer = tree.city.officer
    with new_uow(viewer_id=viewer.id) as uow:
        assert len(office_scope.readable_offices(uow.session)) == 3
    for sort, key in SORT_KEYS.items():
        direction = key.desc() if descending else key.asc()
        ident = Case.id.desc() if descending else Case.id.asc()
        with new_uow(viewer_id=viewer.id) as uow:
            expected = list(uow.session.scalars(select(Case.id).order_by(direction.nulls_last(), ident)))
        got, after = [], None
        while True:
            with new_uow(viewer_id=viewer.id) as uow:
                page = list_cases(uow, CaseFilter(sort=sort, descending=descending, limit=2, after=after,
                                                  count=False), today=DAY)
            got += [r.id for r in page.rows]
            if page.after is None:
                break
            after = page.after
        assert got == expected, sort
        assert len(expected) == 7
        # a jump (跳到第 N 条) reads by the IN, the same rows
        with new_uow(viewer_id=viewer.id) as uow:
            jumped = list_cases(uow, CaseFilter(sort=sort, descending=descending, limit=3, offset=4, count=False),
                                today=DAY)
        assert [r.id for r in jumped.rows] == expected[4:7], sort
