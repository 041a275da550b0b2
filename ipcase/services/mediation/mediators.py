"""The office's pool of mediators: its own staff and external experts (e.g. a member of a 知识产权纠纷人民调解
委员会), each with fields of expertise. Officers and the heads keep it; nobody is deleted once assigned (a
mediator who left is made inactive, so old cases still name them)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.mediation import Mediator
from ipcase.domain.permissions import may
from ipcase.dto.mediation import MediatorPoolInput
from ipcase.errors import NotFound, ValidationErrors, ValidationFailed
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_row
from ipcase.uow import UnitOfWork


def _expertise(values) -> list[str]:
    """Fields of expertise as typed, split on the separators people use, without repeats."""
    out: list[str] = []
    for v in values:
        for piece in str(v).replace("，", ",").replace("、", ",").replace("；", ",").replace(";", ",").split(","):
            piece = piece.strip()
            if piece and piece not in out:
                out.append(piece)
    return out


def _write(s: Session, m: Mediator, office_id: int, data: MediatorPoolInput) -> None:
    errors = []
    name = data.name.strip()
    if data.user_id is not None:
        user = s.get(User, data.user_id)
        if user is None or user.office_id != office_id or not may(user.role, "mediators.serve"):
            errors.append(ValidationFailed("user_id", "choice", value=data.user_id))
        else:
            name = name or user.full_name
    if not name:
        errors.append(ValidationFailed("name", "required"))
    if errors:
        raise ValidationErrors(errors)
    m.user_id, m.name = data.user_id, name
    m.organization, m.phone = data.organization.strip(), data.phone.strip()
    m.expertise, m.note, m.active = _expertise(data.expertise), data.note.strip(), data.active


def save_mediator(uow: UnitOfWork, *, actor_id: int, data: MediatorPoolInput, mediator_id: int | None = None,
                  expected_version: int | None = None) -> int:
    """Add a mediator to the pool (mediator_id None) or change one as the form loaded it (`expected_version`:
    MediatorInfo.version, required for a change); returns its id."""
    s = uow.session
    user = actor(s, actor_id, "mediators.manage", "mediation.pool")
    if mediator_id is None:
        m = Mediator(office_id=user.office_id)
    else:
        m = s.get(Mediator, mediator_id)
        if m is None or m.office_id != user.office_id:
            raise NotFound("mediator", mediator_id)
        claim_row(s, Mediator, "mediator", mediator_id, expected_version, "mediation.pool", user.role)
    _write(s, m, user.office_id, data)
    s.add(m)
    s.flush()
    uow.commit()
    return m.id
