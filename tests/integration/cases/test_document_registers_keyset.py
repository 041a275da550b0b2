"""Issue 19 (H19d): the 文书 section's registers page by key, on SQLite and PostgreSQL.

The 文书登记簿 (documents issued) and the register of what waits to be served are read a page at a time after the
previous page's key (签发时间, ties by id): the pages concatenate to exactly what the old queries gave — every
document of the office, newest first; every (document, addressee) without a received service, computed in Python
over every served document as before (`old_to_serve`, kept here as the reference) — with ties, corrections,
parties served one by one, a 公告送达 still running, and again after inserts, edits and deletes. The counts are
their own queries and agree; reading from a position (跳到第 N 条) gives the same rows as the slice."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete, select, update

from case_helpers import Driver, at
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import IssuedDocument, ServiceRecord
from ipcase.domain.documents.types import BY_KEY, CATALOG, Addressee
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft, DocumentFilter, ToServeFilter, ToServeRow
from ipcase.queries.documents.register import (
    count_documents,
    count_to_serve,
    list_documents,
    list_to_serve,
    recent_documents,
    to_serve,
)
from ipcase.services.documents import issue as docs

DAY = date(2026, 11, 2)
TIE = datetime(2026, 11, 3, 9, 0)


def old_to_serve(s, office_id: int, case_id: int | None = None) -> list[ToServeRow]:
    """The register as it was computed before (every served document of the office read, targets in Python)."""
    conds = [IssuedDocument.office_id == office_id, IssuedDocument.doc_type.in_([d.key for d in CATALOG if d.served])]
    if case_id is not None:
        conds.append(IssuedDocument.case_id == case_id)
    docs_ = s.execute(select(IssuedDocument, Case.case_number).join(Case, Case.id == IssuedDocument.case_id)
                      .where(*conds).order_by(IssuedDocument.issued_at, IssuedDocument.id)).all()
    ids = [d.id for d, _ in docs_]
    records: dict[int, list] = {}
    for r in s.scalars(select(ServiceRecord).where(ServiceRecord.document_id.in_(ids)).order_by(ServiceRecord.id)):
        records.setdefault(r.document_id, []).append(r)
    superseded = set(s.scalars(select(IssuedDocument.corrects_id).where(IssuedDocument.corrects_id.in_(ids))))
    parties: dict[int, list] = {}
    for p in s.scalars(select(Party).order_by(Party.id)):
        parties.setdefault(p.case_id, []).append(p)
    out = []
    for d, case_number in docs_:
        if d.id in superseded:
            continue
        if BY_KEY[d.doc_type].addressee == Addressee.PARTIES:
            targets = [(p.id, p.name) for p in parties.get(d.case_id, [])]
        else:
            targets = [(d.party_id, d.addressee)]
        for party_id, name in targets:
            done = [r for r in records.get(d.id, []) if r.party_id == party_id or
                    (party_id is None and r.addressee == name)]
            if any(r.received_date for r in done):
                continue
            pending = next((r.deemed_date for r in done if r.deemed_date), None)
            out.append(ToServeRow(d.id, d.case_id, case_number, d.title, d.number, d.issued_at, party_id, name,
                                  pending))
    return out


def old_documents(s, office_id: int) -> list[int]:
    rows = s.execute(select(IssuedDocument.id, IssuedDocument.issued_at).join(Case, Case.id == IssuedDocument.case_id)
                     .where(IssuedDocument.office_id == office_id)).all()
    return [i for i, _ in sorted(rows, key=lambda r: (r[1], r[0]), reverse=True)]


@pytest.fixture
def register(new_uow, staff):
    """Two registered cases, documents issued through the service, then ties, a correction, a document on all
    parties, a document to an outside addressee and services (received, sent, deemed) written as rows."""
    made = []
    for _ in range(2):
        c = Driver.new(new_uow, staff, at(DAY), received=DAY, respondents=2)
        c.panel(at(DAY))
        c.act_approved("register", {"registered_date": DAY}, at(DAY))
        made.append(c)
    ids = []
    for c in made:
        for role in (PartyRole.RESPONDENT, PartyRole.REQUESTER):
            for party_id in c.party_ids(role, DAY) * 2:
                key = "answer_notice" if role == PartyRole.RESPONDENT else "investigation_notice"
                fields = {f.name: "内容。" for f in BY_KEY[key].fields if f.required}
                with new_uow() as uow:
                    ids.append(docs.issue_document(uow, actor_id=staff.clerk.id, case_id=c.ref.id, now=at(DAY),
                                                   draft=DocumentDraft(key, fields, party_id=party_id)).id)
    with new_uow() as uow:
        s = uow.session
        s.execute(update(IssuedDocument).where(IssuedDocument.id.in_(ids[1:5])).values(issued_at=TIE))   # ties
        s.execute(update(IssuedDocument).where(IssuedDocument.id == ids[5]).values(doc_type="suspension_notice"))
        s.execute(update(IssuedDocument).where(IssuedDocument.id == ids[6])
                  .values(doc_type="appraisal_commission", party_id=None, addressee="某鉴定中心"))
        s.execute(update(IssuedDocument).where(IssuedDocument.id == ids[7]).values(corrects_id=ids[0]))
        first = s.get(IssuedDocument, ids[2])
        parties = s.scalars(select(Party.id).where(Party.case_id == s.get(IssuedDocument, ids[5]).case_id)
                            .order_by(Party.id)).all()
        for document_id, party_id, addressee, received, deemed in (
                (ids[2], first.party_id, first.addressee, date(2026, 11, 5), None),   # served
                (ids[3], s.get(IssuedDocument, ids[3]).party_id, "x", None, None),     # sent, not received
                (ids[4], s.get(IssuedDocument, ids[4]).party_id, "x", None, date(2026, 12, 20)),   # 公告 running
                (ids[5], parties[0], "x", date(2026, 11, 6), None),                    # one party of all served
                (ids[6], None, "某鉴定中心", None, date(2026, 12, 21))):
            s.add(ServiceRecord(document_id=document_id, party_id=party_id, addressee=addressee, method="post",
                                received_date=received, deemed_date=deemed, recorded_by=staff.clerk.id,
                                recorded_at=at(DAY)))
        uow.commit()
    return ids


def paged_documents(new_uow, office_id, size, descending=True, **kw) -> list[int]:
    out, after = [], None
    for _ in range(1000):
        with new_uow() as uow:
            page = list_documents(uow, DocumentFilter(office_id, limit=size, after=after, count=False,
                                                      descending=descending, **kw))
        assert page.total is None
        out += [r.id for r in page.rows]
        if page.after is None:
            return out
        after = page.after
    raise AssertionError("paging never ended")


def paged_to_serve(new_uow, office_id, size, descending=False, case_id=None) -> list[ToServeRow]:
    out, after = [], None
    for _ in range(1000):
        with new_uow() as uow:
            page = list_to_serve(uow, ToServeFilter(office_id, case_id=case_id, limit=size, after=after,
                                                    count=False, descending=descending))
        out += page.rows
        if page.after is None:
            return out
        after = page.after
    raise AssertionError("paging never ended")


def check(new_uow, office_id) -> None:
    with new_uow() as uow:
        want_docs = old_documents(uow.session, office_id)
        want = old_to_serve(uow.session, office_id)
        assert count_documents(uow, DocumentFilter(office_id)) == len(want_docs)
        assert count_to_serve(uow, ToServeFilter(office_id)) == len(want)
        assert list(to_serve(uow, office_id=office_id)) == want
        assert [d.id for d in recent_documents(uow, office_id=office_id, limit=1000)] == want_docs
        for case_id in {r.case_id for r in want}:
            assert list(to_serve(uow, office_id=office_id, case_id=case_id)) == [r for r in want
                                                                                if r.case_id == case_id]
        part = list_to_serve(uow, ToServeFilter(office_id, limit=3, offset=2))
        assert list(part.rows) == want[2:5] and part.total == len(want)
        jumped = list_documents(uow, DocumentFilter(office_id, limit=3, offset=4))
        assert [d.id for d in jumped.rows] == want_docs[4:7] and jumped.total == len(want_docs)
    assert want and any(r.pending_deemed for r in want) and any(r.party_id is None for r in want)
    for size in (1, 3, 4):
        assert paged_documents(new_uow, office_id, size) == want_docs
        assert paged_documents(new_uow, office_id, size, descending=False) == want_docs[::-1]
        assert paged_to_serve(new_uow, office_id, size) == want
        assert paged_to_serve(new_uow, office_id, size, descending=True) == want[::-1]


def test_the_document_registers_page_like_the_old_queries(new_uow, staff, register):
    check(new_uow, staff.clerk.office_id)


def test_they_stay_right_after_inserts_edits_and_deletes(new_uow, staff, register):
    office_id = staff.clerk.office_id
    with new_uow() as uow:
        s = uow.session
        a = s.get(IssuedDocument, register[3])
        s.add(ServiceRecord(document_id=a.id, party_id=a.party_id, addressee=a.addressee, method="post",
                            received_date=date(2026, 11, 9), recorded_by=staff.clerk.id, recorded_at=at(DAY)))
        s.execute(update(IssuedDocument).where(IssuedDocument.id == register[8]).values(issued_at=TIE))
        s.execute(delete(ServiceRecord).where(ServiceRecord.document_id == register[2]))   # a receipt withdrawn
        s.execute(update(IssuedDocument).where(IssuedDocument.id == register[7]).values(corrects_id=None))
        uow.commit()
    with new_uow() as uow:   # a new party on a case: the document served on all parties waits for it too
        case_id = uow.session.get(IssuedDocument, register[5]).case_id
    with new_uow() as uow:
        s = uow.session
        s.add(Party(case_id=case_id, role=PartyRole.THIRD_PARTY.value, kind="legal", name="新增第三人",
                    name_normalized="新增第三人", position=9))
        s.delete(s.get(IssuedDocument, register[9]))
        uow.commit()
    check(new_uow, office_id)


def test_a_search_and_a_type_page_by_key_too(new_uow, staff, register):
    office_id = staff.clerk.office_id
    with new_uow() as uow:
        want = [d.id for d in recent_documents(uow, office_id=office_id, doc_type="investigation_notice", limit=1000)]
        assert count_documents(uow, DocumentFilter(office_id, doc_type="investigation_notice")) == len(want) > 0
    assert paged_documents(new_uow, office_id, 2, doc_type="investigation_notice") == want
    with new_uow() as uow:
        number = uow.session.get(IssuedDocument, register[1]).number
    assert paged_documents(new_uow, office_id, 2, text=number) == [register[1]]
