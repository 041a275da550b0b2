"""The host of a mediation — an adjudication case or a stand-alone mediation case — as the mediation
services and queries see it: its office, whether mediation may go on now, and where its history is written."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.mediation import MediationAgreement, MediationCase
from ipcase.domain.enums import CaseState
from ipcase.domain.mediation.agreements import HostKind
from ipcase.domain.mediation.cases import MediationState
from ipcase.dto.mediation import MediationHost
from ipcase.errors import PermissionDenied, TransitionRefused
from ipcase.loaders.mediation import MEDIATION_STATES
from ipcase.loaders.rows import existing
from ipcase.services.common import actor, load_case, record
from ipcase.services.history import load_row
from ipcase.services.mediation.case_support import record as record_mediation_event


@dataclass
class LoadedHost:
    host: MediationHost
    office_id: int
    case: Case | None = None
    mediation_case: MediationCase | None = None

    @property
    def open_for_mediation(self) -> bool:
        if self.case is not None:
            return CaseState(self.case.state) in MEDIATION_STATES
        return self.mediation_case.state == MediationState.REGISTERED   # 已立案，调解中 (M25 art 66)

    @property
    def state(self) -> str:
        return self.case.state if self.case is not None else self.mediation_case.state


def host_of(row) -> MediationHost:
    """The host of a session or agreement row."""
    if row.case_id is not None:
        return MediationHost.case(row.case_id)
    return MediationHost.mediation_case(row.mediation_case_id)


def host_columns(host: MediationHost) -> dict:
    return {"case_id": host.id if host.kind == HostKind.CASE else None,
            "mediation_case_id": host.id if host.kind == HostKind.MEDIATION_CASE else None}


def load_host(s: Session, host: MediationHost) -> LoadedHost:
    if host.kind == HostKind.CASE:
        case = load_case(s, host.id)
        return LoadedHost(host, case.office_id, case=case)
    mc = existing(s, MediationCase, "mediation_case", host.id, with_for_update=s.bind.dialect.name != "sqlite")
    return LoadedHost(host, mc.office_id, mediation_case=mc)


def host_actor(s: Session, actor_id: int, loaded: LoadedHost, gesture: str, action: str) -> User:
    user = actor(s, actor_id, gesture, action)
    if user.office_id != loaded.office_id:
        raise PermissionDenied(action, user.role)
    return user


def require_open(loaded: LoadedHost, action: str) -> None:
    if not loaded.open_for_mediation:
        raise TransitionRefused(action, loaded.state, "wrong_state")


def note(s: Session, loaded: LoadedHost, user: User, kind: str, now: datetime, **detail) -> None:
    """Write what happened on the host's timeline (which bumps its version and recomputes its stored time
    limits: a mediation case's depend on its agreement)."""
    if loaded.case is not None:
        record(s, loaded.case, user, kind, now, **detail)
    else:
        record_mediation_event(s, loaded.mediation_case, user, kind, now, **detail)


def load_agreement(s: Session, agreement_id: int, expected_version: int | None = None) -> MediationAgreement:
    return load_row(s, MediationAgreement, "mediation_agreement", agreement_id, expected_version)
