"""文书 › 待送达 kept as rows (issue 19, B19): the table `serve_waiting`, maintained in the writing transaction by
`ipcase.db.serve_waiting`, holds exactly the (document, addressee) rows the register's former query computed
from every issued document (`old_pending`, kept here as the reference) — after issue, a service sent but not
received, its receipt, a service on some of the parties of a document served on all, a 公告送达 deemed, a
correction and its undoing, a party added and removed, a document deleted, bulk statements; the register reads
them (pages, count, a case's rows). Both backends (the `new_uow` fixture); the migration's fill is the same
statement (tests/integration/db/test_migrations.py upgrades a database with documents)."""
from __future__ import annotations

from datetime import date

from intake_helpers import ruled_case
from sqlalchemy import BigInteger, and_, cast, delete, exists, func, literal, or_, select, union_all, update
from sqlalchemy.orm import aliased

from case_helpers import Driver, at
from ipcase.db import serve_waiting
from ipcase.db.models.cases import Case, Party
from ipcase.db.models.documents import IssuedDocument, ServeWaiting, ServiceRecord
from ipcase.domain.documents.types import BY_KEY, CATALOG, Addressee
from ipcase.domain.enums import PartyRole
from ipcase.dto.documents import DocumentDraft, ServiceInput, ToServeFilter
from ipcase.queries.documents.register import count_to_serve, list_to_serve, to_serve
from ipcase.services.documents import issue as docs
from ipcase.services.documents import service as serving

DAY = date(2026, 11, 2)


def old_pending(office_id: int):
    """The waiting register's statement before the rows were kept (issue 19, H19d): a UNION ALL over every
    issued document of the office."""
    base = [IssuedDocument.office_id == office_id,
            ~exists().where(aliased(IssuedDocument).corrects_id == IssuedDocument.id)]
    served = [d for d in CATALOG if d.served]
    received = [ServiceRecord.document_id == IssuedDocument.id, ServiceRecord.received_date.is_not(None)]
    doc_id = cast(IssuedDocument.id, BigInteger) * literal(2 ** 32, BigInteger)
    shown = (IssuedDocument.issued_at, IssuedDocument.case_id, IssuedDocument.id.label("document_id"))
    on_parties = (
        select((doc_id + Party.id).label("row_id"), *shown, Party.id.label("party_id"),
               Party.name.label("addressee"))
        .join(Case, Case.id == IssuedDocument.case_id).join(Party, Party.case_id == IssuedDocument.case_id)
        .where(*base, IssuedDocument.doc_type.in_([d.key for d in served if d.addressee == Addressee.PARTIES]),
               ~exists().where(*received, ServiceRecord.party_id == Party.id)))
    own = IssuedDocument.party_id
    on_one = (
        select((doc_id + func.coalesce(own, 0)).label("row_id"), *shown, own.label("party_id"),
               IssuedDocument.addressee.label("addressee"))
        .join(Case, Case.id == IssuedDocument.case_id)
        .where(*base, IssuedDocument.doc_type.in_([d.key for d in served if d.addressee != Addressee.PARTIES]),
               ~exists().where(*received, or_(ServiceRecord.party_id == own, and_(own.is_(None), or_(
                   ServiceRecord.party_id.is_(None), ServiceRecord.addressee == IssuedDocument.addressee))))))
    return union_all(on_parties, on_one)


def check(new_uow, office_id: int) -> int:
    """The kept rows and the register equal the reference; returns how many rows wait."""
    with new_uow() as uow:
        s = uow.session
        expected = sorted((r.row_id, r.document_id, r.party_id, r.case_id, r.issued_at, r.addressee)
                          for r in s.execute(old_pending(office_id)))
        kept = sorted((w.id, w.document_id, w.party_id, w.case_id, w.issued_at)
                      for w in s.scalars(select(ServeWaiting)))
        assert kept == [e[:5] for e in expected]
        shown = sorted((r.document_id, r.party_id, r.case_id, r.issued_at, r.addressee)
                       for r in to_serve(uow, office_id=office_id))
        assert shown == sorted(e[1:] for e in expected)
    paged, after = [], None
    while True:
        with new_uow() as uow:
            page = list_to_serve(uow, ToServeFilter(office_id, limit=2, after=after, count=not paged))
        if not paged:
            assert page.total == len(expected)
        paged += page.rows
        if page.after is None:
            break
        after = page.after
    assert [(r.document_id, r.party_id) for r in paged] == [
        (e[1], e[2]) for e in sorted(expected, key=lambda e: (e[4], e[0]))]
    return len(expected)


def _issue(new_uow, staff, case_id: int, key: str, party_id: int | None = None, corrects_id: int | None = None,
           day: date = DAY) -> int:
    fields = {f.name: "内容。" for f in BY_KEY[key].fields if f.required}
    with new_uow() as uow:
        return docs.issue_document(uow, actor_id=staff.clerk.id, case_id=case_id, now=at(day),
                                   draft=DocumentDraft(key, fields, party_id=party_id, corrects_id=corrects_id)).id


def _serve(new_uow, staff, document_id: int, party_id: int | None, method: str = "post", *,
           sent: date | None = DAY, received: date | None = None, day: date = DAY) -> int:
    with new_uow() as uow:
        return serving.record_service(uow, actor_id=staff.clerk.id, now=at(day), data=ServiceInput(
            document_id, method, party_id=party_id, sent_date=sent, received_date=received)).id


