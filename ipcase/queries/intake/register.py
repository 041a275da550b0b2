"""Read side of the intake register: the filtered list, an item's detail, the intake time limits for the
"my deadlines" list, the intake side of a case, and the routing settings."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache, partial

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    Integer,
    Text,
    and_,
    any_,
    cast,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased, selectinload

from ipcase.db import prepared
from ipcase.db.models.admin import User
from ipcase.db.models.cases import Case
from ipcase.db.models.intake import (
    IntakeAttachment,
    IntakeDeadlineRow,
    IntakeEvent,
    IntakeItem,
    IntakePatent,
    IntakeTarget,
)
from ipcase.domain.calendar import OfficialCalendar
from ipcase.domain.cases.deadlines import urgency
from ipcase.domain.enums import DeadlineStatus, PartyKind, Role
from ipcase.domain.intake.items import (
    REPORT_KINDS,
    IntakeChannel,
    IntakeDeadline,
    IntakeKind,
    IntakeState,
    allowed_outcomes,
)
from ipcase.domain.intake.matching import PartyKey, repeat_infringement
from ipcase.domain.intake.routing import Track, suggest_track
from ipcase.domain.numbering import number_query
from ipcase.domain.periods import working_days_until
from ipcase.domain.permissions import may
from ipcase.dto.cases import DeadlineInfo, RequestInput
from ipcase.dto.intake import (
    AttachmentInfo,
    CaseIntakeInfo,
    IntakeDetail,
    IntakeEventInfo,
    IntakeFilter,
    IntakeRow,
    IntakeTargetInfo,
    IntakeTargetInput,
    MatterMatchInfo,
    RoutingSettings,
)
from ipcase.dto.mediation import MediationRequestInput
from ipcase.dto.paging import Page
from ipcase.errors import NotFound
from ipcase.loaders.intake import (
    case_party_keys,
    item_deadlines,
    item_facts,
    item_party_keys,
    load_limits,
    load_routing,
    match_info,
    request_input,
    routing_facts,
    same_matter,
    time_limit_running,
)
from ipcase.loaders.mediation import mediation_case_of, request_from_item
from ipcase.loaders.rows import existing
from ipcase.loaders.setting_versions import ROUTING_RULES, group_version
from ipcase.loaders.settings import PerOffice, calendar_on, load_calendar
from ipcase.queries import keyset
from ipcase.queries.common import joined_in_order, text_search_on_lane
from ipcase.queries.search import (
    number_condition,
    plan_independent,
    register_select,
    shape_condition,
    text_condition,
)
from ipcase.uow import UnitOfWork


def _deadline_info(item: IntakeItem, d: IntakeDeadline, *, today: date, cal: OfficialCalendar,
                   handler_name: str = "", targets: str | None = None, patent: str | None = None) -> DeadlineInfo:
    """`targets`/`patent`: the targets' names joined and the first patent, when `item` is a row without them."""
    open_ = d.status == DeadlineStatus.OPEN
    if targets is None:
        targets, patent = "、".join(t.name for t in item.targets), item.patents[0].number if item.patents else ""
    return DeadlineInfo(
        id=0, case_id=item.case_id or 0, case_number=None, code=d.code.value,
        party_name=targets or item.submitter_name,
        start_date=d.start, due_date=d.due, provisional=d.provisional, basis=d.basis, status=d.status.value,
        met_date=d.met_date, paused=False, urgency=urgency(d.due, today, cal) if open_ else "",
        days_remaining=(d.due - today).days, working_days_remaining=working_days_until(today, d.due, cal),
        patent_number=patent or "", officer_name=handler_name, intake_id=item.id, intake_number=item.number)


# ---- the register ---------------------------------------------------------------------------------

# The register's sortable columns (IntakeRow field → a key of intake_items with an index on (key, id) and on
# (office_id, key, id); targets and handler are copies kept by triggers, migrations 0029_registers, 0035_register_reads).
SORT_KEYS = {"received_at": IntakeItem.received_at, "number": IntakeItem.seq, "kind": IntakeItem.kind,
             "channel": IntakeItem.channel, "state": IntakeItem.state, "track": IntakeItem.track,
             "handler_name": IntakeItem.sort_handler, "targets": IntakeItem.sort_targets}

