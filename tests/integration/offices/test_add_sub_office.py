"""新增下级单位 (issue 18): an administrator of a top-level office adds a sub-office and its first administrator
through the same service as `init --parent`; a county's administrator cannot; the offices stay apart; every
problem of the form is reported on its field. SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from office_helpers import PASSWORD, make_tree
from sqlalchemy import select

from ipcase.db.models.admin import Office, User
from ipcase.errors import PermissionDenied, ValidationErrors, ValidationFailed
from ipcase.queries.admin import office as office_queries
from ipcase.queries.admin import users as user_queries
from ipcase.services.admin import auth, setup
from ipcase.uow import uow_factory


@pytest.fixture
def tree(new_uow):
    return make_tree(new_uow)


def test_a_city_administrator_adds_a_county_that_starts_apart(tree, new_uow, engine):
    city = tree.city
    bound = uow_factory(engine, viewer_id=city.admin.id)   # as the GUI binds its units of work
    with bound() as uow:
        office, admin = setup.add_sub_office(uow, actor_id=city.admin.id, name="丙县市场监督管理局", short_name="丙县",
                                             admin_username="c_admin", admin_password=PASSWORD,
                                             admin_full_name="丙县管理员", pattern="")
    assert office.short_name == "丙县" and office.higher_office == "测试市市场监督管理局"
    assert office.case_number_pattern == "{机关简称}知裁字〔{YYYY}〕{n}号"
    with new_uow() as uow:
        row = uow.session.get(Office, office.id)
        assert row.parent_id == city.office.id
        assert uow.session.get(User, admin.id).office_id == office.id
    with bound() as uow:
        page = office_queries.sub_offices(uow, office_id=city.office.id)
    assert page.may_add and [o.short_name for o in page.offices] == ["甲县", "乙县", "丙县"]
    assert page.offices[-1].admins == "c_admin"
    # the new administrator logs in to an office of their own: they list only its users, and add none there
    with new_uow() as uow:
        user = auth.login(uow, username="c_admin", password=PASSWORD)
    assert user.office_id == office.id
    with uow_factory(engine, viewer_id=admin.id)() as uow:
        assert [u.username for u in user_queries.list_users(uow)] == ["c_admin"]
        page = office_queries.sub_offices(uow, office_id=office.id)
    assert not page.may_add and page.offices == ()


def test_a_county_administrator_cannot_add_a_sub_office(tree, new_uow):
    with new_uow() as uow, pytest.raises(PermissionDenied):
        setup.add_sub_office(uow, actor_id=tree.county_a.admin.id, name="丁镇", short_name="丁镇",
                             admin_username="d_admin", admin_password=PASSWORD)
    with new_uow() as uow:
        assert uow.session.scalar(select(Office.id).where(Office.short_name == "丁镇")) is None


def test_only_an_administrator_adds_one(tree, new_uow):
    with new_uow() as uow, pytest.raises(PermissionDenied):
        setup.add_sub_office(uow, actor_id=tree.city.dept_head.id, name="丙县市场监督管理局", short_name="丙县",
                             admin_username="c_admin", admin_password=PASSWORD)


def test_every_problem_on_its_field(tree, new_uow):
    with new_uow() as uow, pytest.raises(ValidationErrors) as refused:
        setup.add_sub_office(uow, actor_id=tree.city.admin.id, name=" ", short_name="甲县",
                             admin_username="city_admin", admin_password="abc", pattern="{机关简称}{n}号")
    found = {(e.field, e.reason) for e in refused.value.errors}
    assert found == {("name", "required"), ("short_name", "taken"), ("admin_username", "taken"),
                     ("case_number_pattern", "missing_year"), ("admin_password", "too_short")}
    with new_uow() as uow, pytest.raises(ValidationFailed) as one:   # one problem: that one, on its field
        setup.add_sub_office(uow, actor_id=tree.city.admin.id, name="丙县市场监督管理局", short_name="丙县",
                             admin_username="c_admin", admin_password="c_admin")
    assert one.value.field == "admin_password"
