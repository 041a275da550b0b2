"""Read side of the case register: the filtered list and the detail, as projections."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import lru_cache, partial

from sqlalchemy import (
    Connection,
    Select,
    exists,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session, selectinload

from ipcase.db import office_scope
from ipcase.db.models.admin import User
from ipcase.db.models.cases import (
    Agent,
    Approval,
    Case,
    DeadlineRow,
    PanelSeat,
    Party,
    Pause,
    TimelineEntry,
)
from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.cases.workflow import allowed_actions
from ipcase.domain.documents.types import PartyService, waiting_for_service
from ipcase.domain.enums import (
    CaseState,
    PanelRole,
    PartyKind,
    PartyRole,
    PatentType,
    PauseKind,
    Role,
)
from ipcase.domain.identifiers import mask_id_number
from ipcase.dto.cases import (
    AgentInfo,
    ApprovalInfo,
    CaseDetail,
    CaseFilter,
    CaseListRow,
    ExtensionInfo,
    PanelSeatInfo,
    PartyInfo,
    PauseInfo,
    ServiceWait,
    TimelineItem,
)
from ipcase.dto.paging import Page
from ipcase.errors import NotFound
from ipcase.loaders.cases import snapshot
from ipcase.loaders.settings import load_calendar
from ipcase.queries import keyset
from ipcase.queries.cases import cell_count, page_extras
from ipcase.queries.common import deadline_info, text_search_on_lane
from ipcase.queries.search import (
    FEW_KINDS,
    few_shape,
    field_matcher,
    number_condition,
    plan_independent,
    search_shape,
    shape_condition,
    text_condition,
)
from ipcase.queries.statistics.sql import case_filter_conditions
from ipcase.uow import UnitOfWork

# The list's sortable columns (CaseListRow field → an indexed key on cases; the keys of columns that live in other
# rows are copied onto cases by triggers, migration 0022_search).
SORT_KEYS = {
    "case_number": Case.case_number, "state": Case.state, "patent_number": Case.sort_patent_number,
    "patent_type": Case.sort_patent_type, "patent_title": Case.sort_patent_title, "officer_name": Case.sort_officer,
    "received_date": Case.received_date, "registered_date": Case.registered_date, "closed_date": Case.closed_date,
    "closing_due": Case.sort_closing_due, "requesters": Case.sort_requesters, "respondents": Case.sort_respondents,
}


# The 中止 filter (a running suspension) as a probe of the pauses' partial index (ix_pauses_suspended_running),
# the same rows as the cases' copy (kept by the pauses' trigger, 0040_case_flags). Only for a SQLite page walking
# another sort key than 收到日期: the probe reads the pauses' index for each case walked past, the copy the case's
# row — at a million cases (7,669 suspended) a page by 请求人 took 13 ms by the probe, 74–89 ms by the copy. The
# kind is written as a constant: SQLite then probes the partial index (with a bound kind, 4× per probe).
_SUSPENSION = literal_column(f"'{PauseKind.SUSPENSION.value}'")
_open_suspension = exists().where(Pause.case_id == Case.id, Pause.kind == _SUSPENSION, Pause.end_date.is_(None))


def _walks_type(dialect: str, sort: str) -> bool:
    """Whether a page of this sort checks the patent type row by row while walking its order's index. A type is
    about a third of the register: SQLite read the type's index and sorted that whole third for each page (外观设计
    at a million cases: 383 ms a page; by the walk 2–3 ms). PostgreSQL's planner walks by itself; sorted by 类型 the
    type's index is the order's."""
    return dialect == "sqlite" and sort != "patent_type"


def _probes_suspension(dialect: str, sort: str) -> bool:
    """Whether a page of this sort reads the 中止 filter by the probe (above) rather than by the copy."""
    return dialect == "sqlite" and sort != "received_date"


def _conditions(s: Session, flt: CaseFilter, *, ordered: bool = True, searched: bool = True,
                probe_suspension: bool = False, type_by_walk: bool = False) -> list:
    """The filter's conditions; the search text's too unless `searched` is False (a page writes it by its
    shape: _searched_select); the 中止 filter by the probe of the pauses when `probe_suspension`
    (_probes_suspension), else by the copy; the patent type fenced from its index when `type_by_walk`
    (_walks_type)."""
    conds = []
    if flt.office_id is not None:
        conds.append(Case.office_id == flt.office_id)
    if flt.states:
        conds.append(Case.state.in_([CaseState(st).value for st in flt.states]))
    if flt.officer_id is not None:
        conds.append(Case.officer_id == flt.officer_id)
    if flt.patent_type is not None:
        # written as a constant, as the flags bind none: a list of one type is built once (_filtered)
        column = func.coalesce(Case.sort_patent_type, Case.sort_patent_type) if type_by_walk else \
            Case.sort_patent_type   # the same values
        conds.append(column == literal_column(f"'{PatentType(flt.patent_type).value}'"))
    for name in ("flag_foreign", "flag_ecommerce", "flag_trade_fair"):
        value = getattr(flt, name)
        if value is not None:
            conds.append(getattr(Case, name).is_(value))
    if flt.suspended is not None:
        # the cases' copy of "a running suspension" (0040_case_flags), indexed where true (0042_filter_reads);
        # written as the bare column: its text on each dialect is the partial indexes' WHERE
        if flt.suspended and probe_suspension:
            conds.append(_open_suspension)
        else:
            conds.append(Case.sort_suspended if flt.suspended else ~Case.sort_suspended)
    for column, lo, hi in ((Case.received_date, flt.received_from, flt.received_to),
                           (Case.registered_date, flt.registered_from, flt.registered_to)):
        if lo:
            conds.append(column >= lo)
        if hi:
            conds.append(column <= hi)
    conds += case_filter_conditions(flt)  # the statistics' drill-down fields
    text = (flt.text or "").strip()
    if text and searched:
        # A 案号 however typed ((2026)98, 2026-98 …), else any substring of 案号, party name, agent, credit code or
        # patent number, 1–2 characters included, through the search index. Case-insensitive for ZL.
        by_number = number_condition(text, Case.case_number)
        conds.append(by_number if by_number is not None else
                     text_condition(s, "cases", Case.id, Case.search_text, text, ordered=ordered))
    return conds


def _offices(s: Session):
    """The viewer's offices as a keyset partition (None: every office; see _scoped_conditions)."""
    offices = office_scope.readable_offices(s)
    return None if offices is None else (Case.office_id, offices)