_REPEAT, _LINKED = aliased(Case, name="repeat_case"), aliased(Case, name="linked_case")


def _visible(case, offices: tuple[int, ...] | None):
    """A case joined to an item shows only when the viewer may read it (as the ORM office filter's criteria on
    an aliased Case would: a repeat case of another county is not named). The offices as plain bound values, so
    that the statement, cached per viewer's offices, stays a prepared read."""
    return true() if offices is None else case.office_id.in_([literal(o, Integer) for o in offices])


def _item_or_its_case(item_number, case_number, offices: tuple[int, ...] | None, postgresql: bool = False):
    """A number search: the item's 收案编号 matches, or the 案号 of the case it became (a case the viewer may read) —
    the cases whose 案号 matches, then the items that became them, each by its number-key index (0032; a
    correlated 案号 per item read every item of the register). On PostgreSQL the cases' ids as `= ANY(ARRAY(…))`:
    with `IN (subquery)` (a hashed SubPlan) it cannot OR the two index reads and scanned the register in list
    order, testing every item (266 ms for 20,000 items at 1,000,000 cases)."""
    cases = select(Case.id).where(case_number, _visible(Case, offices))
    return or_(item_number, IntakeItem.case_id == any_(func.array(cases.scalar_subquery())) if postgresql
               else IntakeItem.case_id.in_(cases))


def _conditions(s: Session | None, flt: IntakeFilter, offices: tuple[int, ...] | None, *, ordered: bool = True,
                searched: bool = True, postgresql: bool = False) -> list:
    """The filter's conditions (the search text's too unless `searched` is false: the page writes it as a search
    shape, `_searched_select`)."""
    conds = []
    if flt.office_id is not None:
        conds.append(IntakeItem.office_id == flt.office_id)
    for column, values in ((IntakeItem.kind, flt.kinds), (IntakeItem.channel, flt.channels),
                           (IntakeItem.state, flt.states)):
        if values:
            conds.append(column.in_([str(v) for v in values]))
    if flt.handler_id is not None:
        conds.append(IntakeItem.handler_id == flt.handler_id)
    if flt.ids:
        conds.append(IntakeItem.id.in_(flt.ids))
    if flt.received_from:
        conds.append(IntakeItem.received_at >= datetime.combine(flt.received_from, time.min))
    if flt.received_to:
        conds.append(IntakeItem.received_at < datetime.combine(flt.received_to + timedelta(days=1), time.min))
    if flt.repeat is not None:
        conds.append(IntakeItem.repeat_case_id.is_not(None) if flt.repeat else IntakeItem.repeat_case_id.is_(None))
    if flt.anonymous is not None:
        conds.append(IntakeItem.anonymous.is_(flt.anonymous))
    for name in ("flag_foreign", "flag_ecommerce", "flag_trade_fair"):
        value = getattr(flt, name)
        if value is not None:
            conds.append(getattr(IntakeItem, name).is_(value))
    if flt.track is not None:
        conds.append(IntakeItem.track == Track(flt.track).value)
    text = (flt.text or "").strip() if searched else ""
    if text:
        # a number however typed: the item's 收案编号 or the 案号 of the case it became
        own = number_condition(text, IntakeItem.number)
        if own is not None:
            conds.append(_item_or_its_case(own, number_condition(text, Case.case_number), offices, postgresql))
        else:  # any substring, through the search index
            conds.append(text_condition(s, "intake_items", IntakeItem.id, IntakeItem.search_text, text,
                                        ordered=ordered))
    return conds


def _scoped(s: Session | None, flt: IntakeFilter, offices: tuple[int, ...] | None, *, ordered: bool = True,
            postgresql: bool = False) -> list:
    """The filter's conditions and the viewer's office scope written into one Core statement (as the case list,
    ipcase.queries.cases.register: the ORM filter's loader criteria cost more than the page). An item is visible
    by its office; its targets, patents and deadlines belong to it (OWNERSHIP: through the item)."""
    conds = _conditions(s, flt, offices, ordered=ordered, postgresql=postgresql)
    if offices is not None:
        conds.append(IntakeItem.office_id == offices[0] if len(offices) == 1 else IntakeItem.office_id.in_(offices))
    return conds


