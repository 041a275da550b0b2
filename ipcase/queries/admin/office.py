from __future__ import annotations

from ipcase.db.models.admin import Office
from ipcase.dto.admin import OfficeInfo
from ipcase.loaders.rows import existing
from ipcase.uow import UnitOfWork


def office_info(uow: UnitOfWork, *, office_id: int) -> OfficeInfo:
    o = existing(uow.session, Office, "office", office_id)
    return OfficeInfo(o.id, o.name, o.short_name, o.case_number_pattern, o.address, o.phone, o.postcode,
                      o.higher_office, o.version)
