"""Every mapped class is classified once for the office scope (owned directly, through a parent, or national),
and the scope's filter holds on every way the ORM reads: a query, `session.get`, a lazy load, a column select,
a join through an alias, a bulk DELETE."""
from __future__ import annotations

from datetime import date

import pytest
from office_helpers import make_tree
from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

import ipcase.db.models  # noqa: F401 - registers every mapped class
from case_helpers import Driver, at
from ipcase.db import office_scope
from ipcase.db.base import Base
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case, DeadlineRow, Party
from ipcase.domain.offices import OfficeScope, scope_of

DAY = date(2026, 11, 2)


def test_every_mapped_class_is_classified():
    mapped = [m.class_ for m in Base.registry.mappers]
    missing = office_scope.unclassified(mapped)
    assert missing == [], f"classify these in ipcase/db/office_scope.py OWNERSHIP: {[c.__name__ for c in missing]}"


def test_the_rule_city_reads_down_county_sees_only_itself():
    tree = {1: None, 2: 1, 3: 1, 4: 2}
    assert scope_of(tree, 1).readable == {1, 2, 3, 4}
    assert scope_of(tree, 1, "none").readable == {1}
    assert scope_of(tree, 2).readable == {2, 4}
    assert scope_of(tree, 3).readable == {3}
    assert scope_of(tree, 1, "nonsense").readable == {1, 2, 3, 4}   # the documented default
    city = scope_of(tree, 1)
    assert (city.refusal(1), city.refusal(2), scope_of(tree, 2).refusal(1)) == (None, "read_only", "invisible")
    assert scope_of({1: 2, 2: 1}, 1).readable == {1, 2}   # a cycle in bad data ends


@pytest.fixture
def two_cases(new_uow):
    tree = make_tree(new_uow)
    city = Driver.new(new_uow, tree.city, at(DAY))
    county = Driver.new(new_uow, tree.county_a, at(DAY))
    return tree, city.ref.id, county.ref.id


def test_every_read_path_is_filtered(new_uow, two_cases):
    tree, city_case, county_case = two_cases
    with new_uow(viewer_id=tree.county_a.officer.id) as uow:
        s = uow.session
        assert s.scalars(select(Case.id)).all() == [county_case]                      # column select
        assert s.get(Case, city_case) is None                                          # get by key
        assert s.get(Case, county_case) is not None
        assert {p.case_id for p in s.scalars(select(Party))} == {county_case}         # owned through the case
        officer = aliased(User)
        rows = s.execute(select(Case.id, officer.username).join(officer, officer.id == Case.officer_id)).all()
        assert [r[0] for r in rows] == [county_case]                                   # an aliased join
        assert s.scalar(select(func.count()).select_from(DeadlineRow)
                        .where(DeadlineRow.case_id == city_case)) == 0
        users = s.scalars(select(User.office_id)).all()
        assert set(users) == {tree.county_a.office.id}
    with new_uow(viewer_id=tree.county_a.officer.id) as uow:
        case = uow.session.get(Case, county_case)
        assert {p.case_id for p in case.parties} == {county_case}                      # a lazy load
        uow.session.execute(delete(DeadlineRow))                                       # a bulk delete …
        uow.commit()
    with new_uow() as uow:                                                             # … reaches only its own
        left = set(uow.session.scalars(select(DeadlineRow.case_id)))
        assert city_case in left and county_case not in left


def test_the_city_reads_below_unless_its_setting_says_none(new_uow, two_cases):
    tree, city_case, county_case = two_cases
    with new_uow(viewer_id=tree.city.officer.id) as uow:
        assert set(uow.session.scalars(select(Case.id))) == {city_case, county_case}
    from ipcase.loaders.settings import store_value
    with new_uow() as uow:
        store_value(uow.session, tree.city.office.id, "offices.supervision", "none")
        uow.commit()
    with new_uow(viewer_id=tree.city.officer.id) as uow:
        assert isinstance(office_scope.current_scope(uow.session), OfficeScope)
        assert set(uow.session.scalars(select(Case.id))) == {city_case}


def test_system_work_is_unscoped(new_uow, two_cases):
    tree, city_case, county_case = two_cases
    with new_uow() as uow:
        assert set(uow.session.scalars(select(Case.id))) == {city_case, county_case}
    with new_uow(viewer_id=tree.county_b.admin.id) as uow, office_scope.system_work(uow.session):
        assert set(uow.session.scalars(select(Case.id))) == {city_case, county_case}