def count_items(uow: UnitOfWork, flt: IntakeFilter) -> int:
    """How many items the filter holds (the register asks after its first page is shown)."""
    # On the unit of work's connection (a read-only unit's lane, as the page) unless a text search needs the
    # Session (search.contains reads the index through it) — on SQLite: on PostgreSQL a read-only unit counts a
    # text search on its lane too (queries.common.text_search_on_lane)
    text = (flt.text or "").strip()
    by_text = bool(text) and number_query(text) is None
    if by_text and uow.read_only and uow.connection().dialect.name == "postgresql":
        found, values = text_search_on_lane(uow.connection(), "intake_items", text, IntakeItem.id, IntakeItem.search_text)
        conn = uow.connection()
        return conn.scalar(select(func.count()).select_from(IntakeItem).where(
            *_scoped(None, replace(flt, text=""), uow.readable_offices(), postgresql=True), found), values)
    s = uow.session if by_text else None
    conn, offices = uow.connection(), uow.readable_offices()
    # count(*), not count(id): without a condition SQLite then counts the table's smallest index (0.7 ms against
    # 33 ms at 330,000 items)
    return conn.scalar(select(func.count()).select_from(IntakeItem).where(
        *_scoped(s, flt, offices, ordered=False, postgresql=conn.dialect.name == "postgresql")))


_D = IntakeDeadlineRow
_NEXT = aliased(IntakeDeadlineRow, name="next_limit")
# The running status as an SQL constant, not a bound value: the partial index (0039) holds only running limits,
# and SQLite prepares a statement whose bound value decides whether a partial index may be used again at EVERY
# run (a number search's page: 0.5 ms of its 0.55 ms in SQLite, against 0.04 ms with the constant, issue 19).
_OPEN = literal_column(f"'{DeadlineStatus.OPEN.value}'")


@lru_cache(maxsize=64)
def _list_select(sort: str, offices: tuple[int, ...] | None):
    """The register's columns for one sort key and one viewer's offices, built once (a page only adds its
    conditions). The row's 下一期限 is its item's earliest running stored limit (ties by id, as `item_deadlines`
    orders them) — what `item_deadlines` computes, stored by every gesture on the item and by every change of the
    calendar or the settings (services.intake.support.recompute_item_deadlines); the dashboard counts the same
    rows. One probe of the partial index (0039_register_keys) per row inside the page's statement: a second
    statement for the page's limits cost more than the probes."""
    key = SORT_KEYS.get(sort, IntakeItem.received_at)
    i = IntakeItem
    patents = joined_in_order(IntakePatent.number, IntakePatent.position, IntakePatent.id, i,
                              IntakePatent.item_id == i.id)
    first_running = (select(_D.id).where(_D.item_id == i.id, _D.status == _OPEN).order_by(_D.due_date, _D.id)
                     .limit(1).correlate(i).scalar_subquery())
    return (select(i.id.label(keyset.ID), key.label(keyset.KEY), i.version, i.number, i.kind, i.channel, i.state,
                   i.received_at, i.submitter_name, i.anonymous, i.sort_targets, patents.label("patent_numbers"),
                   i.product, i.track, i.sort_handler, i.repeat_case_id, _REPEAT.case_number.label("repeat_number"),
                   _LINKED.case_number.label("linked_number"), _NEXT.code, _NEXT.due_date, _NEXT.provisional)
            .outerjoin(_REPEAT, and_(_REPEAT.id == i.repeat_case_id, _visible(_REPEAT, offices)))
            .outerjoin(_LINKED, and_(_LINKED.id == i.case_id, _visible(_LINKED, offices)))
            .outerjoin(_NEXT, _NEXT.id == first_running))


