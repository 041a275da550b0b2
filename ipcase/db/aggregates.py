"""The dashboard's aggregates, kept in the writing transaction (issue 19: the dashboard at a million cases).

What every case contributes to the statistics — its office, 承办人, patent type, flags, closing method, the months
it was received / registered / closed in, "closed on time", the days it took, its excluded (paused) days, "had a
和解 period then closed otherwise", its 繁简分流 track and 重复侵权 — is computed by ONE statement (`facts_select`,
from the same SQL definitions the full figures use: ipcase.db.statistics_sql) and stored per case
(`stats_case_facts`); `stats_cells` holds their sums per (received / registered / closed) month, office, officer
and category. The dashboard sums a period's cells (a few hundred rows) instead of reading a year of cases.

How they stay right — decided for an ORM hook over database triggers:
- A case's facts depend on five tables (cases, patents, deadlines' D12, pauses, intake items) and on a sweep over
  its pauses (window functions): triggers on both databases would repeat that SQL in two dialects and make every
  row a bulk loader inserts pay for it (the search triggers already cost the generator most of its time).
- Every writer of the application goes through an ORM session (services, imports, commands, the sync replay,
  the demo's service-built cases): `after_flush` collects the cases a flush touched, `before_commit` recomputes
  their facts (old facts out of their cells, new facts in: relative `ON CONFLICT DO UPDATE`, so concurrent
  writers on PostgreSQL never lose an update) in the same transaction.
- Writers that bypass the ORM (the `demo --cases N` generator's Core inserts, raw SQL, a restore from outside)
  call `rebuild(connection)` once at the end, or `python main.py stats rebuild`; `python main.py stats verify`
  compares the stored aggregates with the full SQL and names each difference.
- The aggregates count only once built: migration 0028 creates the tables empty, and `built()` (a row in
  `routine_runs`) stays false until the first rebuild — until then the dashboard computes from the cases as before,
  and the hook does nothing.

Figures that depend on "today" (overdue, due soon, the open stock by state, the workload) are not pre-aggregated:
they stay computed from their indexes (ix_cases_state_officer, ix_deadlines_case_code)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    Integer,
    and_,
    case,
    cast,
    delete,
    exists,
    extract,
    func,
    inspect,
    literal,
    select,
    tuple_,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ipcase.db.kept_rows import KeptRows
from ipcase.db.models.admin import RoutineRun
from ipcase.db.models.aggregates import CaseFacts, StatsCell
from ipcase.db.models.cases import Case, DeadlineRow, Patent, Pause
from ipcase.db.models.intake import IntakeItem
from ipcase.db.statistics_sql import (
    NO_TRACK,
    d12_on_time,
    day_number,
    excluded_days_per_pause,
    intake_track_is,
    registered_closed,
    repeat_infringement,
)
from ipcase.domain.enums import DeadlineCode, PauseKind
from ipcase.domain.intake.routing import Track
from ipcase.domain.statistics.counting import ClosingMethod

FACTS = CaseFacts.__table__
CELLS = StatsCell.__table__
MARKER = "stats_aggregates"            # routine_runs row: the aggregates were built and are kept since
# The month of a basis's all-time cells: "before day D" = all time − the months from D's on, so a period's
# carried-over and open counts read the cells of the months since the period began, not of the whole history.
ALL_MONTHS = 0
TRACK_COLUMNS = {t.value: f"track_{t.value}" for t in Track} | {NO_TRACK: "track_none"}
SUMS = ("on_time", "days", "excluded", "settled", *TRACK_COLUMNS.values(), "repeat")
KEY = ("office_id", "officer_key", "patent_type", "flag_foreign", "flag_ecommerce", "flag_trade_fair",
       "closing_method", "registered")
BASES = {"received": "received_month", "registered": "registered_month", "closed": "closed_month"}
DAYS = {"registered": "registered_day", "closed": "closed_day"}   # a period's edge days are read by these
FACT_COLUMNS = ("case_id", *KEY, *BASES.values(), *DAYS.values(), *SUMS)
CHUNK = 500     # case ids per statement (IN lists stay short on both databases)


def month_of(column):
    """year × 100 + month of a date column, an integer on both databases."""
    return cast(extract("year", column) * 100 + extract("month", column), Integer)


def month_key(day: date) -> int:
    return day.year * 100 + day.month


def facts_select(case_ids: Iterable[int] | None = None, *, id_range: tuple[int, int] | None = None):
    """Each case's facts (FACT_COLUMNS), computed from the cases as the full figures compute them."""
    conds = []
    if case_ids is not None:
        conds.append(Case.id.in_(list(case_ids)))
    if id_range is not None:
        conds.append(Case.id.between(*id_range))
    swept, added = excluded_days_per_pause(conds)
    excluded = (select(swept.c.case_id, func.sum(added).label("excluded")).group_by(swept.c.case_id).subquery())
    closed = Case.closing_method.is_not(None)
    settlement = exists().where(Pause.case_id == Case.id, Pause.kind == PauseKind.SETTLEMENT.value)

    def flag(condition):
        return case((condition, 1), else_=0)

    columns = [
        Case.id.label("case_id"), Case.office_id.label("office_id"),
        func.coalesce(Case.officer_id, 0).label("officer_key"),
        func.coalesce(Patent.patent_type, "").label("patent_type"),
        Case.flag_foreign.label("flag_foreign"), Case.flag_ecommerce.label("flag_ecommerce"),
        Case.flag_trade_fair.label("flag_trade_fair"),
        func.coalesce(Case.closing_method, "").label("closing_method"),
        Case.registered_date.is_not(None).label("registered"),
        month_of(Case.received_date).label("received_month"),
        month_of(Case.registered_date).label("registered_month"),
        month_of(Case.closed_date).label("closed_month"),
        Case.registered_date.label("registered_day"), Case.closed_date.label("closed_day"),
        flag(and_(closed, d12_on_time)).label("on_time"),
        func.coalesce(case((closed, day_number(Case.closed_date) - day_number(Case.registered_date))), 0)
        .label("days"),
        func.coalesce(excluded.c.excluded, 0).label("excluded"),
        flag(and_(registered_closed, Case.closing_method != ClosingMethod.MEDIATED.value, settlement))
        .label("settled"),
        *[flag(intake_track_is(track)).label(column) for track, column in TRACK_COLUMNS.items()],
        flag(repeat_infringement).label("repeat"),
    ]
    return (select(*columns).join(Patent, Patent.id == Case.patent_id)
            .outerjoin(excluded, excluded.c.case_id == Case.id).where(*conds))


