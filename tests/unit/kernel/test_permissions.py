"""The one table of who may do what: every gesture has roles, every check in the core names a gesture of the
table, and no role set is declared anywhere else."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipcase.domain.cases.workflow import TRANSITIONS as CASE_TRANSITIONS
from ipcase.domain.enums import Role
from ipcase.domain.mediation.cases import TRANSITIONS as MEDIATION_TRANSITIONS
from ipcase.domain.permissions import PERMISSIONS, may, require, roles_for
from ipcase.errors import PermissionDenied

ROOT = Path(__file__).resolve().parents[3]
CORE = [p for p in (ROOT / "ipcase").rglob("*.py") if "migrations" not in p.parts]
UI = list((ROOT / "ui").rglob("*.py"))
# A gesture named where a permission is checked: actor(…, "g", …), host_actor(…, "g", …), may(role, "g"),
# require(role, "g", …), a transition's gesture="g"; the UI's ctx.may("g").
NAMED = re.compile(r'(?:actor\([^()]*?|may\([^()]*?, |ctx\.may\(|require\([^()]*?, |gesture=)"([a-z_]+\.[a-z_]+)"')


def test_every_gesture_has_roles():
    for gesture, roles in PERMISSIONS.items():
        assert roles and all(isinstance(r, Role) for r in roles), gesture


def test_unknown_gesture_is_a_programming_error():
    with pytest.raises(KeyError):
        may(Role.ADMIN, "approval.decidee")


def test_nobody_logged_in_may_nothing():
    assert not any(may(None, g) for g in PERMISSIONS)
    assert not may("no such role", "case.service")


def test_approvals_and_extensions_are_the_dept_heads():
    for gesture in ("approval.decide", "extension.approve", "recusal.decide"):
        assert roles_for(gesture) == {Role.DEPT_HEAD}
    assert roles_for("approval.review") == {Role.SECTION_HEAD}


def test_administrators_do_no_casework():
    case_work = [g for g in PERMISSIONS if g.split(".")[0] in
                 ("case", "approval", "extension", "panel", "recusal", "intake", "mediation", "documents")]
    assert case_work and not any(may(Role.ADMIN, g) for g in case_work)
    admin_only = ("settings.edit", "users.manage", "holidays.edit", "rooms.manage")
    assert all(roles_for(g) == {Role.ADMIN} for g in admin_only)


def test_require_names_the_refused_step_and_role():
    require(Role.DEPT_HEAD, "extension.approve", "intake.extend")
    with pytest.raises(PermissionDenied) as info:
        require("officer", "extension.approve", "intake.extend")
    assert (info.value.action, info.value.role) == ("intake.extend", "officer")


def test_every_transition_asks_a_gesture_of_the_table():
    for t in (*CASE_TRANSITIONS, *MEDIATION_TRANSITIONS):
        assert t.gesture in PERMISSIONS and t.roles == roles_for(t.gesture), t.action


def test_every_gesture_the_core_checks_is_in_the_table_and_every_gesture_is_used():
    named = {m for p in (*CORE, *UI) for m in NAMED.findall(p.read_text(encoding="utf-8"))}
    named |= {t.gesture for t in (*CASE_TRANSITIONS, *MEDIATION_TRANSITIONS)}
    assert named, "the scan found no permission checks"
    assert not named - set(PERMISSIONS), f"checks naming a gesture the table lacks: {sorted(named - set(PERMISSIONS))}"
    assert not set(PERMISSIONS) - named, f"gestures nobody checks: {sorted(set(PERMISSIONS) - named)}"


def test_no_role_set_outside_the_table():
    # The demo picks its cast by role, statistics group by it (`Role.X.value` in SQL): data, not permissions.
    pattern = re.compile(r"\bRole\.(OFFICER|CLERK|SECTION_HEAD|DEPT_HEAD|ADMIN)\b(?!\.value)|role [!=]= \"")
    core = [p for p in CORE if p.name not in ("permissions.py", "enums.py") and "demo" not in p.parts]
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in core
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert not offenders, offenders