@lru_cache(maxsize=len(SORT_KEYS) + 1)
def _lean_select(sort: str):
    """The items' own columns for one sort key (PostgreSQL, a text search's page: `_page_extras` reads the rest by
    the page's ids): id, key, version, number, kind, channel, state, received_at, submitter_name, anonymous,
    sort_targets, product, track, sort_handler, repeat_case_id, case_id."""
    key = SORT_KEYS.get(sort, IntakeItem.received_at)
    i = IntakeItem
    return select(i.id.label(keyset.ID), key.label(keyset.KEY), i.version, i.number, i.kind, i.channel, i.state,
                  i.received_at, i.submitter_name, i.anonymous, i.sort_targets, i.product, i.track, i.sort_handler,
                  i.repeat_case_id, i.case_id)


@lru_cache(maxsize=128)
def _searched_select(sort: str, offices: tuple[int, ...] | None, shape: tuple, postgresql: bool = False):
    """The register's select for one sort key, viewer's offices and search shape (search.search_shape), its values
    bound: built once, as the case list's (building a number search's statement for each page cost ten times the
    index probe it runs). PostgreSQL, a search by text: the lean page (`_lean_select`)."""
    if shape == ("number",):
        found = _item_or_its_case(shape_condition("intake_items", shape, None, None, (IntakeItem.number,)),
                                  shape_condition("intake_items.case", shape, None, None, (Case.case_number,)),
                                  offices, postgresql)
    else:
        found = shape_condition("intake_items", shape, IntakeItem.id, IntakeItem.search_text)
        if postgresql:
            return _lean_select(sort).where(found)
    return _list_select(sort, offices).where(found)


# PostgreSQL, a text search's page (issue 19, P19d): the page's statement is planned at every run (a LIKE on
# search_text: a kept generic plan is unsafe, search.plan_independent) and its plan grew with the rows' other
# columns — the patents' ordered string_agg and the 下一期限 probe per row, the repeat and linked cases' joins: at
# 1,000,000 cases 有限公司's page cost the server 0.8 ms of planning and 2.2 ms of execution, its index walk 0.36
# of them. So it reads the items' own columns (`_lean_select`: planned in ≈ 0.1 ms), then the rest in ONE statement
# by the page's ids whose plan does not depend on them, kept on the server (prepared.rows(keep_plan=True)): each
# item's patents (by position, id), its running time limits (by due date, id: the first is the 下一期限) and the
# repeat and linked cases (their offices: the viewer reads only those of its offices, as `_visible`). The ids are
# bound as ONE text cast to an integer array (prepared.any_id: a generic plan whatever the page's length).
_KIND_PATENT, _KIND_LIMIT, _KIND_CASE = 0, 1, 2   # integers: the statement sorts by them without a collation
_P = IntakePatent
_PAGE_EXTRAS = union_all(
    select(literal_column(str(_KIND_PATENT), Integer).label("kind"), _P.item_id.label("owner"),
           cast(_P.number, Text).label("value"), _P.position.label("ord"), cast(null(), Date).label("due"),
           cast(null(), Boolean).label("provisional"), _P.id.label("ident"))
    .where(_P.item_id == prepared.any_id("item_ids")),
    select(literal_column(str(_KIND_LIMIT), Integer), _D.item_id, _D.code, null(), _D.due_date, _D.provisional, _D.id)
    .where(_D.item_id == prepared.any_id("item_ids"), _D.status == _OPEN),
    select(literal_column(str(_KIND_CASE), Integer), Case.id, Case.case_number, Case.office_id, null(), null(), Case.id)
    .where(Case.id == prepared.any_id("case_ids")),
).order_by(literal_column("kind"), literal_column("owner"), literal_column("ord"), literal_column("due"),
           literal_column("ident"))


def _page_extras(conn: Connection, found: list, offices: tuple[int, ...] | None) -> tuple[dict, dict, dict]:
    """(patents joined by 、 in their order, the first running limit as (code, due, provisional), the 案号 of the
    cases the viewer may read) by item or case id, for the lean page `found` (`_lean_select`'s rows)."""
    patents: dict[int, list[str]] = {}
    limits: dict[int, tuple] = {}
    numbers: dict[int, str | None] = {}
    case_ids = {c for r in found for c in (r[14], r[15]) if c is not None}
    for kind, owner, value, office, due, provisional, _ident in prepared.rows(
            conn, _PAGE_EXTRAS, {"item_ids": prepared.id_text(r[0] for r in found), "case_ids": prepared.id_text(case_ids)},
            keep_plan=True):
        if kind == _KIND_PATENT:
            patents.setdefault(owner, []).append(value)
        elif kind == _KIND_LIMIT:
            limits.setdefault(owner, (value, due, provisional))
        elif offices is None or office in offices:
            numbers[owner] = value
    return {i: "、".join(p) for i, p in patents.items()}, limits, numbers


