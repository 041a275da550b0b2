"""A document leaving the application — printed, saved as a file, opened in Word/WPS — is an audit entry (the
issue's "export and print"): which document, of which case, how, by whom and when. Nothing else is written."""
from __future__ import annotations

from datetime import datetime

from ipcase.audit.capture import AT, note
from ipcase.db.models.cases import Case
from ipcase.db.models.documents import IssuedDocument
from ipcase.db.models.mediation import MediationCase, MediationDocument
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
    _note_output(s, f"documents.{how}", "documents", doc, case.case_number if case else None, target, user, now)
    uow.commit()


def record_mediation_output(uow, *, actor_id: int, document_id: int, how: str, target: str = "",
                            now: datetime) -> None:
    """The same for a document of a mediation case (mediation_documents): "mediation_documents.<how>"."""
    if how not in HOW:
        raise ValueError(f"how must be one of {HOW}")
    s = uow.session
    user = actor(s, actor_id, None, "record_mediation_output")
    doc = existing(s, MediationDocument, "document", document_id)
    case = s.get(MediationCase, doc.mediation_case_id)
    _note_output(s, f"mediation_documents.{how}", "mediation_documents", doc,
                 case.case_number if case else None, target, user, now)
    uow.commit()


def record_list_output(uow, *, actor_id: int, how: str, title: str, filters: str, rows: int, target: str = "",
                       now: datetime) -> None:
    """A register's list (案件, 收案 …) exported to Excel (`how` "export", `target` the file) or printed ("print"):
    "lists.<how>" with the list's title, what it was filtered by and how many rows left the application."""
    if how not in ("export", "print"):
        raise ValueError("how must be export or print")
    s = uow.session
    user = actor(s, actor_id, None, "record_list_output")
    s.info[AT] = now
    note(s, f"lists.{how}", kind="lists",
         detail={"title": title, "filters": filters, "rows": rows,
                 "file": target.replace("\\", "/").rsplit("/", 1)[-1], "user": user.username})
    uow.commit()


def _note_output(s, action: str, kind: str, doc, case_number: str | None, target: str, user, now: datetime) -> None:
    s.info[AT] = now
    note(s, action, kind=kind, key=doc.id, case_number=case_number,
         detail={"number": doc.number, "title": doc.title, "file": target.replace("\\", "/").rsplit("/", 1)[-1],
                 "user": user.username})


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


__all__ = ["HOW", "record_list_output", "record_mediation_output", "record_output", "record_report_export"]