def _scoped_conditions(s: Session, flt: CaseFilter, *, ordered: bool = True) -> list:
    """The filter's conditions and the viewer's office scope written into the statement: the list and its count
    run as Core statements on the session's connection (no ORM execution: the scope's loader criteria would add an
    `IN (every case of the office)` subquery to every table the statement names — 0.4 s a page at 220,000 cases for
    a county's viewer when the list still joined the D12 deadline — and ORM row processing costs more than the
    page's SQL). The rows are the same: a case row is visible by its office (office_scope.readable_offices, the rule
    the ORM filter applies), and the parties and agents read with it belong to it (OWNERSHIP: through the case)."""
    conds = _conditions(s, flt, ordered=ordered)
    offices = _offices(s)
    if offices is not None:
        column, ids = offices
        conds.append(column == ids[0] if len(ids) == 1 else column.in_(ids))
    return conds


def count_cases(uow: UnitOfWork, flt: CaseFilter) -> int:
    """How many cases the filter holds (the list asks after its first page is shown): in a read-only unit from the
    dashboard's cells when the filter asks only what they are keyed by (cell_count), else from the cases. (A writing
    unit may have flushed case changes whose cells are only brought up to date at its commit.)"""
    if uow.read_only:
        counted = cell_count.count_from_cells(uow.connection(), flt, uow.readable_offices())
        if counted is not None:
            return counted
    if uow.read_only and uow.connection().dialect.name == "postgresql":
        return _count_on_lane(uow, flt)
    s = uow.session
    # count(*), not count(id): with no condition SQLite counts the b-tree's entries (0.5 ms at a million cases,
    # where count(id) reads every row of an index: 80–125 ms); the same number, id being never NULL
    return s.connection().scalar(select(func.count()).select_from(Case)
                                 .where(*_scoped_conditions(s, flt, ordered=False)))