def _plain(row) -> dict:
    """A facts row with Python values the same on both databases (bools, ints, dates; months may come back
    Decimal)."""
    out = {}
    for name in FACT_COLUMNS:
        value = row[name]
        if name.startswith("flag_") or name == "registered":
            out[name] = bool(value)
        elif name in ("patent_type", "closing_method"):
            out[name] = value or ""
        elif name in DAYS.values():
            out[name] = value
        else:
            out[name] = None if value is None else int(value)
    return out


# ---- built or not ---------------------------------------------------------------------------------------

_HAS_TABLES: set[int] = set()   # engines known to have the tables (they are never dropped once created)


def has_tables(conn: Connection) -> bool:
    """The aggregates' tables exist (a database not yet migrated to 0028 has none)."""
    key = id(conn.engine)
    if key not in _HAS_TABLES:
        if not inspect(conn).has_table(CELLS.name) or not inspect(conn).has_table(RoutineRun.__tablename__):
            return False
        _HAS_TABLES.add(key)
    return True


def built(conn: Connection) -> bool:
    """The aggregates exist, were built once and have been kept since (the hook keeps them)."""
    return has_tables(conn) and conn.execute(_MARKED).first() is not None


_MARKED = select(RoutineRun.name).where(RoutineRun.name == MARKER)   # built once: it keeps its cache key


