"""The laptop copy (issue 14): the checked-out records and what offline work needs, from the office database
(SQLite or PostgreSQL) into a new SQLite file migrated to head, encrypted with SQLCipher when a passphrase is
given (the same encryption as the office's own embedded database, ipcase.db.sqlcipher).

Every table is classified in `TABLES` (a test fails on a table that is not):
- **records** (`Root`): the selected cases, intake items and mediation cases;
- **parts of records** (`Child`): rows whose foreign key points at a copied row — parties, agents, deadlines,
  documents with their files, evidence and its files, timeline, hearings, mediation … — found level by level;
- **office reference data** (`OfficeRows`): the lending office's settings, document number patterns, hearing
  rooms, mediators, users; national data copied whole (`Whole`: offices, the holiday years);
- **referenced only** (`Referenced`): patents, copied when a copied case names them;
- **the check-out itself** (`TheCheckout`): its row and its 文号 blocks, so the laptop numbers from them;
- **derived** (`Derived`): rebuilt on the laptop from the copied rows (the dashboard aggregates; the search
  indexes and sort keys are kept by the SQLite triggers as rows arrive, and rebuilt once more at the end);
- **not copied** (`NotCopied`, with the reason): the audit chain (the laptop starts its own), the office's
  counters, the sync bookkeeping of the office, imports.

Users: the names and roles of the office's users (and of anyone a copied row names) go along so that the laptop
shows who did what; only the laptop user's password hash is copied — nobody else can log in on the laptop.
A reference from a copied row to a row that is not copied (an intake item's case that stayed at the office) is
left empty on the laptop when the column allows it; a part that cannot exist without it is not copied."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, or_, select
from sqlalchemy.engine import make_url

import ipcase.db.models  # noqa: F401  (every table on the metadata)
from ipcase.db import aggregates, search_index, serve_waiting
from ipcase.db.base import Base
from ipcase.db.engine import make_engine
from ipcase.db.migrate import upgrade_to_head
from ipcase.db.models.sync import LaptopState
from ipcase.db.sqlcipher import key_for, make_encrypted_engine
from ipcase.sync import laptop


@dataclass(frozen=True)
class Root:
    kind: str                      # case | intake | mediation


@dataclass(frozen=True)
class Child:
    columns: tuple[str, ...]       # foreign keys to copied rows (any of them)


@dataclass(frozen=True)
class OfficeRows:
    column: str = "office_id"


@dataclass(frozen=True)
class Whole:
    pass


@dataclass(frozen=True)
class Referenced:
    pass


@dataclass(frozen=True)
class TheCheckout:
    pass


@dataclass(frozen=True)
class Derived:
    how: str


@dataclass(frozen=True)
class NotCopied:
    why: str


def _child(*columns: str) -> Child:
    return Child(columns)


_CASE = _child("case_id")
_ITEM = _child("item_id")
_MCASE = _child("mediation_case_id")

TABLES: dict[str, Root | Child | OfficeRows | Whole | Referenced | TheCheckout | Derived | NotCopied] = {
    # ---- the records ----
    "cases": Root("case"),
    "intake_items": Root("intake"),
    "mediation_cases": Root("mediation"),
    # ---- parts of a case ----
    "parties": _CASE, "agents": _child("party_id"), "approvals": _CASE, "extensions": _CASE, "pauses": _CASE,
    "panel_seats": _CASE, "deadlines": _CASE, "timeline": _CASE, "party_corrections": _CASE,
    "case_attachments": _CASE, "service_consents": _child("party_id"),
    "documents": _child("case_id", "intake_item_id"), "service_records": _child("document_id"),
    "evidence_items": _CASE, "evidence_files": _child("item_id", "opinion_id"), "evidence_extensions": _CASE,
    "appraisals": _CASE, "tech_opinions": _CASE, "investigation_records": _CASE, "seizures": _CASE,
    "hearings": _CASE, "hearing_people": _child("hearing_id"), "hearing_postponements": _child("hearing_id"),
    "hearing_return_slips": _child("hearing_id"), "hearing_records": _CASE,
    "hearing_attendees": _child("record_id"), "hearing_cross_exams": _child("record_id"),
    "hearing_features": _child("record_id"), "recusal_applications": _CASE,
    "enforcement_steps": _CASE, "credit_listings": _CASE, "satisfaction_surveys": _CASE,
    "published_rulings": _CASE, "typical_cases": _CASE, "ruling_changes": _CASE,
    "confidentiality_requests": _CASE,
    # ---- parts of an intake item ----
    "intake_attachments": _ITEM, "intake_deadlines": _ITEM, "intake_events": _ITEM, "intake_patents": _ITEM,
    "intake_targets": _ITEM,
    # ---- parts of a mediation case (agreements and sessions also of a case mediated during adjudication) ----
    "mediation_parties": _MCASE, "mediation_deadlines": _MCASE, "mediation_events": _MCASE,
    "mediation_documents": _MCASE, "mediator_assignments": _MCASE,
    "mediation_agreements": _child("case_id", "mediation_case_id"),
    "mediation_sessions": _child("case_id", "mediation_case_id"),
    "mediation_instalments": _child("agreement_id"), "mediation_signatories": _child("agreement_id"),
    # ---- reference data ----
    "offices": Whole(),
    "holiday_years": Whole(),
    "holiday_days": Whole(),
    "users": OfficeRows(),
    "settings": OfficeRows(),
    "setting_versions": OfficeRows(),
    "document_number_patterns": OfficeRows(),
    "hearing_rooms": OfficeRows(),
    "mediators": OfficeRows(),
    "patents": Referenced(),
    # ---- the check-out ----
    "checkouts": TheCheckout(),
    "number_blocks": _child("checkout_id"),
    "reserved_numbers": _child("block_id"),
    # ---- derived ----
    "stats_case_facts": Derived("ipcase.db.aggregates.rebuild"),
    "stats_cells": Derived("ipcase.db.aggregates.rebuild"),
    "serve_waiting": Derived("ipcase.db.serve_waiting.rebuild"),
    # ---- not copied ----
    "audit_entries": NotCopied("the laptop starts its own chain; offline gestures reach the office's at check-in"),
    "sequences": NotCopied("the laptop numbers from its reserved blocks and provisional numbers"),
    "routine_runs": NotCopied("the laptop runs its own start-of-day routines"),
    "ledger_imports": NotCopied("an import is undone at the office"),
    "ledger_cases": NotCopied("an import is undone at the office"),
    "checkout_records": NotCopied("office bookkeeping: on the laptop the guard would refuse its own records"),
    "applied_operations": NotCopied("office bookkeeping of check-ins"),
    "id_map": NotCopied("office bookkeeping of check-ins"),
    "sync_conflicts": NotCopied("office bookkeeping of check-ins"),
    "sync_packages": NotCopied("office bookkeeping of check-ins"),
    "laptop_state": NotCopied("written for the new laptop by the check-out"),
    "outbox": NotCopied("the laptop's own"),
}
# Tables whose missing rows are fetched when a copied row names them (users of another office who sat on a
# panel, the patent of a case, a hearing room).
_CLOSED_OVER = ("offices", "users", "patents", "hearing_rooms", "mediators", "holiday_years")


@dataclass(frozen=True)
class Selection:
    """What to copy: record ids, the lending office, the laptop user (the one password hash copied; None: no
    one can log in — a read-only transfer copy), the check-out whose 文号 blocks go along."""
    office_id: int
    cases: tuple[int, ...] = ()
    intake: tuple[int, ...] = ()
    mediation: tuple[int, ...] = ()
    user_id: int | None = None
    checkout_id: int | None = None


@dataclass
class CopyReport:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)     # table → rows copied
    cleared: dict[str, int] = field(default_factory=dict)  # "table.column" → references left empty


def unclassified() -> list[str]:
    return sorted(t for t in Base.metadata.tables if t not in TABLES)


def sqlite_path(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValueError(f"a laptop database is an SQLite file: {parsed.render_as_string(hide_password=True)}")
    return Path(parsed.database)


def open_laptop(url: str, passphrase: str | None = None) -> Engine:
    """An engine over a laptop file (SQLCipher when `passphrase` is given: created encrypted when new)."""
    path = sqlite_path(url)
    if passphrase:
        return make_encrypted_engine(path, key_for(path, passphrase))
    return make_engine(url)


def copy_records(office: Engine | Connection, laptop_url: str, selection: Selection, *,
                 passphrase: str | None = None, state: Mapping[str, Any] | None = None) -> CopyReport:
    """Write a new laptop database at `laptop_url` (the file must not exist) with `selection`'s records and the
    reference data; `state` (the columns of `laptop_state`) makes it a laptop copy (ipcase.sync.laptop).
    `office` is the office engine (read in a transaction of its own) or a connection inside the caller's
    transaction (the check-out reads its own uncommitted rows and commits only once the copy is written)."""
    missing = unclassified()
    if missing:
        raise LookupError(f"tables not classified for the laptop copy: {', '.join(missing)}")
    path = sqlite_path(laptop_url)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = _read(office, selection)
    report = CopyReport(path)
    _clear_dangling(rows, report)
    for row in rows.get("users", []):
        if row["id"] != selection.user_id:
            row["password_hash"] = ""   # a hash nothing verifies: only the laptop user logs in offline
    target = open_laptop(laptop_url, passphrase)
    try:
        upgrade_to_head(target)
        with target.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")   # self-references arrive in id order
            for table in Base.metadata.sorted_tables:
                found = rows.get(table.name)
                if found:
                    for start in range(0, len(found), 500):
                        conn.execute(table.insert(), found[start:start + 500])
                    report.rows[table.name] = len(found)
            if state is not None:
                conn.execute(LaptopState.__table__.insert(), [dict(state)])
            search_index.rebuild(conn)
            search_index.refresh_sort_keys(conn)
            aggregates.rebuild(conn)
            serve_waiting.rebuild(conn)
        laptop.forget(target)
    finally:
        target.dispose()
    return report


def _read(office: Engine | Connection, sel: Selection) -> dict[str, list[dict]]:
    """The rows to copy, by table, read in one transaction of the office database."""
    roots = {"case": sel.cases, "intake": sel.intake, "mediation": sel.mediation}
    out: dict[str, list[dict]] = {}
    if isinstance(office, Connection):
        _read_rows(office, sel, roots, out)
        return out
    with office.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")   # one snapshot for every table
        with conn.begin():
            _read_rows(conn, sel, roots, out)
    return out


def _read_rows(conn: Connection, sel: Selection, roots, out: dict[str, list[dict]]) -> None:
    for table in Base.metadata.sorted_tables:
        where = _where(table, TABLES[table.name], sel, roots, out)
        if where is not None:
            out[table.name] = [dict(r) for r in conn.execute(select(table).where(where)).mappings()]
    _close_over(conn, Base.metadata.tables, out)


def _where(table: Table, rule, sel: Selection, roots, out):
    c = table.c
    if isinstance(rule, Root):
        ids = list(dict.fromkeys(roots[rule.kind]))
        return c.id.in_(ids) if ids else None
    if isinstance(rule, Child):
        conditions = []
        for column in rule.columns:
            (fk,) = c[column].foreign_keys
            parent_rows = out.get(fk.column.table.name, [])
            values = sorted({r[fk.column.name] for r in parent_rows})
            if values:
                conditions.append(c[column].in_(values))
        return or_(*conditions) if conditions else None
    if isinstance(rule, OfficeRows):
        return c[rule.column] == sel.office_id
    if isinstance(rule, Whole):
        return c[next(iter(table.primary_key.columns)).name].isnot(None)
    if isinstance(rule, TheCheckout):
        return c.id == sel.checkout_id if sel.checkout_id is not None else None
    return None   # Referenced (closed over later), Derived, NotCopied


def _links(table: Table) -> Iterable[tuple[str, str, str, bool]]:
    """(column, parent table, parent column, nullable) of each single-column foreign key."""
    for fk in table.foreign_keys:
        if len(fk.constraint.columns) == 1:
            yield fk.parent.name, fk.column.table.name, fk.column.name, fk.parent.nullable


def _close_over(conn, tables, out: dict[str, list[dict]]) -> None:
    """Fetch the reference rows (users, patents, offices, rooms, mediators) a copied row names but the rules did
    not bring, until nothing is missing."""
    while True:
        wanted: dict[tuple[str, str], set] = {}
        for name, rows in out.items():
            for column, parent, parent_column, _nullable in _links(tables[name]):
                if parent not in _CLOSED_OVER:
                    continue
                have = {r[parent_column] for r in out.get(parent, [])}
                need = {r[column] for r in rows if r[column] is not None} - have
                if need:
                    wanted.setdefault((parent, parent_column), set()).update(need)
        if not wanted:
            return
        for (parent, parent_column), values in wanted.items():
            t = tables[parent]
            out.setdefault(parent, []).extend(
                dict(r) for r in conn.execute(select(t).where(t.c[parent_column].in_(sorted(values)))).mappings())


def _clear_dangling(out: dict[str, list[dict]], report: CopyReport) -> None:
    """A copied row naming a row that is not copied: the reference is left empty where the column allows it,
    else the row is not copied (nor, in turn, its own parts)."""
    tables = Base.metadata.tables
    while True:
        dropped = False
        keys = {}
        for name in out:
            for _c, parent, parent_column, _n in _links(tables[name]):
                if (parent, parent_column) not in keys:
                    keys[(parent, parent_column)] = {r[parent_column] for r in out.get(parent, [])}
        for name, rows in out.items():
            kept = []
            for row in rows:
                ok = True
                for column, parent, parent_column, nullable in _links(tables[name]):
                    value = row[column]
                    if value is None or value in keys[(parent, parent_column)]:
                        continue
                    if nullable:
                        row[column] = None
                        key = f"{name}.{column}"
                        report.cleared[key] = report.cleared.get(key, 0) + 1
                    else:
                        ok = False
                        break
                if ok:
                    kept.append(row)
                else:
                    dropped = True
            out[name] = kept
        if not dropped:
            return


__all__ = ["TABLES", "CopyReport", "Selection", "copy_records", "open_laptop", "sqlite_path", "unclassified"]