# by dict: calling the enum per row costs more than the lookup
_KINDS = {m.value: m for m in IntakeKind}
_CHANNELS = {m.value: m for m in IntakeChannel}
_ITEM_STATES = {m.value: m for m in IntakeState}
_TRACKS = {m.value: m for m in Track}
_TRACKS[None] = None


def list_items(uow: UnitOfWork, flt: IntakeFilter, *, today: date) -> Page[IntakeRow]:
    """A page of the register in the asked order (empty keys last, ties by id in the same direction): after
    `flt.after` by key (keyset), or from position `flt.offset`. One Core statement on the session's connection:
    the page by the per-office index of the sort key (0035_register_reads) for a viewer of one or several
    offices, with each row's running time limit."""
    # On the unit of work's connection, as the case list (queries.cases.register.list_cases): a read-only unit (the
    # window's ctx.db_query) reads without a Session and its cached statements run as prepared reads — a number
    # search's gesture cost 3–4× its index probe in the Session's and SQLAlchemy's per-statement work (issue 19).
    conn = uow.connection()
    offices = uow.readable_offices()
    sort = flt.sort if flt.sort in SORT_KEYS else "received_at"
    key = SORT_KEYS[sort]
    # the office condition: `partition` (an index range per office); the search: by its shape
    conds = _conditions(None, flt, offices, searched=False)
    text = (flt.text or "").strip()
    postgresql = conn.dialect.name == "postgresql"   # a number search's statement differs (_item_or_its_case)
    q, cache, values = register_select(conn, "intake_items", text, (sort, offices, postgresql),
                                       lambda shape: _searched_select(sort, offices, shape, postgresql),
                                       partial(_list_select, sort, offices), conds)
    # a number search's plan is the same whatever the number (search.plan_independent): PostgreSQL keeps it
    found, after = keyset.page(conn, q, key, IntakeItem.id, descending=flt.descending, limit=flt.limit,
                               after=flt.after, skip=flt.offset,
                               partition=None if offices is None else (IntakeItem.office_id, offices), cache=cache,
                               params=values, keep_plan=bool(text) and cache is not None and plan_independent(cache[-1]))
    if postgresql and text and number_query(text) is None:   # the lean page (_searched_select), then the rest
        rows = _lean_rows(conn, found, offices, today)
    else:
        rows = _rows(conn, found, today)
    total = count_items(uow, flt) if flt.count else None
    return Page(rows, total, after)


def _urgencies(conn: Connection, dues, today: date) -> dict:
    """The urgency of each due date (None: ""). One due today or later needs the calendar (working days), read
    only then; one due earlier is overdue. The same for every row due that day: one working-day count each."""
    dues = set(dues)
    dues.discard(None)
    cal = calendar_on(conn) if any(due >= today for due in dues) else None
    urgencies: dict[date | None, str] = {due: urgency(due, today, cal) for due in dues}
    urgencies[None] = ""
    return urgencies


def _rows(conn: Connection, found: list, today: date) -> tuple[IntakeRow, ...]:
    """The register's rows of a page of `_list_select`."""
    urgencies = _urgencies(conn, (r[19] for r in found), today)
    kinds, channels, states, tracks, row = _KINDS, _CHANNELS, _ITEM_STATES, _TRACKS, IntakeRow.of
    return tuple(
        row(r[0], r[2], r[3], kinds[r[4]], channels[r[5]], states[r[6]], r[7], r[8], r[9], r[10] or "",
            r[11] or "", r[12], tracks[r[13]], r[14] or "", (r[16] or "") if r[15] else None,
            r[19], r[18] or "", bool(r[20]), urgencies[r[19]], r[17])
        for r in found)


_NO_LIMIT = ("", None, False)