def test_the_kept_rows_follow_every_change(new_uow, staff):
    office_id = staff.clerk.office_id
    ruled = ruled_case(new_uow, staff)     # notices, copies and a ruling issued and served through the services
    c = Driver.new(new_uow, staff, at(DAY), received=DAY, respondents=2)
    c.panel(at(DAY))
    c.act_approved("register", {"registered_date": DAY}, at(DAY))
    base = check(new_uow, office_id)
    respondents = c.party_ids(PartyRole.RESPONDENT, DAY)
    requester = c.party_ids(PartyRole.REQUESTER, DAY)[0]

    # Issued: each answer notice waits for its respondent.
    answers = [_issue(new_uow, staff, c.ref.id, "answer_notice", p) for p in respondents]
    investigation = _issue(new_uow, staff, c.ref.id, "investigation_notice", requester)
    assert check(new_uow, office_id) == base + 3
    # Sent by post, not received: still waiting; the receipt arrives: no longer.
    sent = _serve(new_uow, staff, answers[0], respondents[0])
    assert check(new_uow, office_id) == base + 3
    with new_uow() as uow:
        serving.record_receipt(uow, actor_id=staff.clerk.id, service_id=sent, received_date=date(2026, 11, 5),
                               now=at(date(2026, 11, 5)))
    assert check(new_uow, office_id) == base + 2
    # Served directly (received at once).
    _serve(new_uow, staff, investigation, requester, "direct", sent=None, received=date(2026, 11, 4),
           day=date(2026, 11, 4))
    assert check(new_uow, office_id) == base + 1
    # A correction replaces the document still waiting: the original leaves, the corrected one waits.
    corrected = _issue(new_uow, staff, c.ref.id, "answer_notice", respondents[1], corrects_id=answers[1],
                       day=date(2026, 11, 6))
    assert check(new_uow, office_id) == base + 1
    with new_uow() as uow:   # the correction withdrawn (a bulk statement, as a script would): the original waits again
        uow.session.execute(update(IssuedDocument).where(IssuedDocument.id == corrected).values(corrects_id=None))
        uow.commit()
    assert check(new_uow, office_id) == base + 2

    # A document served on all parties: one row a party; served on one of them; a party added, then removed.
    with new_uow() as uow:
        uow.session.execute(update(IssuedDocument).where(IssuedDocument.id == answers[0])
                            .values(doc_type="suspension_notice", party_id=None))
        uow.commit()
    parties = len(respondents) + 1
    assert check(new_uow, office_id) == base + 2 + parties - 1     # its one received service was respondent 0's
    with new_uow() as uow:
        s = uow.session
        s.add(Party(case_id=c.ref.id, role=PartyRole.THIRD_PARTY.value, kind="legal", name="新增第三人",
                    name_normalized="新增第三人", position=9))
        uow.commit()
    assert check(new_uow, office_id) == base + 2 + parties
    with new_uow() as uow:
        s = uow.session
        s.delete(s.scalars(select(Party).where(Party.name == "新增第三人")).one())
        uow.commit()
    assert check(new_uow, office_id) == base + 2 + parties - 1

    # A 公告送达 running, then applied by the start-of-day routine (its periods start; the register keeps showing
    # it with its deemed day until a receipt is recorded, as before).
    with new_uow() as uow:
        uow.session.add(ServiceRecord(document_id=corrected, party_id=respondents[1], addressee="x",
                                      method="public_notice", sent_date=DAY, deemed_date=date(2026, 11, 20),
                                      recorded_by=staff.clerk.id, recorded_at=at(DAY)))
        uow.commit()
    before = check(new_uow, office_id)
    with new_uow() as uow:
        serving.apply_deemed_services(uow, now=at(date(2026, 12, 1)))
    with new_uow() as uow:
        assert uow.session.scalar(select(ServiceRecord.applied).where(ServiceRecord.document_id == corrected))
    assert check(new_uow, office_id) == before

    # Receipts withdrawn by a bulk DELETE, a document deleted, the other case's rows untouched throughout.
    with new_uow() as uow:
        uow.session.execute(delete(ServiceRecord).where(ServiceRecord.document_id == investigation))
        uow.commit()
    assert check(new_uow, office_id) == before + 1
    with new_uow() as uow:
        s = uow.session
        s.delete(s.get(IssuedDocument, investigation))
        uow.commit()
    assert check(new_uow, office_id) == before
    with new_uow() as uow:
        assert count_to_serve(uow, ToServeFilter(office_id, case_id=ruled.ref.id)) == len(
            to_serve(uow, office_id=office_id, case_id=ruled.ref.id))


def test_rebuild_writes_the_same_rows(new_uow, staff):
    ruled_case(new_uow, staff)
    office_id = staff.clerk.office_id
    with new_uow() as uow:
        kept = sorted(tuple(r) for r in uow.session.execute(select(ServeWaiting.__table__)))
    with new_uow() as uow:
        conn = uow.session.connection()
        serve_waiting.rebuild(conn)
        assert sorted(tuple(r) for r in conn.execute(select(ServeWaiting.__table__))) == kept
        uow.commit()
    check(new_uow, office_id)
