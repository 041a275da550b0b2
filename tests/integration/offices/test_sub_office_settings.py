"""A new sub-office starts with its parent's settings, not the program's defaults (issue 12): `init --parent`
(setup.create_office with a parent) and the demo's counties copy the city's stored settings and 文号 patterns; a
number pattern is taken over only when it names the office by {机关简称}; the copies are the county's own."""
from __future__ import annotations

import json

import pytest
from office_helpers import PASSWORD, make_office_staff
from sqlalchemy import select

from ipcase.db.models.admin import Office, Setting, SettingVersion
from ipcase.db.models.documents import DocumentNumberPattern
from ipcase.demo.bulk import ensure_office
from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.domain.numbering import DEFAULT_CASE_PATTERN, DEFAULT_MEDIATION_PATTERN
from ipcase.domain.passwords import AccountRules
from ipcase.errors import ValidationFailed
from ipcase.loaders.accounts import load_account_rules
from ipcase.loaders.mediation import PATTERN_KEY
from ipcase.loaders.settings import load_settings, store_value, stored_settings
from ipcase.services.admin import setup

CITY_RULES = {"account.min_length": 9, "account.idle_minutes": 30, "deadline.answer_days": 20,
              "documents.public_notice_days": 45, "offices.supervision": "read"}


def _configure(new_uow, office_id: int, *, literal_patterns: bool) -> None:
    """The city's administrator has changed settings (written as the settings pages store them)."""
    with new_uow() as uow:
        s = uow.session
        for key, value in CITY_RULES.items():
            store_value(s, office_id, key, value)
        store_value(s, office_id, PATTERN_KEY, "测试市调字〔{YYYY}〕{n}号" if literal_patterns
                    else "{机关简称}市调字〔{YYYY}〕{n}号")
        s.add(DocumentNumberPattern(office_id=office_id, doc_type="acceptance_notice", pattern="{机关简称}专受字〔{YYYY}〕{n}号"))
        s.add(DocumentNumberPattern(office_id=office_id, doc_type="refusal_notice", pattern="测试市驳字〔{YYYY}〕{n}号"))
        office = s.get(Office, office_id)
        office.case_number_pattern = "测试市案〔{YYYY}〕{n}号" if literal_patterns else "{机关简称}专裁〔{YYYY}〕{n}号"
        uow.commit()


def _patterns(new_uow, office_id: int) -> dict:
    with new_uow() as uow:
        return dict(uow.session.execute(select(DocumentNumberPattern.doc_type, DocumentNumberPattern.pattern)
                                        .where(DocumentNumberPattern.office_id == office_id)).all())


def test_a_county_created_under_the_city_starts_with_the_citys_settings(new_uow):
    city = make_office_staff(new_uow, name="测试市市场监督管理局", short_name="测试市", prefix="city_")
    _configure(new_uow, city.office.id, literal_patterns=False)
    county = make_office_staff(new_uow, name="甲县市场监督管理局", short_name="甲县", prefix="a_", parent="测试市")
    with new_uow() as uow:
        s = uow.session
        assert stored_settings(s, county.office.id) == stored_settings(s, city.office.id)
        assert load_settings(s, county.office.id).answer_days == 20 != DeadlineSettings().answer_days
        assert load_account_rules(s, county.office.id) == load_account_rules(s, city.office.id)
        office = s.get(Office, county.office.id)
        assert office.case_number_pattern == "{机关简称}专裁〔{YYYY}〕{n}号"
        assert office.higher_office == "测试市市场监督管理局"
        # Versions count the county's own saves: none yet, so its pages load version 0.
        assert s.scalars(select(SettingVersion).where(SettingVersion.office_id == county.office.id)).all() == []
    assert _patterns(new_uow, county.office.id) == {"acceptance_notice": "{机关简称}专受字〔{YYYY}〕{n}号"}
    # The copy is the county's own: the city changing its settings later changes nothing in the county.
    with new_uow() as uow:
        store_value(uow.session, city.office.id, "deadline.answer_days", 25)
        uow.commit()
    with new_uow() as uow:
        assert load_settings(uow.session, county.office.id).answer_days == 20


def test_a_pattern_naming_the_city_itself_is_not_taken_over(new_uow):
    city = make_office_staff(new_uow, name="测试市市场监督管理局", short_name="测试市", prefix="city_")
    _configure(new_uow, city.office.id, literal_patterns=True)
    county = make_office_staff(new_uow, name="甲县市场监督管理局", short_name="甲县", prefix="a_", parent="测试市")
    with new_uow() as uow:
        s = uow.session
        assert s.get(Office, county.office.id).case_number_pattern == DEFAULT_CASE_PATTERN
        assert PATTERN_KEY not in stored_settings(s, county.office.id)   # → DEFAULT_MEDIATION_PATTERN
        assert json.loads(stored_settings(s, city.office.id)[PATTERN_KEY]) != DEFAULT_MEDIATION_PATTERN
        assert load_settings(s, county.office.id).answer_days == 20
    assert _patterns(new_uow, county.office.id) == {"acceptance_notice": "{机关简称}专受字〔{YYYY}〕{n}号"}


def test_the_new_administrators_password_meets_the_rules_the_office_starts_with(new_uow):
    city = make_office_staff(new_uow, name="测试市市场监督管理局", short_name="测试市", prefix="city_")
    _configure(new_uow, city.office.id, literal_patterns=False)
    with new_uow() as uow:
        store_value(uow.session, city.office.id, "account.min_length", len(PASSWORD) + 1)
        uow.commit()
    with new_uow() as uow, pytest.raises(ValidationFailed) as refused:
        setup.create_office(uow, name="甲县市场监督管理局", short_name="甲县", admin_username="a_admin",
                            admin_password=PASSWORD, parent_short_name="测试市")
    assert refused.value.reason == "too_short"
    with new_uow() as uow:   # nothing was created
        assert uow.session.scalar(select(Office.id).where(Office.short_name == "甲县")) is None
    # A top-level office starts with the defaults.
    with new_uow() as uow:
        _office, _admin = setup.create_office(uow, name="另一市市场监督管理局", short_name="另一市",
                                              admin_username="other_admin", admin_password=PASSWORD)
    with new_uow() as uow:
        assert stored_settings(uow.session, _office.id) == {}
        assert load_account_rules(uow.session, _office.id) == AccountRules()


def test_the_demos_counties_start_with_the_top_offices_settings(new_uow):
    top = ensure_office(new_uow)
    _configure(new_uow, top, literal_patterns=False)
    ensure_office(new_uow, sub_offices=2)
    with new_uow() as uow:
        s = uow.session
        counties = s.scalars(select(Office.id).where(Office.parent_id == top)).all()
        assert len(counties) == 2
        expected = stored_settings(s, top)
        for county in counties:
            assert stored_settings(s, county) == expected
            assert s.get(Office, county).case_number_pattern == "{机关简称}专裁〔{YYYY}〕{n}号"
        assert s.scalar(select(Setting.key).where(Setting.office_id.in_(counties), Setting.key == PATTERN_KEY))
    for county in counties:
        assert _patterns(new_uow, county) == {"acceptance_notice": "{机关简称}专受字〔{YYYY}〕{n}号"}
