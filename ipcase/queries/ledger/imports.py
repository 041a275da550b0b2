"""What the 导入台账 wizard and page read: the mapping proposed for a sheet (remembering the office's last one)
and the office's imports, newest first."""
from __future__ import annotations

from sqlalchemy import select

from ipcase.db.models.admin import User
from ipcase.db.models.ledger import LedgerImport
from ipcase.domain.ledger.fields import MAPPING_KEY
from ipcase.domain.ledger.mapping import propose_mapping
from ipcase.dto.ledger import LedgerImportInfo, LedgerSheet
from ipcase.loaders.settings import stored_value
from ipcase.uow import UnitOfWork


def proposed_mapping(uow: UnitOfWork, *, office_id: int, sheet: LedgerSheet) -> tuple[str, ...]:
    """One field per column of `sheet` (or "" for a column left out)."""
    remembered = stored_value(uow.session, office_id, MAPPING_KEY, {}) or {}
    return propose_mapping(sheet.headers, [sheet.column(i) for i in range(len(sheet.headers))], remembered)


def ledger_imports(uow: UnitOfWork, *, office_id: int) -> list[LedgerImportInfo]:
    s = uow.session
    rows = s.execute(select(LedgerImport, User.full_name).join(User, User.id == LedgerImport.imported_by)
                     .where(LedgerImport.office_id == office_id)
                     .order_by(LedgerImport.imported_at.desc(), LedgerImport.id.desc())).all()
    return [LedgerImportInfo(i.id, i.file_name, i.imported_at, name, i.rows, i.created, i.merged, i.skipped,
                             i.rejected, i.status, i.undone_at) for i, name in rows]
