"""The nine cross-office probes of issue 12, as a county user would try them, plus what the city may and may not
do with its counties' records. Each runs as the GUI does (a unit of work bound to the logged-in viewer) and as a
script does (an unbound unit of work naming the actor)."""
from __future__ import annotations

import inspect
from dataclasses import replace
from datetime import date

import pytest
from office_helpers import PASSWORD, make_tree

from case_helpers import Driver, at, sample_request
from ipcase.dto.cases import CaseFilter
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import AccountRevoked, AuthenticationFailed, NotFound, OfficeRefused, ValidationFailed
from ipcase.queries.admin.users import list_users
from ipcase.queries.cases.approvals import pending_approvals
from ipcase.queries.cases.register import case_detail, list_cases
from ipcase.services.admin import auth
from ipcase.services.admin.office import update_office
from ipcase.services.cases import actions as cases
from ipcase.services.documents import issue as documents

DAY = date(2026, 11, 2)


@pytest.fixture
def tree(new_uow):
    return make_tree(new_uow)


@pytest.fixture
def city_case(new_uow, tree):
    """A city case waiting for the city 部门负责人's decision on 立案."""
    c = Driver.new(new_uow, tree.city, at(DAY))
    c.panel(at(DAY))
    c.act("register", {"registered_date": DAY}, at(DAY))
    return c


def rename(uow, actor, office, name):
    """update_office as the 机关信息 page calls it (with the version it loaded, once settings saves are versioned)."""
    params = inspect.signature(update_office).parameters
    extra = {"expected_version": office.version} if "expected_version" in params else {}
    update_office(uow, actor_id=actor.id, office=replace(office, name=name), **extra)


def bound(new_uow, user):
    """A unit of work as a window logged in as `user` opens it."""
    return new_uow(viewer_id=user.id)


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_a_county_officer_neither_lists_nor_opens_nor_edits_a_city_case(new_uow, tree, city_case, as_gui):
    officer = tree.county_a.officer
    opener = (lambda: bound(new_uow, officer)) if as_gui else new_uow
    if as_gui:   # a script has no viewer to scope a bare query by: it names its office in the filter
        with opener() as uow:
            assert list_cases(uow, CaseFilter(), today=DAY).rows == ()
            with pytest.raises(NotFound):
                case_detail(uow, city_case.ref.id, viewer_id=officer.id, today=DAY)
    with opener() as uow, pytest.raises(NotFound):
        cases.update_request(uow, actor_id=officer.id, case_id=city_case.ref.id,
                             expected_version=city_case.ref.version, data=sample_request(claims_asserted="改"),
                             now=at(DAY))


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_a_county_clerk_cannot_issue_a_document_on_a_city_case(new_uow, tree, city_case, as_gui):
    clerk = tree.county_a.clerk
    with (bound(new_uow, clerk) if as_gui else new_uow()) as uow, pytest.raises(NotFound):
        documents.issue_document(uow, actor_id=clerk.id, case_id=city_case.ref.id,
                                 draft=DocumentDraft("acceptance_notice", {}), now=at(DAY))


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_a_county_dept_head_cannot_decide_a_city_approval(new_uow, tree, city_case, as_gui):
    with new_uow() as uow:
        approval = [a for a in pending_approvals(uow, viewer_id=tree.city.dept_head.id)
                    if a.case_id == city_case.ref.id][0]
    head = tree.county_a.dept_head
    if as_gui:
        with bound(new_uow, head) as uow:
            assert pending_approvals(uow, viewer_id=head.id) == ()
    with (bound(new_uow, head) if as_gui else new_uow()) as uow, pytest.raises(NotFound):
        cases.decide_approval(uow, actor_id=head.id, approval_id=approval.id, approve=True, opinion="同意",
                              now=at(DAY))
    with new_uow() as uow:   # still waiting for the city
        assert [a.id for a in pending_approvals(uow, viewer_id=tree.city.dept_head.id)] == [approval.id]


@pytest.mark.parametrize("as_gui", [True, False], ids=["gui", "script"])
def test_a_county_admin_cannot_touch_the_city_office_or_its_users(new_uow, tree, as_gui):
    admin = tree.county_a.admin
    open_ = (lambda: bound(new_uow, admin)) if as_gui else new_uow
    with open_() as uow, pytest.raises((ValidationFailed, NotFound)):
        rename(uow, admin, tree.city.office, "被改名的市局")
    with open_() as uow, pytest.raises((ValidationFailed, NotFound)):
        auth.set_user_active(uow, actor_id=admin.id, user_id=tree.city.dept_head.id, active=False)
    with open_() as uow, pytest.raises((ValidationFailed, NotFound)):
        auth.reset_password(uow, actor_id=admin.id, user_id=tree.city.admin.id, password="takeover123")
    with new_uow() as uow:
        with pytest.raises(AuthenticationFailed):
            auth.login(uow, username="city_admin", password="takeover123", now=at(DAY))
    with new_uow() as uow:
        assert auth.login(uow, username="city_admin", password=PASSWORD, now=at(DAY)).id == tree.city.admin.id
    with new_uow() as uow:
        city = [u for u in list_users(uow) if u.id == tree.city.dept_head.id]
        assert city and city[0].active and city[0].office_name == "测试市市场监督管理局"