def usable_condition():
    """`usable` as one SQL condition, for a statement that reads the cells only when it holds (the case list's
    count: one round trip where the marker and the two probes took three more). The tables must exist."""
    return and_(_MARKED.exists(), func.coalesce(select(func.max(FACTS.c.case_id)).scalar_subquery(), 0)
                >= func.coalesce(select(func.max(Case.id)).scalar_subquery(), 0))


def usable(conn: Connection) -> bool:
    """Built, and no case added past them: a Core loader that forgot `rebuild` (cases appended without the ORM)
    makes the dashboard compute from the cases again instead of showing short figures (two primary-key probes)."""
    return has_tables(conn) and bool(conn.scalar(select(usable_condition())))


# ---- rebuild ------------------------------------------------------------------------------------------------

def _cells_from_facts(basis: str, *, all_months: bool = False):
    """The cells of `basis` summed from the stored facts: per month, or the all-time cells (ALL_MONTHS)."""
    month = FACTS.c[BASES[basis]]
    keys = [FACTS.c[k] for k in KEY]
    months = [literal(ALL_MONTHS)] if all_months else [month]
    return (select(literal(basis).label("basis"), months[0].label("month"), *keys, func.count().label("n"),
                   *[func.sum(FACTS.c[s]).label(s) for s in SUMS])
            .where(month.is_not(None)).group_by(*([] if all_months else [month]), *keys))


def _all_cell_queries():
    return [_cells_from_facts(basis, all_months=every) for basis in BASES for every in (False, True)]


