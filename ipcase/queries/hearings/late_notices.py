"""Late hearing notices (issue 15, M25 art 26, D7): asked before a 口头审理通知书 (or 变更通知书) is issued or served,
in the 文书 dialog, the batch 批量签发 and the 登记送达 dialog, so the clerk is warned — naming the last lawful day —
and may postpone the hearing instead. The rule is `ipcase.domain.hearings.absence.late_notice_warning`."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ipcase.db.models.cases import Case
from ipcase.domain.hearings.absence import late_notice_warning
from ipcase.dto.hearings import LateNotice
from ipcase.loaders.hearings import NOTICE_TYPES
from ipcase.loaders.notices import latest_lawful_notice
from ipcase.loaders.settings import load_settings
from ipcase.uow import UnitOfWork


def late_notices(uow: UnitOfWork, *, case_ids: Iterable[int], day: date) -> tuple[LateNotice, ...]:
    """The cases among `case_ids` whose hearing notice, issued or served on `day`, comes after the last lawful
    day of service (cases without a hearing time are skipped), in the order given."""
    s = uow.session
    out = []
    for case_id in dict.fromkeys(case_ids):
        case = s.get(Case, case_id)
        if case is None or case.hearing_at is None:
            continue
        latest = late_notice_warning(day, latest_lawful_notice(s, case))
        if latest is not None:
            out.append(LateNotice(case.id, case.case_number or "", case.hearing_at, latest,
                                  load_settings(s, case.office_id).hearing_notice_working_days))
    return tuple(out)


def late_notice(uow: UnitOfWork, *, case_id: int, doc_type: str, day: date) -> LateNotice | None:
    """The warning for one document about to be issued or served, or None (not a hearing notice, or in time)."""
    if doc_type not in NOTICE_TYPES:
        return None
    found = late_notices(uow, case_ids=(case_id,), day=day)
    return found[0] if found else None
