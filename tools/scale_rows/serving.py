"""文书 › 待送达 rows: the register's first page and count read from the kept rows (`serve_waiting`, migration
0033) against the statement it ran before (a UNION ALL over every issued document of the office, kept here).

The generated register has no documents: on first use this module issues, set-based, one 答辩通知书 per
registered case to its first respondent and records a received service for 49 of every 50 (the rest wait), then
rebuilds `serve_waiting` — once; later runs find the documents (numbers `B19-…`)."""
from __future__ import annotations

from tools.scale_rows import timed

_state: dict = {}
PAGE = 200
# The generated 答辩通知书 take 文号 sequence numbers far above any the office's register has drawn (unique per office,
# type and year: the demo's own 2026 答辩通知书 start at 1).
SEQ_BASE = 100_000_000


def _documents(engine) -> None:
    from sqlalchemy import text

    from ipcase.db import serve_waiting
    with engine.begin() as conn:
        if conn.scalar(text("SELECT count(*) FROM documents WHERE number LIKE 'B19-%'")):
            return
        sqlite = conn.dialect.name == "sqlite"
        at = "c.registered_date || ' 10:00:00.000000'" if sqlite else "c.registered_date + interval '10 hours'"
        conn.execute(text(f"""
            INSERT INTO documents (office_id, doc_type, title, number, addressee, fields, text, pages, issued_at,
                                   issued_by, case_id, year, seq, party_id, issued_on)
            SELECT c.office_id, 'answer_notice', '答辩通知书', 'B19-' || c.id, p.name, '{{}}', '', 1, {at},
                   (SELECT min(u.id) FROM users u WHERE u.office_id = c.office_id), c.id, 2026, {SEQ_BASE} + c.id, p.id,
                   c.registered_date
            FROM cases c JOIN parties p ON p.id = (SELECT min(q.id) FROM parties q
                                                   WHERE q.case_id = c.id AND q.role = 'respondent')
            WHERE c.registered_date IS NOT NULL"""))
        conn.execute(text(f"""
            INSERT INTO service_records (document_id, party_id, addressee, method, sent_date, received_date,
                                         applied, tracking_no, refusal_note, note, proof_name, recorded_by,
                                         recorded_at)
            SELECT d.id, d.party_id, d.addressee, 'direct', d.issued_on, d.issued_on, {'1' if sqlite else 'true'},
                   '', '', '', '', d.issued_by, d.issued_at
            FROM documents d WHERE d.number LIKE 'B19-%' AND d.id % 50 <> 0"""))
        serve_waiting.rebuild(conn)


def _setup(url: str) -> dict:
    if _state.get("url") == url:
        return _state
    from sqlalchemy import select

    from ipcase.db.engine import make_engine
    from ipcase.db.models.admin import Office
    from ipcase.uow import uow_factory

    engine = make_engine(url)
    _documents(engine)
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        top = uow.session.scalar(select(Office.id).where(Office.parent_id.is_(None)).order_by(Office.id))
    _state.clear()
    _state.update(url=url, engine=engine, new_uow=new_uow, office=top)
    return _state


def _old_pending(office_id: int):
    """The register's statement before migration 0033 (issue 19, H19d)."""
    from sqlalchemy import BigInteger, and_, cast, exists, func, literal, or_, select, union_all
    from sqlalchemy.orm import aliased

    from ipcase.db.models.cases import Case, Party
    from ipcase.db.models.documents import IssuedDocument, ServiceRecord
    from ipcase.domain.documents.types import CATALOG, Addressee

    base = [IssuedDocument.office_id == office_id,
            ~exists().where(aliased(IssuedDocument).corrects_id == IssuedDocument.id)]
    served = [d for d in CATALOG if d.served]
    received = [ServiceRecord.document_id == IssuedDocument.id, ServiceRecord.received_date.is_not(None)]
    doc_id = cast(IssuedDocument.id, BigInteger) * literal(2 ** 32, BigInteger)
    shown = (IssuedDocument.issued_at, IssuedDocument.case_id, Case.case_number, IssuedDocument.title,
             IssuedDocument.number, IssuedDocument.id.label("document_id"))
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
    return union_all(on_parties, on_one).subquery("pending")


def _first_page(url: str, kept: bool) -> float:
    from sqlalchemy import select

    from ipcase.dto.documents import ToServeFilter
    from ipcase.queries import keyset
    from ipcase.queries.documents.register import list_to_serve
    st = _setup(url)

    def run():
        with st["new_uow"]() as uow:
            if kept:
                page = list_to_serve(uow, ToServeFilter(st["office"], limit=PAGE, count=False))
                assert len(page.rows) == PAGE
            else:
                p = _old_pending(st["office"])
                q = select(p.c.row_id.label(keyset.ID), p.c.issued_at.label(keyset.KEY), p)
                rows, _ = keyset.page(uow.session, q, p.c.issued_at, p.c.row_id, descending=False, limit=PAGE,
                                      after=None)
                assert len(rows) == PAGE
    return timed(run)


def _count(url: str, kept: bool) -> float:
    from sqlalchemy import func, select

    from ipcase.dto.documents import ToServeFilter
    from ipcase.queries.documents.register import count_to_serve
    st = _setup(url)

    def run():
        with st["new_uow"]() as uow:
            if kept:
                count_to_serve(uow, ToServeFilter(st["office"]))
            else:
                uow.session.scalar(select(func.count()).select_from(_old_pending(st["office"])))
    return timed(run)


def rows(db_url: str) -> list:
    return [
        ("待送达, first page (200 rows): kept rows vs the former UNION over every document",
         lambda: _first_page(db_url, True), lambda: _first_page(db_url, False)),
        ("待送达, count: kept rows vs the former UNION", lambda: _count(db_url, True), lambda: _count(db_url, False)),
    ]
