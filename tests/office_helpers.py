"""A city office and two county offices under it in one database, each with the usual staff (tests of issue 12)."""
from __future__ import annotations

from dataclasses import dataclass

from ipcase.domain.enums import Role
from ipcase.services.admin import auth, setup

PASSWORD = "password1"


@dataclass
class Staff:
    """The same fields as tests/conftest.Staff (the case helpers drive a case with them)."""
    office: object
    admin: object
    officer: object
    officer2: object
    officer3: object
    clerk: object
    section_head: object
    dept_head: object


def make_office_staff(new_uow, *, name: str, short_name: str, prefix: str, parent: str = "") -> Staff:
    with new_uow() as uow:
        office, admin = setup.create_office(uow, name=name, short_name=short_name, admin_username=f"{prefix}admin",
                                            admin_password=PASSWORD, parent_short_name=parent)
    people = {}
    for key, full_name, role in [("officer", "张伟", Role.OFFICER), ("officer2", "李娜", Role.OFFICER),
                                 ("officer3", "赵敏", Role.OFFICER), ("clerk", "孙丽", Role.CLERK),
                                 ("section_head", "王芳", Role.SECTION_HEAD), ("dept_head", "刘洋", Role.DEPT_HEAD)]:
        with new_uow() as uow:
            people[key] = auth.create_user(uow, actor_id=admin.id, username=f"{prefix}{key}",
                                           full_name=f"{short_name}{full_name}", role=role, password=PASSWORD)
    return Staff(office=office, admin=admin, **people)


@dataclass
class OfficeTree:
    city: Staff
    county_a: Staff
    county_b: Staff


def make_tree(new_uow) -> OfficeTree:
    city = make_office_staff(new_uow, name="测试市市场监督管理局", short_name="测试市", prefix="city_")
    a = make_office_staff(new_uow, name="甲县市场监督管理局", short_name="甲县", prefix="a_", parent="测试市")
    b = make_office_staff(new_uow, name="乙县市场监督管理局", short_name="乙县", prefix="b_", parent="测试市")
    return OfficeTree(city, a, b)