def _lean_rows(conn: Connection, found: list, offices: tuple[int, ...] | None, today: date
               ) -> tuple[IntakeRow, ...]:
    """The register's rows of a lean page (`_lean_select`), completed by `_page_extras`: the same rows as `_rows`
    of the whole select's page."""
    if not found:
        return ()
    patents, limits, numbers = _page_extras(conn, found, offices)
    urgencies = _urgencies(conn, (d[1] for d in limits.values()), today)
    kinds, channels, states, tracks, row = _KINDS, _CHANNELS, _ITEM_STATES, _TRACKS, IntakeRow.of
    rows = []
    for r in found:
        code, due, provisional = limits.get(r[0], _NO_LIMIT)
        rows.append(row(r[0], r[2], r[3], kinds[r[4]], channels[r[5]], states[r[6]], r[7], r[8], r[9], r[10] or "",
                        patents.get(r[0], ""), r[11], tracks[r[12]], r[13] or "",
                        (numbers.get(r[14]) or "") if r[14] else None, due, code or "", bool(provisional),
                        urgencies[due], numbers.get(r[15]) if r[15] else None))
    return tuple(rows)


def item_detail(uow: UnitOfWork, item_id: int, *, viewer_id: int, today: date) -> IntakeDetail:
    s = uow.session
    item = s.scalar(select(IntakeItem).where(IntakeItem.id == item_id)
                    .options(selectinload(IntakeItem.targets), selectinload(IntakeItem.patents)))
    if item is None:
        raise NotFound("intake_item", item_id)
    names = {u.id: u.full_name for u in s.scalars(select(User))}
    viewer = s.get(User, viewer_id)
    role = Role(viewer.role) if viewer else None
    routing = load_routing(s, item.office_id)
    cal, limits = load_calendar(s), load_limits(s, item.office_id)
    facts = item_facts(item)
    state = IntakeState(item.state)
    decided = state.is_terminal
    case_numbers = {c.id: c.case_number for c in s.scalars(select(Case).where(
        Case.id.in_([x for x in (item.case_id, item.repeat_case_id) if x])))}
    events = s.scalars(select(IntakeEvent).where(IntakeEvent.item_id == item.id)
                       .order_by(IntakeEvent.at, IntakeEvent.id)).all()
    attachments = s.execute(select(IntakeAttachment.id, IntakeAttachment.name, IntakeAttachment.size,
                                   IntakeAttachment.note, IntakeAttachment.added_at, IntakeAttachment.added_by)
                            .where(IntakeAttachment.item_id == item.id).order_by(IntakeAttachment.id)).all()
    hits = same_matter(s, [p.number for p in item.patents], item_party_keys(item), exclude_item_id=item.id,
                       exclude_case_id=item.case_id)
    handler_name = names.get(item.handler_id, "")
    mediation = mediation_case_of(s, item.id)
    return IntakeDetail(
        id=item.id, version=item.version, number=item.number, kind=IntakeKind(item.kind),
        channel=IntakeChannel(item.channel), state=state, received_at=item.received_at, anonymous=item.anonymous,
        submitter_name=item.submitter_name, submitter_kind=PartyKind(item.submitter_kind),
        submitter_credit_code=item.submitter_credit_code, submitter_phone=item.submitter_phone,
        submitter_address=item.submitter_address, referred_by=item.referred_by,
        targets=tuple(IntakeTargetInfo(t.name, PartyKind(t.kind), t.credit_code, t.address, t.shop_url, t.booth)
                      for t in item.targets),
        patent_numbers=tuple(p.number for p in item.patents), patent_title=item.patent_title,
        patentee=item.patentee, evaluation_report=item.evaluation_report, product=item.product,
        description=item.description, flag_foreign=item.flag_foreign, flag_ecommerce=item.flag_ecommerce,
        flag_trade_fair=item.flag_trade_fair, handler_id=item.handler_id, handler_name=handler_name,
        registered_by=names.get(item.registered_by, ""),
        suggestion=suggest_track(routing.rules, routing_facts(item)),
        suggested_track=Track(item.suggested_track) if item.suggested_track else None,
        suggested_rule=item.suggested_rule, track=Track(item.track) if item.track else None,
        track_reason=item.track_reason, defects=tuple(item.defects or ()),
        correction_requested_on=item.correction_requested_on, correction_due=item.correction_due,
        correction_received=item.correction_received, decision_extended=item.decision_extended,
        converted_from=IntakeKind(item.converted_from) if item.converted_from else None,
        request_received=item.request_received, decided_on=item.decided_on,
        outcome_detail=dict(item.outcome_detail or {}), case_id=item.case_id,
        case_number=case_numbers.get(item.case_id), mediation_case_id=mediation[0] if mediation else None,
        mediation_case_number=mediation[1] if mediation else None,
        notified_on=item.notified_on, notify_method=item.notify_method,
        repeat_case_id=item.repeat_case_id, repeat_case_number=case_numbers.get(item.repeat_case_id),
        attachments=tuple(AttachmentInfo(a.id, a.name, a.size, a.note, a.added_at, names.get(a.added_by, ""))
                          for a in attachments),
        events=tuple(IntakeEventInfo(e.at, names.get(e.actor_id, ""), e.kind, dict(e.detail or {}))
                     for e in events),
        deadlines=tuple(_deadline_info(item, d, today=today, cal=cal, handler_name=handler_name)
                        for d in item_deadlines(item, cal, limits)),
        matches=tuple(match_info(h) for h in hits),
        allowed_outcomes=allowed_outcomes(facts, role, complaint_needs_request=routing.complaint_needs_request),
        can_edit=not decided and may(role, "intake.register"),
        can_record_correction=state == IntakeState.PENDING_CORRECTION and may(role, "intake.register"),
        can_extend=(facts.kind == IntakeKind.REQUEST and not decided and not item.decision_extended
                    and may(role, "extension.approve")),
        can_convert=facts.kind == IntakeKind.COMPLAINT and state == IntakeState.OPEN and may(role, "intake.triage"),
        can_notify=(facts.kind in REPORT_KINDS and not item.anonymous and item.decided_on is not None
                    and item.notified_on is None and may(role, "intake.register")),
        complaint_needs_request=routing.complaint_needs_request,
    )