def _count_on_lane(uow: UnitOfWork, flt: CaseFilter) -> int:
    """count_cases of a read-only unit on PostgreSQL, on its lane (UnitOfWork.connection: autocommit, no Session,
    so no ROLLBACK to throw the kept plans away: queries.common.text_search_on_lane, issue 19, G19c): the search as
    the page writes it, the viewer's offices as the page reads them (uow.readable_offices: the rule bind_viewer
    applies, a revoked account refused)."""
    conn = uow.connection()
    conds = _conditions(None, flt, searched=False)
    text, values = (flt.text or "").strip(), None
    if text:
        found, values = text_search_on_lane(conn, "cases", text, Case.id, Case.search_text, (Case.case_number,))
        conds.append(found)
    offices = uow.readable_offices()
    if offices is not None:
        conds.append(Case.office_id == offices[0] if len(offices) == 1 else Case.office_id.in_(offices))
    return conn.scalar(select(func.count()).select_from(Case).where(*conds), values)


@lru_cache(maxsize=len(SORT_KEYS) + 1)
def _list_select(sort: str):
    """The list's columns for one sort key, built once (a page only adds its conditions): the cases' own columns
    only, on every backend and for every page. Its 结案期限, （暂定） and 中止 columns are the cases' copies of the D12
    deadline's latest due date and provisional flag and of "a running suspension" (sort_closing_due,
    sort_closing_provisional, sort_suspended: kept by triggers on both backends, migration 0040_case_flags) — the
    values the D12 join and the running-suspension subquery gave, which the list read until G19e (issue 19).
    The sort key is one of the columns (every SORT_KEYS column is shown), labelled keyset.KEY where it stands: a
    20th column repeating it cost each page's 200 rows its text out of the server and its parsing (G19e)."""
    key = SORT_KEYS.get(sort, Case.received_date)
    columns = (Case.id.label(keyset.ID), Case.version, Case.case_number, Case.state,
               Case.sort_suspended.label("suspended"), Case.sort_patent_number, Case.sort_patent_type,
               Case.sort_patent_title, Case.sort_requesters, Case.sort_respondents, Case.sort_officer,
               Case.received_date, Case.registered_date, Case.closed_date, Case.sort_closing_due,
               Case.sort_closing_provisional, Case.flag_foreign, Case.flag_ecommerce, Case.flag_trade_fair)
    return select(*(key.label(keyset.KEY) if c is key else c for c in columns))


_STATES = {m.value: m for m in CaseState}            # by dict: calling the enum per row cost 1.5 ms a page
_PATENT_TYPES = {m.value: m for m in PatentType}


@lru_cache(maxsize=128)
def _searched_select(sort: str, shape: tuple):
    """The list's select for one sort key and one search shape (search.search_shape: a number, or per needle the
    index's hits / a LIKE), its values bound: built once, like _list_select (issue 19: building a search's
    statement anew for each page cost more than a rare needle's index probe)."""
    q = _list_select(sort)
    if shape and all(kind == "few" or kind in FEW_KINDS for kind in shape):
        q = q.add_columns(_EXTRAS.label("extras"))   # at _EXTRAS_AT
    return q.where(shape_condition("cases", shape, Case.id, Case.search_text, (Case.case_number,)))


# A search whose every needle has at most FEW_HITS hits in the index (search.search_shape's "few": a name, a credit
# code) reads the 匹配 column's last fields with its page: each row's parties' credit codes and agents as a JSON
# list of [party id, agent id, credit code, agent name] — one statement less for the gesture (the agents' read
# below was a quarter of a rare search's time beyond its index probe, issue 19, Q19b). SQLite computes a select's
# columns for every row the WHERE keeps before it sorts: hence only where the hits bound them (≤ FEW_HITS a
# needle). The fields come in the agents' read's order (party, then agent).
FEW_HITS = 20
_EXTRAS = (select(func.json_group_array(func.json_array(Party.id, func.coalesce(Agent.id, 0), Party.credit_code,
                                                         Agent.name)))
           .select_from(Party).outerjoin(Agent, Agent.party_id == Party.id).where(Party.case_id == Case.id)
           .scalar_subquery())
_EXTRAS_AT = 19   # its position in a page row: after _list_select's 19 columns


