"""A document leaving the application — printed, saved as a file, opened in Word/WPS — is an audit entry (the
issue's "export and print"): which document, of which case, how, by whom and when. Nothing else is written."""
from __future__ import annotations

from datetime import datetime

from ipcase.audit.capture import AT, note
from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.loaders.rows import existing
from ipcase.services.common import actor

HOW = ("print", "save", "open")


def record_output(uow, *, actor_id: int, document_id: int, how: str, target: str = "", now: datetime) -> None:
    """`how`: print, save (`target` is the file's name) or open (handed to Word/WPS)."""
    if how not in HOW:
        raise ValueError(f"how must be one of {HOW}")
    s = uow.session
    user = actor(s, actor_id, None, "record_output")
    doc = existing(s, IssuedDocument, "document", document_id)
    case = s.get(Case, doc.case_id) if doc.case_id is not None else None
    s.info[AT] = now
    note(s, f"documents.{how}", kind="documents", key=doc.id, case_number=case.case_number if case else None,
         detail={"number": doc.number, "title": doc.title, "file": target.rsplit("/", 1)[-1],
                 "user": user.username})
    uow.commit()


def record_report_export(uow, *, actor_id: int, period: str, target: str, now: datetime) -> None:
    """A statistics report written to a file (Excel, PDF or CSV; `target` is the file, `period` e.g.
    "quarter 2026-3"): the audit entry "statistics.export". Only someone who may see the statistics exports them."""
    s = uow.session
    user = actor(s, actor_id, "statistics.view", "record_report_export")
    name = target.replace("\\", "/").rsplit("/", 1)[-1]
    s.info[AT] = now
    note(s, "statistics.export", kind="statistics",
         detail={"file": name, "format": name.rsplit(".", 1)[-1].lower() if "." in name else "",
                 "period": period, "user": user.username})
    uow.commit()


__all__ = ["HOW", "record_output", "record_report_export"]