def request_input_for(uow: UnitOfWork, item_id: int) -> RequestInput:
    """The request for adjudication pre-filled from an item (the registration dialog starts from it)."""
    item = existing(uow.session, IntakeItem, "intake_item", item_id)
    return request_input(item)


def mediation_request_for(uow: UnitOfWork, item_id: int, subject: str = "") -> MediationRequestInput:
    """The mediation request pre-filled from an item (the registration form starts from it)."""
    item = existing(uow.session, IntakeItem, "intake_item", item_id)
    return request_from_item(item, subject)


def attachment_content(uow: UnitOfWork, attachment_id: int) -> tuple[str, bytes]:
    row = uow.session.execute(select(IntakeAttachment.name, IntakeAttachment.content)
                              .where(IntakeAttachment.id == attachment_id)).first()
    if row is None:
        raise NotFound("attachment", attachment_id)
    return row.name, row.content


def check_same_matter(uow: UnitOfWork, *, patent_numbers: tuple[str, ...], targets: tuple[IntakeTargetInput, ...],
                      exclude_item_id: int | None = None) -> tuple[MatterMatchInfo, ...]:
    """While typing: records about the same patent and respondent, before the item is even saved."""
    parties = [PartyKey.of(t.name, t.credit_code) for t in targets if t.name.strip() or t.credit_code.strip()]
    return tuple(match_info(h) for h in same_matter(uow.session, patent_numbers, parties,
                                                    exclude_item_id=exclude_item_id))


def routing_settings(uow: UnitOfWork, *, office_id: int) -> RoutingSettings:
    """The 分流规则 page: the rules in force and the version its save names."""
    s = uow.session
    return replace(load_routing(s, office_id), version=group_version(s, office_id, ROUTING_RULES))


# ---- the intake side of other screens -------------------------------------------------------------

_IDS_AT_ONCE = 500   # items whose targets and patents one statement reads (as the ORM's selectinload does)
# what intake_deadlines reads of an item: item_facts' columns and the list line's
_LIMIT_COLUMNS = ("id", "number", "office_id", "case_id", "submitter_name", "kind", "state", "received_at",
                  "request_received", "correction_due", "correction_received", "decision_extended", "decided_on",
                  "anonymous", "notified_on", "outcome_detail", "converted_from")


