"""The read lane's office scope (issue 19, Q19b): office_scope.readable_from works the scope out once per distinct
VIEWER_INPUTS rows, but the rows are read at every read-only unit of work — so after the lane has read (and
remembered) a viewer's scope, a move to another office, a changed supervision setting, a new sub-office and a
deactivation still count at the viewer's next read, on both backends; and it equals bind_viewer's rule."""
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
from ipcase.queries.cases.register import list_cases
from ipcase.services.admin import auth

DAY = date(2026, 11, 2)


def _lane(new_uow, viewer) -> tuple[tuple | None, list[int]]:
    """(the lane's readable offices, the ids its list shows), read twice: the second read uses the remembered rule."""
    for _ in range(2):
        with new_uow(viewer_id=viewer.id, read_only=True) as uow:
            offices = uow.readable_offices()
            ids = [r.id for r in list_cases(uow, CaseFilter(limit=500, count=False), today=DAY).rows]
    return offices, ids


def _ordinary(new_uow, viewer) -> tuple[tuple | None, list[int]]:
    with new_uow(viewer_id=viewer.id) as uow:
        return (office_scope.readable_offices(uow.session),
                list(uow.session.scalars(select(Case.id).order_by(Case.received_date.desc(), Case.id.desc()))))


@pytest.fixture
def tree(new_uow):
    tree = make_tree(new_uow)
    for staff, n in ((tree.city, 2), (tree.county_a, 2), (tree.county_b, 1)):
        for i in range(n):
            Driver.new(new_uow, staff, at(DAY), received=date(2026, 10, 20 + i))
    return tree


def test_the_remembered_scope_follows_every_change_at_the_next_read(new_uow, tree):
    county_a, city = tree.county_a, tree.city
    for viewer in (city.officer, county_a.officer, county_a.officer2, tree.county_b.clerk):
        assert _lane(new_uow, viewer) == _ordinary(new_uow, viewer)

    with new_uow() as uow:   # moved to the sibling county
        uow.session.get(User, county_a.officer2.id).office_id = tree.county_b.office.id
        uow.commit()
    assert _lane(new_uow, county_a.officer2) == _ordinary(new_uow, county_a.officer2)
    assert _lane(new_uow, county_a.officer2)[0] == (tree.county_b.office.id,)

    with new_uow() as uow:   # the city stops supervising
        store_value(uow.session, city.office.id, SUPERVISION_KEY, "none")
        uow.commit()
    assert _lane(new_uow, city.officer) == _ordinary(new_uow, city.officer)
    assert _lane(new_uow, city.officer)[0] == (city.office.id,)
    with new_uow() as uow:   # and again
        store_value(uow.session, city.office.id, SUPERVISION_KEY, "read")
        uow.commit()
    assert _lane(new_uow, city.officer) == _ordinary(new_uow, city.officer)

    other = make_office_staff(new_uow, name="另市市场监督管理局", short_name="另市", prefix="other_")
    Driver.new(new_uow, other, at(DAY))   # a new office: the city no longer reads every office
    assert _lane(new_uow, city.officer) == _ordinary(new_uow, city.officer)
    assert _lane(new_uow, city.officer)[0] is not None

    with new_uow() as uow:   # deactivated: refused at the next read, though the active scope was remembered
        auth.set_user_active(uow, actor_id=county_a.admin.id, user_id=county_a.officer.id, active=False)
        uow.commit()
    with pytest.raises(AccountRevoked), new_uow(viewer_id=county_a.officer.id, read_only=True) as uow:
        uow.readable_offices()
