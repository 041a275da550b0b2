"""Optimistic locking of every settings page (issue 12): two administrators load the same settings, both save; the
second is refused with ConcurrentModification naming the group (and who saved, where known), nothing of the first
save is lost, and saving again against the newer version works — on SQLite and PostgreSQL."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import pytest

from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.domain.enums import Role
from ipcase.domain.intake.routing import Condition, Fact, RoutingRule, Track
from ipcase.dto.documents import DocumentSettings
from ipcase.dto.hearings import HearingSettings, RoomInput
from ipcase.dto.mediation import MediatorPoolInput
from ipcase.errors import ConcurrentModification, ValidationFailed
from ipcase.loaders.setting_versions import GROUPS
from ipcase.queries.admin.accounts import account_rules_page
from ipcase.queries.admin.deadline_rules import deadline_rules
from ipcase.queries.admin.office import office_info
from ipcase.queries.documents.register import document_settings
from ipcase.queries.hearings import sessions as hearing_queries
from ipcase.queries.intake.register import routing_settings
from ipcase.queries.mediation.cases import mediators, number_pattern
from ipcase.services.admin import account_rules as account_services
from ipcase.services.admin import auth
from ipcase.services.admin import deadline_rules as deadline_services
from ipcase.services.admin.office import update_office
from ipcase.services.documents.issue import update_document_settings
from ipcase.services.hearings import rooms as room_services
from ipcase.services.intake.settings import save_routing
from ipcase.services.mediation import cases as mediation_services
from ipcase.services.mediation.mediators import save_mediator

NOW = datetime(2026, 12, 6, 10, 0)


@dataclass(frozen=True)
class Page:
    """One settings page: what it loads (a value with its version), how a save of variant `n` is made, and what
    of that save can be read back."""
    kind: str
    load: Callable[[Any, Any], tuple[int, Any]]            # (uow, staff) -> (version, loaded)
    save: Callable[[Any, int, int, Any, int], Any]          # (uow, actor_id, version, loaded, n)
    saved: Callable[[Any, Any], Any]                        # (uow, staff) -> what a save changes
    expected: Callable[[int], Any]                          # n -> what save n leaves


def _office_load(uow, staff):
    info = office_info(uow, office_id=staff.office.id)
    return info.version, info


def _deadline_load(uow, staff):
    page = deadline_rules(uow, office_id=staff.office.id)
    return page.version, page.settings


def _documents_load(uow, staff):
    page = document_settings(uow, office_id=staff.office.id)
    return page.version, page


def _routing_load(uow, staff):
    page = routing_settings(uow, office_id=staff.office.id)
    return page.version, page


def _hearing_load(uow, staff):
    page = hearing_queries.hearing_rules(uow, office_id=staff.office.id)
    return page.version, page.settings


def _room_load(uow, staff):
    room = hearing_queries.rooms(uow, office_id=staff.office.id, include_inactive=True)[0]
    return room.version, room


def _mediator_load(uow, staff):
    m = mediators(uow, office_id=staff.office.id)[0]
    return m.version, m


def _account_rules_load(uow, staff):
    page = account_rules_page(uow, office_id=staff.office.id)
    return page.version, page.rules


def _mediation_pattern_load(uow, staff):
    page = number_pattern(uow, office_id=staff.office.id)
    return page.version, page.pattern


def _rule(n):
    return (RoutingRule(f"规则{n}", Track.FAST, (Condition(Fact.CHANNEL, "in", ("trade_fair",)),)),)


PAGES = [
    Page("office",
         _office_load,
         lambda uow, a, v, o, n: update_office(uow, actor_id=a, office=replace(o, phone=f"0571-{n}"),
                                               expected_version=v),
         lambda uow, staff: office_info(uow, office_id=staff.office.id).phone,
         lambda n: f"0571-{n}"),
    Page("deadline_rules",
         _deadline_load,
         lambda uow, a, v, d, n: deadline_services.update_deadline_settings(
             uow, actor_id=a, settings=replace(d, evidence_days=20 + n), expected_version=v, now=NOW),
         lambda uow, staff: deadline_rules(uow, office_id=staff.office.id).settings.evidence_days,
         lambda n: 20 + n),
    Page("document_settings",
         _documents_load,
         lambda uow, a, v, d, n: update_document_settings(
             uow, actor_id=a, settings=DocumentSettings(40 + n, d.patterns, d.fonts), expected_version=v),
         lambda uow, staff: document_settings(uow, office_id=staff.office.id).public_notice_days,
         lambda n: 40 + n),
    Page("routing_rules",
         _routing_load,
         lambda uow, a, v, r, n: save_routing(uow, actor_id=a, rules=_rule(n), complaint_needs_request=True,
                                              expected_version=v),
         lambda uow, staff: routing_settings(uow, office_id=staff.office.id).rules[0].name,
         lambda n: f"规则{n}"),
    Page("hearing_settings",
         _hearing_load,
         lambda uow, a, v, h, n: room_services.update_hearing_settings(
             uow, actor_id=a, settings=replace(h, default_minutes=60 + n), expected_version=v),
         lambda uow, staff: hearing_queries.hearing_settings(uow, office_id=staff.office.id).default_minutes,
         lambda n: 60 + n),
    Page("account_rules",
         _account_rules_load,
         lambda uow, a, v, r, n: account_services.update_account_rules(
             uow, actor_id=a, rules=replace(r, min_length=8 + n), expected_version=v),
         lambda uow, staff: account_rules_page(uow, office_id=staff.office.id).rules.min_length,
         lambda n: 8 + n),
    Page("mediation_pattern",
         _mediation_pattern_load,
         lambda uow, a, v, p, n: mediation_services.update_case_number_pattern(
             uow, actor_id=a, pattern=f"{{机关简称}}调{n}字〔{{YYYY}}〕{{n}}号", expected_version=v),
         lambda uow, staff: number_pattern(uow, office_id=staff.office.id).pattern,
         lambda n: f"{{机关简称}}调{n}字〔{{YYYY}}〕{{n}}号"),
    Page("hearing_room",
         _room_load,
         lambda uow, a, v, r, n: room_services.save_room(
             uow, actor_id=a, room_id=r.id, expected_version=v, data=RoomInput(r.name, place=f"{n}楼")),
         lambda uow, staff: hearing_queries.rooms(uow, office_id=staff.office.id)[0].place,
         lambda n: f"{n}楼"),
    Page("mediator",
         _mediator_load,
         lambda uow, a, v, m, n: save_mediator(
             uow, actor_id=a, mediator_id=m.id, expected_version=v, data=MediatorPoolInput(m.name, phone=f"138{n}")),
         lambda uow, staff: mediators(uow, office_id=staff.office.id)[0].phone,
         lambda n: f"138{n}"),
]


@pytest.fixture
def second_admin(new_uow, staff):
    with new_uow() as uow:
        return auth.create_user(uow, actor_id=staff.admin.id, username="admin2", full_name="钱管理",
                                role=Role.ADMIN, password="password1")


@pytest.fixture
def with_rows(new_uow, staff):
    """A room and a mediator to edit (the pages of rows)."""
    with new_uow() as uow:
        room_services.save_room(uow, actor_id=staff.admin.id, data=RoomInput("第一口审庭"))
    with new_uow() as uow:
        save_mediator(uow, actor_id=staff.officer.id, data=MediatorPoolInput("周调解"))
    return staff


def _actor(page: Page, staff, second_admin):
    """Mediators are kept by officers; every other page by administrators."""
    return (staff.officer.id, staff.officer2.id) if page.kind == "mediator" else (staff.admin.id, second_admin.id)


@pytest.mark.parametrize("page", PAGES, ids=[p.kind for p in PAGES])
def test_a_second_save_of_what_was_loaded_is_refused_and_the_first_kept(new_uow, with_rows, second_admin, page):
    staff = with_rows
    first, second = _actor(page, staff, second_admin)
    with new_uow() as uow:
        version_a, loaded_a = page.load(uow, staff)
    with new_uow() as uow:
        version_b, loaded_b = page.load(uow, staff)
    assert version_a == version_b
    with new_uow() as uow:
        page.save(uow, first, version_a, loaded_a, 1)
    with pytest.raises(ConcurrentModification) as refused, new_uow() as uow:
        page.save(uow, second, version_b, loaded_b, 2)
    assert refused.value.kind == page.kind
    assert refused.value.expected_version == version_b
    assert refused.value.actual_version > version_b
    if page.kind in GROUPS:   # a settings group records who saved it last
        assert refused.value.changes == (staff.admin.full_name,)
    with new_uow() as uow:
        assert page.saved(uow, staff) == page.expected(1)   # nothing of the first save is lost
    # Told, the second administrator saves against the newer version: now it is theirs.
    with new_uow() as uow:
        newer, _ = page.load(uow, staff)
    assert newer == refused.value.actual_version
    with new_uow() as uow:
        page.save(uow, second, newer, loaded_b, 2)
    with new_uow() as uow:
        assert page.saved(uow, staff) == page.expected(2)
        assert page.load(uow, staff)[0] > newer


def test_the_conflict_names_who_saved_the_group(new_uow, staff, second_admin):
    with new_uow() as uow:
        page = deadline_rules(uow, office_id=staff.office.id)
    assert page.version == 0   # never saved: the defaults
    with new_uow() as uow:
        deadline_services.update_deadline_settings(uow, actor_id=second_admin.id, settings=page.settings,
                                                   expected_version=0, now=NOW)
    with pytest.raises(ConcurrentModification) as refused, new_uow() as uow:
        deadline_services.update_deadline_settings(uow, actor_id=staff.admin.id,
                                                   settings=replace(page.settings, suit_days=30),
                                                   expected_version=0, now=NOW)
    assert refused.value.changes == ("钱管理",)
    assert (refused.value.expected_version, refused.value.actual_version) == (0, 1)
    with new_uow() as uow:
        assert deadline_rules(uow, office_id=staff.office.id).settings.suit_days == DeadlineSettings().suit_days


def test_a_changed_row_needs_the_version_it_was_loaded_at(new_uow, with_rows):
    staff = with_rows
    with new_uow() as uow:
        room = hearing_queries.rooms(uow, office_id=staff.office.id)[0]
    with pytest.raises(ValidationFailed) as missing, new_uow() as uow:
        room_services.save_room(uow, actor_id=staff.admin.id, room_id=room.id, data=RoomInput(room.name, "二楼"))
    assert missing.value.field == "expected_version"


def test_groups_are_versioned_per_office(new_uow, staff):
    """Another office's save of the same group does not make this office's page stale."""
    from ipcase.services.admin import setup
    with new_uow() as uow:
        _, other_admin = setup.create_office(uow, name="另一区市场监督管理局", short_name="另区",
                                             admin_username="admin9", admin_password="password1")
    with new_uow() as uow:
        page = hearing_queries.hearing_rules(uow, office_id=staff.office.id)
    with new_uow() as uow:
        room_services.update_hearing_settings(uow, actor_id=other_admin.id, settings=HearingSettings(),
                                              expected_version=0)
    with new_uow() as uow:
        room_services.update_hearing_settings(uow, actor_id=staff.admin.id,
                                              settings=replace(page.settings, return_slip_days=7),
                                              expected_version=page.version)
    with new_uow() as uow:
        assert hearing_queries.hearing_settings(uow, office_id=staff.office.id).return_slip_days == 7