def intake_deadlines(uow: UnitOfWork, *, user_id: int, today: date, everyone: bool = False
                     ) -> tuple[DeadlineInfo, ...]:
    """Running intake time limits for the "my deadlines" list: items the user handles — and items nobody has
    been assigned yet, so an unassigned item's limit is never missed (with `everyone`: the whole office).

    Read as rows, not ORM items: the columns `item_facts` and the list line need, then the items' targets' names
    and first patents by their ids (as the ORM's selectinload read them). The ORM items made the database thread run
    Python, holding the GIL, while the GUI thread waited for it: with the other core busy, the 工作台's longest stall
    (issue 19, S19c: 220,000 cases, 627 open items; the read's CPU 206–317 → 169–289 ms)."""
    s = uow.session
    office_id = select(User.office_id).where(User.id == user_id).scalar_subquery()
    running = [IntakeItem.office_id == office_id, time_limit_running()]
    if not everyone:
        running.append(or_(IntakeItem.handler_id == user_id, IntakeItem.handler_id.is_(None)))
    q = (select(*(getattr(IntakeItem, c) for c in _LIMIT_COLUMNS), User.full_name)
         .outerjoin(User, User.id == IntakeItem.handler_id).where(*running))
    items = s.execute(q).all()
    ids = [row.id for row in items]
    targets: dict[int, list[str]] = {}
    patents: dict[int, str] = {}
    for start in range(0, len(ids), _IDS_AT_ONCE):
        some = ids[start:start + _IDS_AT_ONCE]
        for item_id, name in s.execute(select(IntakeTarget.item_id, IntakeTarget.name)
                                       .where(IntakeTarget.item_id.in_(some))
                                       .order_by(IntakeTarget.item_id, IntakeTarget.position, IntakeTarget.id)):
            targets.setdefault(item_id, []).append(name)
        for item_id, number in s.execute(select(IntakePatent.item_id, IntakePatent.number)
                                         .where(IntakePatent.item_id.in_(some))
                                         .order_by(IntakePatent.item_id, IntakePatent.position, IntakePatent.id)):
            patents.setdefault(item_id, number)
    cal, limits = load_calendar(s), PerOffice(lambda o: load_limits(s, o))
    return tuple(_deadline_info(row, d, today=today, cal=cal, handler_name=row.full_name or "",
                                targets="、".join(targets.get(row.id, ())), patent=patents.get(row.id, ""))
                 for row in items for d in item_deadlines(row, cal, limits[row.office_id])
                 if d.status == DeadlineStatus.OPEN)


def case_intake(uow: UnitOfWork, case_id: int) -> CaseIntakeInfo:
    """Where a case came from, and what else the register holds on its patent and respondents."""
    s = uow.session
    case = existing(s, Case, "case", case_id)
    item = s.scalar(select(IntakeItem).where(IntakeItem.case_id == case_id).order_by(IntakeItem.id).limit(1))
    hits = same_matter(s, [case.patent.number], case_party_keys(case), exclude_case_id=case_id,
                       exclude_item_id=item.id if item else None)
    if item is not None:
        repeat_id = item.repeat_case_id
    else:
        # A request registered straight in the case register: the same rule, evaluated now.
        hit = repeat_infringement(hits, before=case.received_date)
        repeat_id = hit.record.id if hit else None
    repeat_number = s.scalar(select(Case.case_number).where(Case.id == repeat_id)) if repeat_id else None
    return CaseIntakeInfo(
        item_id=item.id if item else None, item_number=item.number if item else "",
        item_kind=IntakeKind(item.kind) if item else None,
        channel=IntakeChannel(item.channel) if item else None,
        received_at=item.received_at if item else None,
        track=Track(item.track) if item and item.track else None,
        suggested_track=Track(item.suggested_track) if item and item.suggested_track else None,
        track_reason=item.track_reason if item else "", repeat_case_id=repeat_id, repeat_case_number=repeat_number,
        matches=tuple(match_info(h) for h in hits))