def test_the_city_reads_its_county_cases_and_changes_nothing_there(new_uow, tree):
    county_case = Driver.new(new_uow, tree.county_a, at(DAY))
    county_case.panel(at(DAY))
    county_case.act("register", {"registered_date": DAY}, at(DAY))
    city = tree.city
    with bound(new_uow, city.officer) as uow:
        rows = list_cases(uow, CaseFilter(), today=DAY).rows
        assert [r.id for r in rows] == [county_case.ref.id]
        assert case_detail(uow, county_case.ref.id, viewer_id=city.officer.id, today=DAY).id == county_case.ref.id
    with bound(new_uow, city.officer) as uow, pytest.raises(OfficeRefused) as refused:
        cases.update_request(uow, actor_id=city.officer.id, case_id=county_case.ref.id,
                             expected_version=county_case.ref.version, data=sample_request(), now=at(DAY))
    assert refused.value.reason == "read_only"
    with new_uow() as uow:
        approval = [a for a in pending_approvals(uow, viewer_id=tree.county_a.dept_head.id)][0]
    with bound(new_uow, city.dept_head) as uow, pytest.raises(OfficeRefused):
        cases.decide_approval(uow, actor_id=city.dept_head.id, approval_id=approval.id, approve=True,
                              opinion="同意", now=at(DAY))
    with bound(new_uow, city.admin) as uow, pytest.raises(OfficeRefused):
        auth.reset_password(uow, actor_id=city.admin.id, user_id=tree.county_a.admin.id, password="takeover123")
    with bound(new_uow, city.admin) as uow, pytest.raises(OfficeRefused):
        rename(uow, city.admin, tree.county_a.office, "改名")


def test_a_sibling_county_sees_nothing_of_the_other(new_uow, tree):
    Driver.new(new_uow, tree.county_a, at(DAY))
    with bound(new_uow, tree.county_b.dept_head) as uow:
        assert list_cases(uow, CaseFilter(), today=DAY).rows == ()
        assert {u.id for u in list_users(uow)} <= {tree.county_b.admin.id, tree.county_b.officer.id,
                                                   tree.county_b.officer2.id, tree.county_b.officer3.id,
                                                   tree.county_b.clerk.id, tree.county_b.section_head.id,
                                                   tree.county_b.dept_head.id}


def test_a_deactivated_user_loses_access_at_the_next_action_of_an_open_window(new_uow, tree):
    officer = tree.city.officer
    with bound(new_uow, officer) as uow:   # the window worked a moment ago
        list_cases(uow, CaseFilter(), today=DAY)
    with new_uow() as uow:
        auth.set_user_active(uow, actor_id=tree.city.admin.id, user_id=officer.id, active=False)
    with pytest.raises(AccountRevoked):
        with bound(new_uow, officer) as uow:
            list_cases(uow, CaseFilter(), today=DAY)


def test_a_window_acts_only_as_its_own_user(new_uow, tree):
    with bound(new_uow, tree.city.officer) as uow, pytest.raises(Exception) as refused:
        cases.register_request(uow, actor_id=tree.city.dept_head.id, data=sample_request(), now=at(DAY))
    assert type(refused.value).__name__ == "PermissionDenied"


def test_numbers_stay_per_office(new_uow, tree):
    """案号 of two offices registering in the same year each start at 1 (gapless per office)."""
    numbers = {}
    for staff in (tree.city, tree.county_a):
        c = Driver.new(new_uow, staff, at(DAY))
        c.panel(at(DAY))
        ref = c.act_approved("register", {"registered_date": DAY}, at(DAY))
        numbers[staff.office.short_name] = ref.case_number
    assert numbers["测试市"].startswith("测试市") and numbers["甲县"].startswith("甲县")
    assert numbers["测试市"].endswith("1号") and numbers["甲县"].endswith("1号")


def test_holidays_are_national_kept_by_the_top_office_only(new_uow, tree):
    from ipcase.domain.calendar import YearCalendar
    from ipcase.services.admin import holidays
    year = YearCalendar(2027, {date(2027, 1, 1): "元旦"}, {})
    with bound(new_uow, tree.county_a.admin) as uow, pytest.raises(OfficeRefused) as refused:
        holidays.save_holiday_year(uow, actor_id=tree.county_a.admin.id, calendar=year, note="", now=at(DAY))
    assert refused.value.reason == "national"
    county_case = Driver.new(new_uow, tree.county_a, at(DAY))
    with bound(new_uow, tree.city.admin) as uow:   # the city's save recomputes the county's limits too
        result = holidays.save_holiday_year(uow, actor_id=tree.city.admin.id, calendar=year, note="", now=at(DAY))
    assert result.cases >= 1
    assert county_case.detail(DAY).id == county_case.ref.id


def test_the_citys_work_list_holds_only_what_the_city_decides(new_uow, tree):
    """The city reads its county's cases, but its 部门负责人's 待我审批 lists only the city's approvals: a county
    立案 approval waits for the county's head, not hers."""
    county = Driver.new(new_uow, tree.county_a, at(DAY))
    county.panel(at(DAY))
    county.act("register", {"registered_date": DAY}, at(DAY))
    with bound(new_uow, tree.city.dept_head) as uow:
        assert pending_approvals(uow, viewer_id=tree.city.dept_head.id) == ()
    with bound(new_uow, tree.county_a.dept_head) as uow:
        assert [a.case_id for a in pending_approvals(uow, viewer_id=tree.county_a.dept_head.id)] == [county.ref.id]
