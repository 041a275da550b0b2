"""Who may do what: one table of named gestures and the roles allowed to make them.

Every permission check in the core (services, queries, the state machines) and in the UI asks this table by
gesture name, so "who may approve an extension" is answered here and nowhere else. The table says what a *role*
may do; whether the user may do it *in this office* is a separate check (issue 12) made next to the role check
in `services.common.actor`.
"""
from __future__ import annotations

from collections.abc import Mapping

from ipcase.domain.enums import Role
from ipcase.errors import PermissionDenied

_OFFICERS = frozenset({Role.OFFICER, Role.SECTION_HEAD, Role.DEPT_HEAD})   # 办案人员 and the heads
_CASE_STAFF = _OFFICERS | {Role.CLERK}                                     # everyone who works on cases
_DEPT_HEAD = frozenset({Role.DEPT_HEAD})
_HEADS = frozenset({Role.SECTION_HEAD, Role.DEPT_HEAD})
_ADMIN = frozenset({Role.ADMIN})

PERMISSIONS: Mapping[str, frozenset[Role]] = {
    # ---- cases: the procedure and the clerical work around it ----
    "case.register": _CASE_STAFF,        # register or correct a request for adjudication (also a mediation request)
    "case.procedure": _OFFICERS,         # procedural steps: panel, hearings, evidence decisions, investigation
    "case.service": _CASE_STAFF,         # clerical steps a clerk takes too: service, receipts, registers, archive
    # ---- approvals (M25 §3/§4): the officer files, the 处(科)室负责人 may review, the 部门负责人 decides ----
    "approval.file": _OFFICERS,
    "approval.review": frozenset({Role.SECTION_HEAD}),
    "approval.decide": _DEPT_HEAD,
    # Extending a time limit is a decision of the 部门负责人 wherever it happens: the closing limit and the
    # decision on a request (as approvals), the D1 extension at intake, the D19 mediation-case extension.
    # (A party's evidence period, D10, is extended by the officers as a procedural step: "case.procedure".)
    # The lengths are in ipcase.domain.extensions.
    "extension.approve": _DEPT_HEAD,
    # ---- panel and recusal ----
    "panel.sit": _CASE_STAFF,            # may hold a seat on a panel (a clerk only a clerk's or investigator's)
    "panel.vote": _OFFICERS,             # may hold a voting seat (组长, 审理员)
    "recusal.decide": _DEPT_HEAD,        # 回避决定 (M25 art 5)
    # ---- hearings ----
    "postponement.decide": _HEADS,       # decide a postponement without sitting on the panel
    "rooms.manage": _ADMIN,              # hearing rooms and the hearing notice settings
    # ---- intake ----
    "intake.register": _CASE_STAFF,      # register, correct, attach, notify
    "intake.triage": _OFFICERS,          # decide what becomes of an item, track it, convert a complaint
    # ---- mediation ----
    "mediation.mediate": _OFFICERS,      # hold talks, draft and sign agreements, file the closing
    "mediation.record": _CASE_STAFF,     # record sessions, judicial confirmation, payments
    "mediators.manage": _OFFICERS,       # the mediator pool
    # ---- documents ----
    "documents.issue": _CASE_STAFF,      # issue, attach, serve, bind the case file (administrators do not)
    "documents.sign": _DEPT_HEAD,        # 签发人: approves issuing a document that no approval carries (as approvals)
    # ---- credit list (专利领域严重失信) and enforcement of rulings: the officers take the steps, the 部门负责人
    # decides 列入 and 信用修复 through "approval.decide" ----
    "credit.manage": _OFFICERS,
    # ---- satisfaction surveys after closing: the clerk who phones the party records the answers ----
    "survey.record": _CASE_STAFF,
    # ---- publication of rulings (M25 art 83) and typical cases: the officer prepares the redacted version, the
    # 部门负责人 approves publishing it; a 处(科)室负责人 or 部门负责人 chooses the 典型案例 ----
    "publication.file": _OFFICERS,
    "publication.approve": _DEPT_HEAD,
    "typical.mark": _HEADS,
    # ---- the field laptop (issue 14): the officer decides what the office did not take from their own laptop;
    # the 部门负责人 decides any laptop's queue; a 处(科)室负责人 or 部门负责人 ends someone's check-out (结束外出) ----
    "sync.decide_conflict": _OFFICERS,
    "sync.decide_any": _DEPT_HEAD,
    "sync.end_checkout": _HEADS,
    "sync.check_out": _OFFICERS,         # 检出: lend records to an officer's laptop (the 办案人员 or a head)
    "sync.check_out_any": _DEPT_HEAD,    # 检出 any record of the office, for any officer (else only one's own)
    # ---- statistics ----
    "statistics.view": frozenset({Role.SECTION_HEAD, Role.DEPT_HEAD, Role.ADMIN}),
    # ---- administration ----
    "settings.edit": _ADMIN,             # office, deadline rules, document and numbering settings, routing
    "users.manage": _ADMIN,
    "holidays.edit": _ADMIN,
    "ledger.import": _ADMIN | _DEPT_HEAD,   # 导入台账 into the office, and undo an import (issue 18)
    "backup.manage": _ADMIN,             # back up the database from the window (the CLI is the machine's own work)
    # ---- the audit trail (三员分立: the 审计员 reads it; whether the administrator may too is an office setting,
    # services.audit asks it next to this table) ----
    "audit.read": frozenset({Role.AUDITOR}),
    "audit.export": frozenset({Role.AUDITOR}),
    # A change to the record that no narrower gesture guards (services.common.actor without a gesture): every
    # role but the read-only 审计员.
    "record.change": _CASE_STAFF | _ADMIN,
    # ---- asked by the UI to offer choices (added with the roles the widgets compared before) ----
    "case.handle": _CASE_STAFF,          # may be named a case's 承办人 (everyone but the administrator)
    "registration.self_assign": frozenset({Role.OFFICER}),  # proposed as 承办人 of what he registers
    "mediators.serve": _CASE_STAFF,      # may be an internal mediator in the pool
    "deadlines.everyone": frozenset({Role.SECTION_HEAD, Role.DEPT_HEAD, Role.ADMIN}),  # 工作台: everyone's
}


def roles_for(gesture: str) -> frozenset[Role]:
    """The roles that may make `gesture`; an unknown gesture is a programming error (KeyError)."""
    return PERMISSIONS[gesture]


def may(role: Role | str | None, gesture: str) -> bool:
    """Whether a user of `role` may make `gesture`. No role (nobody logged in) may do nothing."""
    roles = roles_for(gesture)
    if role is None:
        return False
    try:
        return Role(role) in roles
    except ValueError:
        return False


def require(role: Role | str | None, gesture: str, action: str) -> None:
    """Refuse `action` (the name the error message shows) unless `role` may make `gesture`."""
    if not may(role, gesture):
        raise PermissionDenied(action, str(role.value if isinstance(role, Role) else role) if role else None)


__all__ = ["PERMISSIONS", "may", "require", "roles_for"]