def list_cases(uow: UnitOfWork, flt: CaseFilter, *, today: date) -> Page[CaseListRow]:
    # On the unit of work's connection: a read-only unit (the window's ctx.db_query) then reads without a Session
    # and its cached statements run as prepared reads (ipcase.db.prepared) — a rare search's gesture cost 4–6× its
    # index probe in SQLAlchemy's per-statement work (issue 19). A select filtered by values is new each time:
    # executed as usual (one filtered by constants only is built once: _filtered).
    conn = uow.connection()
    key = SORT_KEYS.get(flt.sort, Case.received_date)
    sort = flt.sort if flt.sort in SORT_KEYS else "received_date"
    probe = _probes_suspension(conn.dialect.name, sort)
    walk = _walks_type(conn.dialect.name, sort)
    text = (flt.text or "").strip()
    offices = uow.readable_offices()
    # the office condition: `partition` (an index range per office, 0034_list_reads); the search: by its shape;
    # by key after `after`, or from position `offset` (its key found by an index walk: same rows as OFFSET).
    # A viewer of every office asking for states (只看已结案 …) in the default order: the states are the
    # partition, each state's page a range of ix_cases_state_received_id — by the IN, SQLite read and sorted every
    # case of those states (a million cases: 已结案 1.0 s, 办理中 0.27 s a page) and PostgreSQL walked the
    # newest cases past every open one (已结案 55–67 ms).
    by_state = offices is None and bool(flt.states) and sort == "received_date" and not text
    listed = replace(flt, states=()) if by_state else flt   # the conditions besides the partition
    partition = ((Case.state, tuple(sorted({CaseState(st).value for st in flt.states}))) if by_state else
                 None if offices is None else (Case.office_id, offices))
    conds = _conditions(None, listed, searched=False, probe_suspension=probe, type_by_walk=walk)
    page = partial(keyset.page, conn, key=key, ident=Case.id, descending=flt.descending, limit=flt.limit,
                   after=flt.after, skip=flt.offset, partition=partition,
                   ranged=sort == "received_date" and not text and bool(flt.asked() & _RANGES))
    # A name that finds a handful of cases (SQLite): first one statement, the index's hits inside the page
    # (search.FEW_KINDS); rows mean they were few. No row: the hits are read as below, and when they are few the
    # empty page was the answer.
    first = few_shape(conn, text, FEW_HITS) if text else None
    if first is not None:
        shape, values = first
        q, name = _filtered(_searched_select(sort, shape), ("cases", sort, shape), listed, conds, (probe, walk))
        found, after = page(q, cache=name, params=values)
    if first is None or not found:
        shape, values = search_shape(conn, "cases", text, few=FEW_HITS) if text else (None, None)
        if first is not None and shape == ("few",):
            found, after = [], None   # the index's hits are few: the first statement's empty page was the answer
        else:
            q, name = _filtered(*((_searched_select(sort, shape), ("cases", sort, shape)) if text else
                                  (_list_select(sort), ("cases", sort))), listed, conds, (probe, walk))
            found, after = page(q, cache=name, params=values,
                                keep_plan=bool(text) and name is not None and plan_independent(shape))
    matched = _matched(conn, found, text) if text else [""] * len(found)
    total = count_cases(uow, flt) if flt.count else None
    return Page(_rows(found, matched), total, after)


# A period of 立案 or 结案 (the statistics' drill-down): in the default order the page reads the period's ids by
# ix_cases_registered_range / ix_cases_closed_range first (keyset.page(ranged=True), 0043_date_ranges).
_RANGES = frozenset({"registered_from", "registered_to", "closed_from", "closed_to"})

# The filters whose condition binds no value (the three flags, 中止, the patent type): the statement is the same
# for each setting. (The search text is written by its shape, not among the conditions.)
_CONSTANT = ("flag_foreign", "flag_ecommerce", "flag_trade_fair", "suspended", "patent_type")
_FILTERED: dict = {}


def _filtered(q: Select, name: tuple, flt: CaseFilter, conds: list,
              written: tuple[bool, bool]) -> tuple[Select, tuple | None]:
    """`q` (a select built once, named `name`) with the filter's conditions, and its name for keyset.page's
    cache: built once too when every condition is a constant (a list of 中止中 or 涉外 cases then reads as the
    unfiltered one, by prepared reads: at a million cases the 中止中 page cost 3.4–4.5 ms against its 1.05 ms
    fetch when built and executed through SQLAlchemy each time); None (built anew) when a condition binds a value.
    `written`: whether the 中止 filter is the pauses' probe (_probes_suspension) and the type is checked by the
    walk (_walks_type) — each a statement of its own."""
    if not conds:
        return q, name
    if not flt.asked() <= {*_CONSTANT, "text"}:
        return q.where(*conds), None
    key = (*name, written, tuple((f, getattr(flt, f)) for f in _CONSTANT))
    if key not in _FILTERED:
        if len(_FILTERED) >= 256:
            _FILTERED.clear()
        _FILTERED[key] = q.where(*conds)
    return _FILTERED[key], key


