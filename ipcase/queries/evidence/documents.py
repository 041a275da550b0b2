"""Drafts of the evidence feature's documents, read from its records; the UI previews and issues them
through the existing document flow (services/documents.py: preview_document, issue_document)."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.documents.evidence import (
    appraisal_draft,
    evidence_defaults,
    evidence_list_draft,
    record_draft,
    release_draft,
    seizure_draft,
)
from ipcase.dto.documents import DocumentDraft
from ipcase.errors import NotFound
from ipcase.queries.evidence.register import load_case_evidence, register_rows, seizure_infos
from ipcase.uow import UnitOfWork

BUILDERS = {"record": ("records", record_draft), "seizure": ("seizures", seizure_draft),
            "release": ("seizures", release_draft), "appraisal": ("appraisals", appraisal_draft)}


def evidence_draft(uow: UnitOfWork, *, case_id: int, what: str, record_id: int | None = None,
                   party_id: int | None = None, viewer_id: int | None = None, today: date) -> DocumentDraft:
    """`what`: 'list' (证据材料清单 of one party, or of every item when party_id is None), 'record' (调查/检查
    笔录), 'seizure' (抽样取证 / 登记保存 decision), 'release' (解除登记保存), 'appraisal' (鉴定委托书)."""
    ev = load_case_evidence(uow.session, case_id, today)
    if what == "list":
        submitters = dict.fromkeys(r.submitted_by for r in ev.items if party_id is None or r.party_id == party_id)
        viewer = uow.session.get(User, viewer_id) if viewer_id else None
        return evidence_list_draft(ev.items, party_id=party_id, submitter="、".join(submitters),
                                   receiver=viewer.full_name if viewer else "")
    if what not in BUILDERS:
        raise NotFound("evidence_document", what)
    pool, build = BUILDERS[what]
    found = next((x for x in getattr(ev, pool) if x.id == record_id), None)
    if found is None:
        raise NotFound("evidence_record", record_id)
    return build(found)


def evidence_document_defaults(s: Session, case_id: int) -> dict[str, str]:
    """Sources of the evidence documents' fields for the 文书 tab's generic dialog."""
    case = s.get(Case, case_id)
    officer = s.get(User, case.officer_id) if case is not None and case.officer_id else None
    return evidence_defaults(register_rows(s, case_id), seizure_infos(s, case_id),
                             officer.full_name if officer else "")