def rebuild(conn: Connection, *, now: datetime | None = None) -> int:
    """Recompute every case's facts and every cell from the cases (bulk loads, repairs, the first build after
    migration 0028); returns the number of cases. One transaction: on PostgreSQL the tables are locked, so a
    writer's own update waits for the rebuild and then applies to its result."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"LOCK TABLE {FACTS.name}, {CELLS.name} IN EXCLUSIVE MODE")
    conn.execute(delete(CELLS))
    conn.execute(delete(FACTS))
    last = conn.scalar(select(func.max(Case.id))) or 0
    step = 50_000   # bounded work per statement: the pause sweep's window runs over one id range at a time
    for lo in range(0, last + 1, step):
        conn.execute(FACTS.insert().from_select(FACT_COLUMNS, facts_select(id_range=(lo, lo + step - 1))))
    columns = ("basis", "month", *KEY, "n", *SUMS)
    for query in _all_cell_queries():
        conn.execute(CELLS.insert().from_select(columns, query))
    stamp = now or datetime.now()
    conn.execute(delete(RoutineRun.__table__).where(RoutineRun.name == MARKER))
    conn.execute(RoutineRun.__table__.insert().values(name=MARKER, last_day=stamp.date(), finished_at=stamp))
    return conn.scalar(select(func.count()).select_from(FACTS)) or 0


@contextmanager
def deferred(engine, *, now: datetime | None = None) -> Iterator[None]:
    """A bulk writer's many commits (the demo build: ≈ 700) without a refresh each: the aggregates are marked
    unbuilt — so the hook skips them and the dashboard reads the full SQL — and rebuilt once at the end. If the
    writer fails they stay unbuilt, and the start-up step builds them (`build_if_missing`)."""
    with engine.begin() as conn:
        kept = has_tables(conn) and built(conn)
        if kept:
            conn.execute(delete(RoutineRun.__table__).where(RoutineRun.name == MARKER))
    yield
    if kept:
        with engine.begin() as conn:
            rebuild(conn, now=now)


def build_if_missing(conn: Connection, *, now: datetime | None = None) -> bool:
    """Build the aggregates of a database upgraded with cases (migration 0028 leaves them unbuilt); True if it did."""
    if not has_tables(conn) or built(conn):
        return False
    rebuild(conn, now=now)
    return True


# ---- incremental: the cases one transaction touched ---------------------------------------------------------

def _upsert(conn: Connection):
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(CELLS)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def refresh(conn: Connection, case_ids: Iterable[int]) -> None:
    """Bring the facts of `case_ids` (changed, new or deleted cases) and their cells up to date."""
    ids = sorted({int(i) for i in case_ids if i is not None})
    for chunk in _chunks(ids):
        old = [_plain(r) for r in conn.execute(select(FACTS).where(FACTS.c.case_id.in_(chunk))).mappings()]
        new = [_plain(r) for r in conn.execute(facts_select(chunk)).mappings()]
        if sorted(map(_items, old)) == sorted(map(_items, new)):
            continue   # nothing the statistics count changed (the usual edit)
        _apply(conn, (_deltas(old, -1), _deltas(new, 1)))
        conn.execute(delete(FACTS).where(FACTS.c.case_id.in_(chunk)))
        if new:
            conn.execute(FACTS.insert(), new)


def _items(row: dict) -> tuple:
    return tuple(row[c] for c in FACT_COLUMNS)


def _deltas(rows: list[dict], sign: int) -> dict[tuple, list[int]]:
    out: dict[tuple, list[int]] = defaultdict(lambda: [0] * (1 + len(SUMS)))
    for row in rows:
        for basis, column in BASES.items():
            if row[column] is None:
                continue
            for month in (row[column], ALL_MONTHS):
                d = out[(basis, month, *(row[k] for k in KEY))]
                d[0] += sign
                for i, name in enumerate(SUMS, start=1):
                    d[i] += sign * row[name]
    return out


def _apply(conn: Connection, parts: tuple[dict, ...]) -> None:
    """Add the old facts' negative and the new facts' positive sums to their cells, relatively."""
    total: dict[tuple, list[int]] = defaultdict(lambda: [0] * (1 + len(SUMS)))
    for part in parts:
        for key, values in part.items():
            total[key] = [a + b for a, b in zip(total[key], values, strict=True)]
    changed = {k: v for k, v in total.items() if any(v)}
    if not changed:
        return
    names = ("n", *SUMS)
    # In key order: two PostgreSQL writers lock the cells they share in the same order, never in a deadlock.
    rows = [dict(zip(("basis", "month", *KEY), key, strict=True)) | dict(zip(names, values, strict=True))
            for key, values in sorted(changed.items())]
    stmt = _upsert(conn)
    stmt = stmt.on_conflict_do_update(index_elements=list(CELLS.primary_key.columns),
                                      set_={n: CELLS.c[n] + stmt.excluded[n] for n in names})
    conn.execute(stmt, rows)
    # A cell no case counts in any more goes (its sums are zero with it).
    keys = [tuple(r[c] for c in ("basis", "month", *KEY)) for r in rows]
    conn.execute(delete(CELLS).where(CELLS.c.n == 0,
                                     tuple_(*[CELLS.c[c] for c in ("basis", "month", *KEY)]).in_(keys)))


# ---- the session hook ---------------------------------------------------------------------------------------

PENDING = "stats_aggregates.pending"


def touch(session: Session, case_ids: Iterable[int]) -> None:
    """Mark cases whose statistics a Core statement changed (the ORM's own changes are found by the hook)."""
    _kept.note(session, case_ids)


def _case_ids(obj) -> set:
    """The case a row belongs to, and the one it belonged to before this flush (read without loading: a deleted
    row's expired attributes must not be fetched again)."""
    state = inspect(obj)
    return {state.dict.get("case_id"), *(state.attrs.case_id.history.deleted or ())}


def _touched(session: Session, obj) -> set:
    if isinstance(obj, Case):
        return {inspect(obj).identity[0] if inspect(obj).identity else obj.id}
    if isinstance(obj, DeadlineRow):
        return _case_ids(obj) if inspect(obj).dict.get("code", DeadlineCode.D12.value) == DeadlineCode.D12.value \
            else set()
    if isinstance(obj, Pause | IntakeItem):
        return _case_ids(obj)
    if isinstance(obj, Patent) and inspect(obj).attrs.patent_type.history.has_changes():
        return set(session.connection().scalars(select(Case.id).where(Case.patent_id == obj.id)))
    return set()


def _after_flush(session: Session, _context) -> None:
    ids: set = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        ids |= _touched(session, obj)
    touch(session, ids)


def _refresh_if_built(conn: Connection, case_ids: set[int]) -> None:
    if built(conn):   # before the first build (a database upgraded with cases) there is nothing to keep
        refresh(conn, case_ids)


_kept = KeptRows(PENDING, _refresh_if_built)


def install() -> None:
    """Keep the aggregates in every session's transaction (once per process)."""
    _kept.install(_after_flush)


# ---- verify -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Difference:
    """One place where the stored aggregates disagree with the full SQL: a case's facts (`case_id`) or a cell
    (`cell`: basis, month, office, officer, patent type, flags, method, registered)."""
    what: str                      # "case" / "cell"
    key: tuple
    field: str                     # "missing", "extra" or the column that differs
    stored: object = None
    computed: object = None


def verify(conn: Connection, *, limit: int = 1000) -> list[Difference]:
    """Compare every stored case's facts with the full SQL's, and every cell with the sums of the stored facts;
    at most `limit` differences (a broken build would otherwise list a million)."""
    out: list[Difference] = []
    if not built(conn):
        return [Difference("build", (), "missing")]
    stream = dict(yield_per=5000)    # a server-side cursor on PostgreSQL: a million rows never held at once
    stored = conn.execute(select(FACTS).order_by(FACTS.c.case_id).execution_options(**stream)).mappings()
    computed = conn.execute(facts_select().order_by(Case.id).execution_options(**stream)).mappings()
    for kind, a, b in _merge((_plain(r) for r in stored), (_plain(r) for r in computed)):
        if kind != "both":
            row = a or b
            out.append(Difference("case", (row["case_id"],), kind))
        else:
            out += [Difference("case", (a["case_id"],), c, a[c], b[c]) for c in FACT_COLUMNS if a[c] != b[c]]
        if len(out) >= limit:
            return out[:limit]
    expected: dict[tuple, list[int]] = {}
    names = ("n", *SUMS)
    for query in _all_cell_queries():
        for r in conn.execute(query).mappings():
            expected[_cell_key(r)] = [int(r[n]) for n in names]
    have = {_cell_key(r): [int(r[n]) for n in names] for r in conn.execute(select(CELLS)).mappings()}
    for key in sorted(set(expected) | set(have), key=repr):
        e, h = expected.get(key), have.get(key)
        if e is None:
            out.append(Difference("cell", key, "extra", h, None))
        elif h is None:
            out.append(Difference("cell", key, "missing", None, e))
        else:
            out += [Difference("cell", key, n, hv, ev) for n, hv, ev in zip(names, h, e, strict=True) if hv != ev]
    return out[:limit]


def _cell_key(r) -> tuple:
    return (r["basis"], int(r["month"]), int(r["office_id"]), int(r["officer_key"]), r["patent_type"] or "",
            bool(r["flag_foreign"]), bool(r["flag_ecommerce"]), bool(r["flag_trade_fair"]),
            r["closing_method"] or "", bool(r["registered"]))


def _merge(left: Iterator[dict], right: Iterator[dict]) -> Iterator[tuple[str, dict | None, dict | None]]:
    """Two streams ordered by case_id: ("both", a, b), ("extra", a, None) stored only, ("missing", None, b)."""
    a, b = next(left, None), next(right, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a["case_id"] < b["case_id"]):
            yield "extra", a, None
            a = next(left, None)
        elif a is None or b["case_id"] < a["case_id"]:
            yield "missing", None, b
            b = next(right, None)
        else:
            yield "both", a, b
            a, b = next(left, None), next(right, None)
