"""Exporting the audit trail to Excel or CSV (the 审计员). The export itself is an entry of the trail."""
from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from ipcase.audit.capture import AT, note
from ipcase.dto.audit import AuditFilter, AuditRow
from ipcase.queries.audit.trail import audit_entries, reader

HEADER = ("序号", "时间", "用户", "来源", "操作", "类型", "记录", "键", "案号", "变化")


def _cells(r: AuditRow) -> tuple:
    changes = "；".join(f"{c.column}: {c.before} → {c.after}" for c in r.changes)
    return (r.seq, r.at.isoformat(sep=" "), r.actor_name, r.origin, r.action, r.operation, r.record_kind,
            r.record_key, r.case_number, changes)


def export_trail(uow, *, actor_id: int, path: Path | str, now: datetime,
                 filters: AuditFilter | None = None) -> int:
    """Write the entries matching `filters` to `path` (.xlsx or .csv); returns how many."""
    s = uow.session
    user = reader(s, actor_id, export=True)
    path = Path(path)
    page = audit_entries(uow, viewer_id=actor_id, filters=filters, limit=10_000_000)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        book = Workbook(write_only=True)
        sheet = book.create_sheet("审计记录")
        sheet.append(HEADER)
        for r in page.rows:
            sheet.append([str(c) if not isinstance(c, int) else c for c in _cells(r)])
        book.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(HEADER)
            w.writerows(_cells(r) for r in page.rows)
    s.info.update({"actor_id": user.id, "actor_office_id": user.office_id, AT: now})
    f = filters or AuditFilter()
    note(s, "audit.export", detail={"file": path.name, "entries": len(page.rows), "case_number": f.case_number,
                                    "actor_id": f.actor_id, "date_from": f.date_from, "date_to": f.date_to,
                                    "action": f.action})
    uow.commit()
    return len(page.rows)


__all__ = ["HEADER", "export_trail"]