def _rows(found: list, matched: list[str]) -> tuple[CaseListRow, ...]:
    """The page's CaseListRows from the list select's rows: each instance's __dict__ given whole, as one dict
    display — equal to CaseListRow(*values, matched) (a frozen dataclass keeps its fields in __dict__ and has no
    __post_init__), a third cheaper for 200 rows than CaseListRow.of's zip of names and values (issue 19, G19d).
    Each row unpacked into names rather than indexed per field, and its flags taken as read (Boolean columns: bool
    on both backends): an eighth less again (G19e)."""
    states, types, make, set_dict, cls = _STATES, _PATENT_TYPES, object.__new__, object.__setattr__, CaseListRow
    if found and len(found[0]) > _EXTRAS_AT:   # a search of few hits (SQLite): its rows' extras already read
        found = [r[:_EXTRAS_AT] for r in found]
    rows = [make(cls) for _ in found]
    for row, (ident, version, number, state, suspended, patent, patent_type, title, requesters, respondents, officer,
              received, registered, closed, due, provisional, foreign, ecommerce, trade_fair), m in zip(
            rows, found, matched, strict=True):
        set_dict(row, "__dict__", {
            "id": ident, "version": version, "case_number": number, "state": states[state], "suspended": suspended,
            "patent_number": patent or "", "patent_type": types[patent_type], "patent_title": title or "",
            "requesters": requesters or "", "respondents": respondents or "", "officer_name": officer or "",
            "received_date": received, "registered_date": registered, "closed_date": closed, "closing_due": due,
            "closing_due_provisional": provisional, "flag_foreign": foreign, "flag_ecommerce": ecommerce,
            "flag_trade_fair": trade_fair, "matched": m})
    return tuple(rows)


# A page row's own searched columns (the list select's positions: 案号, 专利号, 请求人, 被请求人), read by column
_OWN_NAMES, _OWN_AT = ("case_number", "patent_number", "requesters", "respondents"), (2, 5, 8, 9)


def _matched(conn: Connection, found: list, text: str) -> list[str]:
    """For each found row (the list select's), the field the search text was found in: the row's own columns
    first; the agents and credit codes (matched_field's last fields) read only for the rows whose own columns do
    not show it — with the page (a search of few hits, SQLite: _EXTRAS), else in one statement by their ids."""
    matched = field_matcher.of(text, ("case_number",))
    by_own = matched.columns(_OWN_NAMES, [[r[i] for r in found] for i in _OWN_AT])
    if all(by_own):
        return by_own
    own = dict(zip((r[0] for r in found), by_own, strict=True))
    extra: dict[int, list[tuple[str, str]]] = {i: [] for i, m in own.items() if not m}
    if len(found[0]) > _EXTRAS_AT:   # read with the page (_searched_select: a search of few hits)
        by_id = {r[0]: r[_EXTRAS_AT] for r in found}
        lists = json.loads("[" + ",".join(by_id[i] or "[]" for i in extra) + "]")   # one parse for the page
        for fields, entries in zip(extra.values(), lists, strict=True):
            # by party, then agent (0: a party without agents, its only entry): plain lists compare so
            for _party, _agent, code, agent in sorted(entries):
                fields += [("credit_code", code or ""), ("agent", agent or "")]
    else:
        page_extras.add_agents(conn, extra)
    # a row's own columns showed nothing: the first of its agents and credit codes that shows the text
    if extra:
        own.update(zip(extra, matched.shown(list(extra.values())), strict=True))
    return [own[r[0]] for r in found]


def load_case_row(s: Session, case_id: int) -> Case:
    """The case with what its detail and its documents read (parties and agents, panel, pauses, extensions)."""
    case = s.scalar(select(Case).where(Case.id == case_id).options(
        selectinload(Case.parties).selectinload(Party.agents), selectinload(Case.panel).selectinload(PanelSeat.user),
        selectinload(Case.pauses), selectinload(Case.extensions)))
    if case is None:
        raise NotFound("case", case_id)
    return case


