from __future__ import annotations

from ipcase.db.models.admin import Office
from ipcase.domain.numbering import validate_pattern
from ipcase.dto.admin import OfficeInfo
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.services.common import actor
from ipcase.services.setting_locks import claim_row
from ipcase.uow import UnitOfWork


def update_office(uow: UnitOfWork, *, actor_id: int, office: OfficeInfo, expected_version: int) -> None:
    """Save the office record as the 机关信息 page edited it; `expected_version` is the version the page loaded."""
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
    if s.get(Office, office.id) is None:
        raise ValidationFailed("office", "not_found", value=office.id)
    # Only one's own office, and only as the page loaded it.
    row = claim_row(s, Office, "office", office.id, expected_version, "update_office", user.role)
    row.name, row.short_name, row.case_number_pattern = office.name.strip(), office.short_name.strip(), pattern
    row.address, row.phone, row.postcode = office.address.strip(), office.phone.strip(), office.postcode.strip()
    row.higher_office = office.higher_office.strip()
    uow.commit()
