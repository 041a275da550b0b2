"""Read side of stand-alone mediation cases: the filtered list, the detail, their time limits for "my
deadlines", the mediator pool, rulings a damages mediation may rest on, and what documents print."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache, partial

from sqlalchemy import Integer, Text, and_, any_, bindparam, func, literal, literal_column, or_, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased, selectinload

from ipcase.db import prepared
from ipcase.db.models.admin import Office, User
from ipcase.db.models.cases import Case, Party, Patent
from ipcase.db.models.intake import IntakeItem
from ipcase.db.models.mediation import (
    MediationAgreement,
    MediationCase,
    MediationDeadlineRow,
    MediationDocument,
    MediationEvent,
    MediationParty,
    MediationSession,
    Mediator,
    MediatorAssignment,
)
from ipcase.documents.mediation import history_text, terms_text
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import urgency
from ipcase.domain.enums import CaseState, DeadlineStatus, PartyKind, PartyRole, Role
from ipcase.domain.identifiers import mask_id_number
from ipcase.domain.mediation.agreements import AgreementStatus
from ipcase.domain.mediation.case_documents import offered
from ipcase.domain.mediation.cases import (
    OPEN_STATES,
    ExtensionStatus,
    MediationKind,
    MediationState,
    allowed_actions,
)
from ipcase.domain.mediation.deadlines import MediationDeadlineCode
from ipcase.domain.numbering import number_query
from ipcase.domain.periods import working_days_until
from ipcase.domain.permissions import may
from ipcase.domain.statistics.counting import ClosingMethod
from ipcase.dto.cases import AgentInput, DeadlineInfo, PartyInput, TimelineItem
from ipcase.dto.documents import DocAgent, DocOffice, DocParty
from ipcase.dto.mediation import (
    MediationCaseDetail,
    MediationCaseFilter,
    MediationCaseRow,
    MediationDocCase,
    MediationDocInfo,
    MediationPartyInfo,
    MediationRequestInput,
    MediatorInfo,
    NumberPatternPage,
    RulingChoice,
)
from ipcase.dto.paging import Page
from ipcase.loaders.document_files import opened
from ipcase.loaders.mediation import agreement_signed, case_number_pattern, signer_lines, snapshot, terms_of
from ipcase.loaders.rows import existing
from ipcase.loaders.setting_versions import MEDIATION_PATTERN, group_version
from ipcase.loaders.settings import calendar_on, load_calendar
from ipcase.queries import keyset
from ipcase.queries.common import dispute_parties, names_in_order, text_search_on_lane
from ipcase.queries.search import (
    number_condition,
    plan_independent,
    register_select,
    shape_condition,
    text_condition,
)
from ipcase.uow import UnitOfWork

_PARTY_PERIOD = MediationDeadlineCode.D17.value   # the respondent's own period: lapses, is never overdue
_RUNNING = DeadlineStatus.OPEN.value


def _deadline_info(row: MediationDeadlineRow, case: MediationCase, *, today: date, cal: OfficialCalendar,
                   party_name: str = "", officer_name: str = "") -> DeadlineInfo:
    open_ = row.status == DeadlineStatus.OPEN
    if not open_:
        urg = ""
    elif row.code == _PARTY_PERIOD and row.due_date < today:
        urg = "lapsed"
    else:
        urg = urgency(row.due_date, today, cal)
    return DeadlineInfo(
        id=row.id, case_id=0, case_number=case.case_number, code=row.code, party_name=party_name,
        start_date=row.start_date, due_date=row.due_date, provisional=row.provisional, basis=row.basis,
        status=row.status, met_date=row.met_date, paused=False, urgency=urg,
        days_remaining=(row.due_date - today).days, working_days_remaining=working_days_until(today, row.due_date, cal),
        patent_number=case.patent_number, officer_name=officer_name, mediation_case_id=case.id)


def _names(case: MediationCase, role: PartyRole) -> str:
    return "、".join(p.name for p in case.parties if p.role == role)


def _assigned_to(user_id: int):
    return MediationCase.id.in_(select(MediatorAssignment.mediation_case_id).join(
        Mediator, Mediator.id == MediatorAssignment.mediator_id).where(Mediator.user_id == user_id))


# ---- the list ------------------------------------------------------------------------------------

def _where(s: Session | None, flt: MediationCaseFilter, *, ordered: bool = True, searched: bool = True) -> list:
    """The filter's conditions (the search text's too unless `searched` is false: the page writes it as a search
    shape, `_searched_select`)."""
    conds = []
    if flt.office_id is not None:
        conds.append(MediationCase.office_id == flt.office_id)
    if flt.states:
        conds.append(MediationCase.state.in_([MediationState(x).value for x in flt.states]))
    if flt.kinds:
        conds.append(MediationCase.kind.in_([MediationKind(x).value for x in flt.kinds]))
    if flt.officer_id is not None:
        conds.append(MediationCase.officer_id == flt.officer_id)
    if flt.received_from:
        conds.append(MediationCase.received_date >= flt.received_from)
    if flt.received_to:
        conds.append(MediationCase.received_date <= flt.received_to)
    if flt.extension_pending is not None:
        pending = MediationCase.extension_status == ExtensionStatus.PENDING.value
        conds.append(pending if flt.extension_pending else ~pending)
    text = flt.text.strip() if searched else ""
    if text:
        by_number = number_condition(text, MediationCase.case_number)   # the 调解案号, however typed
        conds.append(by_number if by_number is not None else  # any substring, through the search index
                     text_condition(s, "mediation_cases", MediationCase.id, MediationCase.search_text, text,
                                    ordered=ordered))
    return conds


def count_cases(uow: UnitOfWork, flt: MediationCaseFilter) -> int:
    """How many mediation cases the filter holds (the list asks after its first page is shown). A Core statement
    with the viewer's offices written in, as the list's."""
    # on the unit of work's connection (a read-only unit's lane) unless a text search needs the Session — on
    # SQLite: on PostgreSQL a read-only unit counts a text search on its lane too (queries.common.text_search_on_lane)
    text = flt.text.strip()
    by_text = bool(text) and number_query(text) is None
    values = None
    if by_text and uow.read_only and uow.connection().dialect.name == "postgresql":
        found, values = text_search_on_lane(uow.connection(), "mediation_cases", text, MediationCase.id,
                                            MediationCase.search_text)
        conds = [*_where(None, flt, searched=False), found]
    else:
        conds = _where(uow.session if by_text else None, flt, ordered=False)
    conn, offices = uow.connection(), uow.readable_offices()
    if offices is not None:
        conds.append(MediationCase.office_id.in_(offices))
    return conn.scalar(select(func.count()).select_from(MediationCase).where(*conds), values)   # count(*): see count_items


_OFFICER = aliased(User, name="officer")


_NEXT = aliased(MediationDeadlineRow, name="next_limit")
# in the SQL, not bound: the statement's plan does not depend on them
_OPEN_SQL, _PARTY_PERIOD_SQL = literal_column(f"'{_RUNNING}'"), literal_column(f"'{_PARTY_PERIOD}'")


@lru_cache(maxsize=32)
def _list_select(offices: tuple[int, ...] | None, folded: bool = False):
    """The list's columns for one viewer's offices, built once (a page only adds its conditions). The 承办人 shows
    only when the viewer may read that user (as the ORM office filter's criteria on the aliased User would).

    `folded` (PostgreSQL, a 调解案号 search): with the row's requesters, respondents and first running time limit
    (the respondent's own period aside) in the page's statement — three probes per row — instead of two
    statements by the page's ids: the search's gesture was six round trips against its limit's one statement and
    cost 2.7–2.8× its CPU at 100,000 调解 cases (issue 19, P19c). Not for a page of many rows: folded, the 200-row
    first page cost the server 3.4 ms instead of 1.4–2.2 (the two reads by ids probe each case once), more than
    the two round trips saved. SQLite always reads them after the page (`_parties_and_limits`: in process, a
    statement costs no round trip)."""
    officer_on = _OFFICER.id == MediationCase.officer_id
    if offices is not None:
        officer_on = and_(officer_on, _OFFICER.office_id.in_([literal(o, Integer) for o in offices]))
    c = MediationCase
    q = (select(c.id.label(keyset.ID), c.received_date.label(keyset.KEY), c.version, c.case_number, c.kind,
                c.state, c.patent_number, _OFFICER.full_name.label("officer_name"), c.received_date,
                c.registered_date, c.closed_date, c.extension_status)
         .outerjoin(_OFFICER, officer_on))
    if not folded:
        return q
    d = MediationDeadlineRow
    first_running = (select(d.id).where(d.mediation_case_id == c.id, d.status == _OPEN_SQL, d.code != _PARTY_PERIOD_SQL)
                     .order_by(d.due_date, d.id).limit(1).correlate(c).scalar_subquery())
    names = partial(names_in_order, MediationParty, MediationParty.mediation_case_id, c)
    return (q.add_columns(names(PartyRole.REQUESTER).label("requesters"),
                          names(PartyRole.RESPONDENT).label("respondents"), _NEXT.due_date, _NEXT.code)
            .outerjoin(_NEXT, _NEXT.id == first_running))


@lru_cache(maxsize=64)
def _searched_select(offices: tuple[int, ...] | None, shape: tuple, folded: bool = False):
    """The list's select for one viewer's offices and search shape (search.search_shape: the 调解案号 by its number-key
    index, or the search index), its values bound: built once, as the case list's. `folded`: see _list_select."""
    return _list_select(offices, folded).where(shape_condition("mediation_cases", shape, MediationCase.id,
                                                                   MediationCase.search_text,
                                                                   (MediationCase.case_number,)))


_KINDS = {m.value: m for m in MediationKind}
_STATES = {m.value: m for m in MediationState}


def _page_ids(column):
    """`column IN (the page's ids)` as ONE bound value, so that the statement runs as a prepared read (rendering 200
    expanding parameters cost more than the statement): on SQLite a JSON array read by json_each, on PostgreSQL an
    integer array (`= ANY`)."""
    return {"sqlite": column.in_(select(literal_column("value")).select_from(func.json_each(bindparam("ids", type_=Text)))),
            "postgresql": column == any_(bindparam("ids", type_=ARRAY(Integer)))}


# The page's parties and limits (the respondent's own period aside), built once: building the two selects for each
# page cost about as much as running them. The running ones are kept here: with `status = 'open'` in SQL, SQLite
# reads every running limit of the register by the (status, due) index instead of the page's by case.
_PAGE_PARTIES = {dialect: select(MediationParty.mediation_case_id, MediationParty.role, MediationParty.name)
                 .where(in_page).order_by(MediationParty.mediation_case_id, MediationParty.position, MediationParty.id)
                 for dialect, in_page in _page_ids(MediationParty.mediation_case_id).items()}
_PAGE_LIMITS = {dialect: select(MediationDeadlineRow.mediation_case_id, MediationDeadlineRow.due_date,
                                MediationDeadlineRow.code, MediationDeadlineRow.status)
                .where(in_page, MediationDeadlineRow.code != _PARTY_PERIOD)
                .order_by(MediationDeadlineRow.due_date, MediationDeadlineRow.id)
                for dialect, in_page in _page_ids(MediationDeadlineRow.mediation_case_id).items()}


def list_cases(uow: UnitOfWork, flt: MediationCaseFilter, *, today: date) -> Page[MediationCaseRow]:
    """A page by 收到日期 (ties by id the same way): after `flt.after` by key, or from position `flt.offset`.
    Core statements on the session's connection (issue 19, as the case list): the page by the index (office_id,
    received_date, id) of each office the viewer reads (0035_register_reads), then the page's parties and open
    time limits in one statement each (in the page's own statement for a 调解案号 search on PostgreSQL, _list_select)
    — they belong to the page's cases (OWNERSHIP: through the case)."""
    # On the unit of work's connection, as the case list (queries.cases.register.list_cases): a read-only unit (the
    # window's ctx.db_query) reads without a Session, its cached statements as prepared reads (issue 19).
    conn = uow.connection()
    offices = uow.readable_offices()
    text = flt.text.strip()
    # a 调解案号 search on PostgreSQL (search_shape's ("number",): a handful of rows) reads the rows' parties and
    # time limits in its page's statement (_list_select)
    folded = bool(text) and conn.dialect.name == "postgresql" and number_query(text) is not None
    q, cache, values = register_select(conn, "mediation_cases", text, (offices, folded),
                                       lambda shape: _searched_select(offices, shape, folded),
                                       partial(_list_select, offices), _where(None, flt, searched=False))
    # a 调解案号 search's plan is the same whatever the number (search.plan_independent): PostgreSQL keeps it
    found, after = keyset.page(conn, q, MediationCase.received_date, MediationCase.id, descending=flt.descending,
                               limit=flt.limit, after=flt.after, skip=flt.offset,
                               partition=None if offices is None else (MediationCase.office_id, offices), cache=cache,
                               params=values, keep_plan=bool(text) and cache is not None and plan_independent(cache[-1]))
    if folded:   # in the page's rows
        parties = {r[0]: (r[12] or "", r[13] or "") for r in found}
        due = {r[0]: (r[14], r[15]) for r in found if r[14] is not None}
    else:
        parties, due = _parties_and_limits(conn, [r[0] for r in found])
    # the urgency of a limit due today or later needs the calendar (working days); one due earlier is overdue
    cal = calendar_on(conn) if any(d[0] >= today for d in due.values()) else None
    urgencies = {d[0]: urgency(d[0], today, cal) for d in due.values()}   # one per day, not per row
    kinds, states, row = _KINDS, _STATES, MediationCaseRow.of
    pending, none, nobody = ExtensionStatus.PENDING, (None, ""), ("", "")
    rows = []
    for r in found:
        case_id = r[0]
        d = due.get(case_id, none)
        requesters, respondents = parties.get(case_id, nobody)
        rows.append(row(
            case_id, r[2], r[3], kinds[r[4]], states[r[5]], requesters, respondents, r[6], r[7] or "", r[8], r[9],
            r[10], d[0], d[1], urgencies[d[0]] if d[0] is not None else "", r[11] == pending))
    return Page(tuple(rows), count_cases(uow, flt) if flt.count else None, after)


def _parties_and_limits(conn, ids: list[int]) -> tuple[dict[int, tuple[str, str]], dict[int, tuple]]:
    """({case id: (requesters, respondents)}, {case id: (first running limit's due date, code)}) of the page's
    cases, by two prepared reads by their ids (on PostgreSQL with kept plans: the same plan whatever the ids)."""
    if not ids:
        return {}, {}
    sqlite = conn.dialect.name == "sqlite"
    dialect = "sqlite" if sqlite else "postgresql"
    page_ids = {"ids": json.dumps(ids) if sqlite else ids}
    names: dict[tuple[int, str], list[str]] = {}
    for case_id, role, name in prepared.rows(conn, _PAGE_PARTIES[dialect], page_ids, keep_plan=True):
        names.setdefault((case_id, role), []).append(name)
    due: dict[int, tuple] = {}
    for case_id, due_date, code, status in prepared.rows(conn, _PAGE_LIMITS[dialect], page_ids, keep_plan=True):
        if status == _RUNNING:
            due.setdefault(case_id, (due_date, code))
    requester, respondent, join = PartyRole.REQUESTER.value, PartyRole.RESPONDENT.value, "、".join
    return {i: (join(names.get((i, requester), ())), join(names.get((i, respondent), ()))) for i in ids}, due


# ---- one case ------------------------------------------------------------------------------------

def _party_info(p: MediationParty) -> MediationPartyInfo:
    return MediationPartyInfo(p.id, p.role, p.kind, p.name, p.credit_code,
                              mask_id_number(p.id_number) if p.id_number else "", p.legal_rep, p.legal_rep_title,
                              p.address, p.phone, tuple((a.get("name", ""), a.get("organization", ""),
                                                         a.get("phone", "")) for a in p.agents or ()))


def _mediator_info(m: Mediator, open_cases: int = 0) -> MediatorInfo:
    return MediatorInfo(m.id, m.name, m.user_id, m.organization, m.phone, tuple(m.expertise or ()), m.note, m.active,
                        open_cases, m.version)


def case_detail(uow: UnitOfWork, case_id: int, *, viewer_id: int, today: date) -> MediationCaseDetail:
    s = uow.session
    case = existing(s, MediationCase, "mediation_case", case_id)
    viewer = s.get(User, viewer_id)
    role = Role(viewer.role) if viewer else None
    names = dict(s.execute(select(User.id, User.full_name)).all())
    cal = load_calendar(s)
    state = MediationState(case.state)
    deadlines = s.scalars(select(MediationDeadlineRow).where(MediationDeadlineRow.mediation_case_id == case.id)
                          .order_by(MediationDeadlineRow.due_date, MediationDeadlineRow.id)).all()
    respondents = _names(case, PartyRole.RESPONDENT)
    events = s.scalars(select(MediationEvent).where(MediationEvent.mediation_case_id == case.id)
                       .order_by(MediationEvent.id)).all()
    docs = s.scalars(select(MediationDocument).where(MediationDocument.mediation_case_id == case.id)
                     .order_by(MediationDocument.issued_at, MediationDocument.id)).all()
    item_number = s.scalar(select(IntakeItem.number).where(IntakeItem.id == case.intake_item_id)) \
        if case.intake_item_id else ""
    ruling_number = s.scalar(select(Case.case_number).where(Case.id == case.ruling_case_id)) \
        if case.ruling_case_id else None
    snap = snapshot(s, case, today)
    return MediationCaseDetail(
        id=case.id, version=case.version, case_number=case.case_number, kind=MediationKind(case.kind), state=state,
        received_date=case.received_date, subject=case.subject, facts=case.facts, amount_claimed=case.amount_claimed,
        patent_number=case.patent_number, patent_title=case.patent_title, patentee=case.patentee,
        grant_date=case.grant_date, ruling_case_id=case.ruling_case_id, ruling_case_number=ruling_number,
        ruling_reference=case.ruling_reference, ruling_copy_name=case.ruling_copy_name,
        officer_id=case.officer_id, officer_name=names.get(case.officer_id, ""), intake_item_id=case.intake_item_id,
        intake_number=item_number or "", notice_served=case.notice_served, statement_received=case.statement_received,
        respondent_agrees=case.respondent_agrees, decided_date=case.decided_date,
        registered_date=case.registered_date, session_at=case.session_at, session_place=case.session_place,
        closed_date=case.closed_date, closing_detail=dict(case.closing_detail or {}), cnipa_copied=case.cnipa_copied,
        extension_status=case.extension_status, extension_reason=case.extension_reason,
        extension_opinion=case.extension_opinion, agreement_signed=snap.agreement_signed,
        parties=tuple(_party_info(p) for p in case.parties),
        mediators=tuple(_mediator_info(a.mediator) for a in case.assignments),
        deadlines=tuple(_deadline_info(r, case, today=today, cal=cal,
                                       party_name=respondents if r.code == _PARTY_PERIOD else "",
                                       officer_name=names.get(case.officer_id, "")) for r in deadlines),
        timeline=tuple(TimelineItem(e.at, names.get(e.actor_id, ""), e.kind, e.from_state, e.to_state,
                                    dict(e.detail or {}), e.version) for e in events),
        documents=tuple(MediationDocInfo(d.id, d.doc_type, d.title, d.number, d.addressee, d.issued_at,
                                         names.get(d.issued_by, ""), d.pages) for d in docs),
        allowed_actions=tuple(a.value for a in allowed_actions(snap, role)),
        documents_offered=tuple(offered(state)) if may(role, "documents.issue") else (),
        can_edit=state in (MediationState.RECEIVED, MediationState.AWAITING_STATEMENT)
        and may(role, "case.register"),
        can_assign=not state.is_terminal and may(role, "case.procedure"),
        can_decide_extension=case.extension_status == ExtensionStatus.PENDING and state == MediationState.REGISTERED
        and may(role, "extension.approve"))


def request_input(uow: UnitOfWork, case_id: int) -> MediationRequestInput:
    """The request as on record, for the form that corrects it (ID numbers stay on record, masked)."""
    case = existing(uow.session, MediationCase, "mediation_case", case_id)

    def party(p: MediationParty) -> PartyInput:
        return PartyInput(p.name, PartyKind(p.kind), p.credit_code, "", p.legal_rep, p.legal_rep_title, p.address,
                          p.phone, agents=tuple(AgentInput(a.get("name", ""), a.get("organization", ""),
                                                           a.get("phone", ""), a.get("address", ""))
                                                for a in p.agents or ()))
    return MediationRequestInput(
        kind=MediationKind(case.kind), received_date=case.received_date,
        requesters=tuple(party(p) for p in case.parties if p.role == PartyRole.REQUESTER),
        respondents=tuple(party(p) for p in case.parties if p.role == PartyRole.RESPONDENT),
        subject=case.subject, facts=case.facts, amount_claimed=case.amount_claimed, patent_number=case.patent_number,
        patent_title=case.patent_title, patentee=case.patentee, grant_date=case.grant_date,
        ruling_case_id=case.ruling_case_id, ruling_reference=case.ruling_reference,
        ruling_copy_name=case.ruling_copy_name, officer_id=case.officer_id)


# ---- "my deadlines" -------------------------------------------------------------------------------

def deadlines_for(uow: UnitOfWork, *, user_id: int, today: date, everyone: bool = False) -> tuple[DeadlineInfo, ...]:
    """Open time limits of the mediation cases the user handles or mediates (with `everyone`: the office's);
    the respondent's statement period drops out once it has passed."""
    s = uow.session
    officer = aliased(User)
    q = (select(MediationDeadlineRow, MediationCase, officer.full_name)
         .join(MediationCase, MediationCase.id == MediationDeadlineRow.mediation_case_id)
         .outerjoin(officer, officer.id == MediationCase.officer_id)
         .where(MediationDeadlineRow.status == DeadlineStatus.OPEN.value,
                or_(MediationDeadlineRow.hide_after_due.is_(False), MediationDeadlineRow.due_date >= today)))
    if everyone:
        q = q.where(MediationCase.office_id == select(User.office_id).where(User.id == user_id).scalar_subquery())
    else:
        q = q.where(or_(MediationCase.officer_id == user_id, _assigned_to(user_id)))
    cal = load_calendar(s)
    q = q.options(selectinload(MediationCase.parties))
    # the respondent's statement period names the respondent; the case's own limits both sides
    return tuple(_deadline_info(row, case, today=today, cal=cal, officer_name=name or "",
                                party_name=_names(case, PartyRole.RESPONDENT) if row.code == _PARTY_PERIOD else
                                dispute_parties(_names(case, PartyRole.REQUESTER), _names(case, PartyRole.RESPONDENT)))
                 for row, case, name in s.execute(q.order_by(MediationDeadlineRow.due_date)))


# ---- the pool and the rulings ---------------------------------------------------------------------

def mediators(uow: UnitOfWork, *, office_id: int, expertise: str = "", active_only: bool = False
              ) -> tuple[MediatorInfo, ...]:
    """The pool, staff and external; `expertise` keeps those whose fields (or name, organisation) contain it."""
    s = uow.session
    q = select(Mediator).where(Mediator.office_id == office_id).order_by(Mediator.user_id.is_(None), Mediator.name)
    if active_only:
        q = q.where(Mediator.active.is_(True))
    counts = dict(s.execute(
        select(MediatorAssignment.mediator_id, func.count()).join(
            MediationCase, MediationCase.id == MediatorAssignment.mediation_case_id)
        .where(MediationCase.state.in_([x.value for x in OPEN_STATES])).group_by(MediatorAssignment.mediator_id)).all())
    wanted = expertise.strip()
    out = []
    for m in s.scalars(q):
        haystack = " ".join([m.name, m.organization, *(m.expertise or ())])
        if wanted and wanted not in haystack:
            continue
        out.append(_mediator_info(m, counts.get(m.id, 0)))
    return tuple(out)


def ruling_choices(uow: UnitOfWork, *, office_id: int, text: str = "", limit: int = 50) -> tuple[RulingChoice, ...]:
    """Rulings of this register that found infringement, newest first (a damages mediation rests on one)."""
    s = uow.session
    ruled = or_(Case.state == CaseState.CLOSED_RULING_INFRINGEMENT.value,
                and_(Case.state == CaseState.ARCHIVED.value, Case.closing_method == ClosingMethod.RULING_INFRINGEMENT.value))
    q = (select(Case, Patent.number).join(Patent, Patent.id == Case.patent_id)
         .where(Case.office_id == office_id, ruled).order_by(Case.closed_date.desc()).limit(limit)
         .options(selectinload(Case.parties)))
    if text.strip():
        q = q.where(or_(Case.search_text.contains(text.strip(), autoescape=True),
                        Case.id.in_(select(Party.case_id).where(Party.name.contains(text.strip(), autoescape=True)))))
    return tuple(RulingChoice(c.id, c.case_number or "", number, "、".join(p.name for p in c.parties), c.closed_date)
                 for c, number in s.execute(q))


def number_pattern(uow: UnitOfWork, *, office_id: int) -> NumberPatternPage:
    """The 调解案号 pattern as the 调解员 page edits it, with the version its save names."""
    s = uow.session
    return NumberPatternPage(case_number_pattern(s, office_id), group_version(s, office_id, MEDIATION_PATTERN))


# ---- documents ------------------------------------------------------------------------------------

def doc_case(s: Session, case_id: int) -> MediationDocCase:
    case = existing(s, MediationCase, "mediation_case", case_id)
    office = s.get(Office, case.office_id)
    officer = s.get(User, case.officer_id) if case.officer_id else None
    parties = tuple(DocParty(p.id, p.role, p.kind, p.name, p.credit_code, p.id_number, p.legal_rep, p.legal_rep_title,
                             p.address, p.phone,
                             agents=tuple(DocAgent(a.get("name", ""), a.get("organization", ""), a.get("phone", ""),
                                                   a.get("address", "")) for a in p.agents or ()))
                    for p in case.parties)
    return MediationDocCase(
        case.id, case.case_number, case.kind, case.state,
        DocOffice(office.name, office.short_name, office.address, office.phone, office.postcode, office.higher_office),
        case.received_date, case.subject, case.patent_number, case.patent_title,
        officer.full_name if officer else "", case.registered_date, case.session_at, case.session_place,
        dict(case.closing_detail or {}), parties, tuple(a.mediator.name for a in case.assignments),
        *_agreement_words(s, case))


def _agreement_words(s: Session, case: MediationCase) -> tuple[str, str, tuple[dict, ...]]:
    """The latest live agreement's numbered terms, the history sentence (立案, the sessions held) and its
    signatories as recorded."""
    agreement = s.scalar(select(MediationAgreement).where(
        MediationAgreement.mediation_case_id == case.id, MediationAgreement.status != AgreementStatus.WITHDRAWN.value)
        .order_by(MediationAgreement.id.desc()).limit(1))
    days = s.scalars(select(MediationSession.held_on).where(MediationSession.mediation_case_id == case.id)).all()
    names = {role: "、".join(p.name for p in case.parties if p.role == role)
             for role in (PartyRole.REQUESTER, PartyRole.RESPONDENT)}
    terms = terms_text(terms_of(agreement), requesters=names[PartyRole.REQUESTER],
                       respondents=names[PartyRole.RESPONDENT]) if agreement else ""
    return terms, history_text(case.registered_date, days), tuple(signer_lines(agreement))


def document_file(uow: UnitOfWork, *, document_id: int) -> tuple[str, bytes, bytes]:
    """(file stem, PDF, DOCX) of an issued mediation-case document."""
    d = existing(uow.session, MediationDocument, "document", document_id)
    stem = f"{d.title}_{d.number}".replace("/", "_")
    files = opened(uow, [d])[0]   # the one way to a document's files (ipcase.loaders.document_files)
    return stem, files.pdf, files.docx


def signed_agreement(uow: UnitOfWork, case_id: int) -> date | None:
    return agreement_signed(uow.session, case_id)