def particulars(s: Session, case: Case, names: dict[int, str]) -> dict:
    """The CaseParticulars fields of `case`, as keyword arguments of CaseDetail or DocumentCase."""
    approvals = s.scalars(select(Approval).where(Approval.case_id == case.id).order_by(Approval.id)).all()
    return dict(
        case_number=case.case_number, patent_number=case.patent.number, patent_title=case.patent.title,
        patentee=case.patent.patentee, filing_date=case.patent.filing_date, grant_date=case.patent.grant_date,
        claims_asserted=case.claims_asserted, accused_product=case.accused_product, acts=tuple(case.acts or ()),
        request_summary=case.request_summary, flag_foreign=case.flag_foreign, flag_ecommerce=case.flag_ecommerce,
        flag_trade_fair=case.flag_trade_fair, officer_name=names.get(case.officer_id, ""),
        received_date=case.received_date, correction_due=case.correction_due, decided_date=case.decided_date,
        registered_date=case.registered_date, hearing_at=case.hearing_at, hearing_room=case.hearing_room,
        proposed_outcome=case.proposed_outcome, closed_date=case.closed_date,
        closing_detail=dict(case.closing_detail or {}),
        pauses=tuple(PauseInfo(p.kind, p.ground, p.start_date, p.end_date, p.note) for p in case.pauses),
        extensions=tuple(ExtensionInfo(e.level, e.length, e.unit, e.reason, e.higher_office_ref)
                         for e in case.extensions),
        approvals=tuple(approval_info(a, case.case_number, case.patent.number, names) for a in approvals),
    )


def case_detail(uow: UnitOfWork, case_id: int, *, viewer_id: int, today: date) -> CaseDetail:
    s = uow.session
    case = load_case_row(s, case_id)
    viewer = s.get(User, viewer_id)
    cal = load_calendar(s)
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    party_names = {p.id: p.name for p in case.parties}
    deadlines = s.scalars(select(DeadlineRow).where(DeadlineRow.case_id == case.id)
                          .order_by(DeadlineRow.due_date, DeadlineRow.id)).all()
    timeline = s.scalars(select(TimelineEntry).where(TimelineEntry.case_id == case.id)
                         .order_by(TimelineEntry.at, TimelineEntry.id)).all()
    snap = snapshot(s, case, today)
    role = Role(viewer.role) if viewer else None
    return CaseDetail(
        **particulars(s, case, names),
        id=case.id, version=case.version, state=CaseState(case.state), suspended=snap.suspended,
        patent_id=case.patent_id, patent_type=PatentType(case.patent.patent_type), officer_id=case.officer_id,
        parties=tuple(PartyInfo(
            p.id, PartyRole(p.role), PartyKind(p.kind), p.name, p.credit_code,
            mask_id_number(p.id_number) if p.id_number else "", p.legal_rep, p.legal_rep_title, p.address,
            p.phone, p.no_domicile_in_prc, p.notice_served, p.copy_served, p.answer_received, p.ruling_served,
            tuple(AgentInfo(a.id, a.name, a.organization, a.phone, a.address) for a in p.agents))
            for p in case.parties),
        panel=tuple(PanelSeatInfo(p.user_id, p.user.full_name, p.role) for p in case.panel),
        panel_problems=tuple(panel_problems(Seat(p.user_id, PanelRole(p.role)) for p in case.panel)),
        deadlines=tuple(deadline_info(d, case_number=case.case_number, party_name=party_names.get(d.party_id, ""),
                                      today=today, cal=cal) for d in deadlines),
        timeline=tuple(TimelineItem(t.at, names.get(t.actor_id, ""), t.kind, t.from_state, t.to_state,
                                    dict(t.detail or {}), t.version) for t in timeline),
        allowed_actions=tuple(a.value for a in allowed_actions(snap, role)) if role else (),
        in_mediation=PauseKind.SETTLEMENT in snap.open_pauses,
        waiting_for_service=tuple(
            ServiceWait(w.party_name, w.document, w.periods)
            for w in waiting_for_service(CaseState(case.state), [
                PartyService(p.id, p.name, PartyRole(p.role), p.notice_served, p.copy_served, p.ruling_served)
                for p in case.parties])),
    )


def approval_info(a: Approval, case_number: str | None, patent_number: str, names: dict) -> ApprovalInfo:
    return ApprovalInfo(
        id=a.id, case_id=a.case_id, case_number=case_number, patent_number=patent_number, action=a.action,
        payload=dict(a.payload or {}), status=a.status, requested_by=names.get(a.requested_by, ""),
        requested_at=a.requested_at, review_opinion=a.review_opinion, reviewed_by=names.get(a.reviewed_by, ""),
        decided_by=names.get(a.decided_by, ""), decided_at=a.decided_at, opinion=a.opinion,
        higher_office_ref=a.higher_office_ref)
