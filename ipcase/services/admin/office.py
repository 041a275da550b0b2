from __future__ import annotations

from ipcase.db import office_scope
from ipcase.db.models.admin import Office
from ipcase.domain.numbering import validate_pattern
from ipcase.dto.admin import OfficeInfo
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.common import actor
from ipcase.uow import UnitOfWork


def update_office(uow: UnitOfWork, *, actor_id: int, office: OfficeInfo) -> None:
    s = uow.session
    user = actor(s, actor_id, "settings.edit", "update_office")
    errors = []
    for field in ("name", "short_name"):
        if not getattr(office, field).strip():
            errors.append(ValidationFailed(field, "required"))
    try:
        pattern = validate_pattern(office.case_number_pattern)
    except ValidationFailed as e:
        errors.append(e)
    if errors:
        raise ValidationErrors(errors)
    row = s.get(Office, office.id)
    if row is None:
        raise ValidationFailed("office", "not_found", value=office.id)
    office_scope.require_writable(s, row, "office", "update_office", user.role)   # only one's own office
    row.name, row.short_name, row.case_number_pattern = office.name.strip(), office.short_name.strip(), pattern
    row.address, row.phone, row.postcode = office.address.strip(), office.phone.strip(), office.postcode.strip()
    row.higher_office = office.higher_office.strip()
    uow.commit()
