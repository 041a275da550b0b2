"""Is the record what the chain says it is? `verify` walks the chain (every link, every entry's hash, no gap),
compares it with the signed checkpoints (a chain cut short or rewritten with fresh hashes), and — in full — replays
the entries into the expected image of every audited row and compares each row of the database with it (a row
changed, deleted or inserted behind the application's back, a file replaced with its stored hash) and each stored
file hash with its content. Each finding names the entry or record, its 案号 and the changed columns."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ipcase.audit import checkpoints, rows
from ipcase.audit.canonical import GENESIS_PREV, digest, plain
from ipcase.audit.chain import ENTRIES, Head, compute_hash
from ipcase.progress import CancelToken, Progress

QUICK_ENTRIES = 200   # the start-up check: the last entries' links and the checkpoints


@dataclass(frozen=True)
class Finding:
    """One thing that is not as the chain says. `problem` is a code (see ipcase.audit.describe)."""
    problem: str
    seq: int | None = None
    record_kind: str | None = None
    record_key: str | None = None
    case_number: str | None = None
    columns: tuple[str, ...] = ()
    expected: dict = field(default_factory=dict)   # column → value the chain holds
    actual: dict = field(default_factory=dict)     # column → value found
    warning: bool = False                           # worth a look, not proof of alteration


@dataclass(frozen=True)
class VerifyReport:
    full: bool
    entries: int                       # entries checked
    head: Head | None
    rows: int                          # rows compared (full only)
    checkpoints: int                   # checkpoints compared
    findings: tuple[Finding, ...]

    @property
    def altered(self) -> bool:
        return any(not f.warning for f in self.findings)

    @property
    def ok(self) -> bool:
        return not self.findings


def _entries(conn: Connection, from_seq: int = 1) -> Iterator:
    q = select(ENTRIES).where(ENTRIES.c.seq >= from_seq).order_by(ENTRIES.c.seq)
    yield from conn.execute(q.execution_options(yield_per=500)).mappings()


def _changes(entry) -> dict:
    try:
        return json.loads(entry["changes"])
    except (TypeError, ValueError):
        return {}


class _Replay:
    """The expected image of every audited row, entry after entry."""

    def __init__(self) -> None:
        self.images: dict[tuple[str, str], dict | None] = {}
        self.last: dict[tuple[str, str], tuple[int, str | None]] = {}  # key → (seq, case number) of last entry

    def apply(self, entry) -> None:
        op, kind = entry["operation"], entry["record_kind"]
        if op == "baseline" and kind:
            for key, image in _changes(entry).items():
                self.images[(kind, key)] = image
                self.last[(kind, key)] = (entry["seq"], None)
        elif op in ("insert", "update", "delete") and kind and entry["record_key"]:
            key = (kind, entry["record_key"])
            if op == "delete":
                self.images[key] = None
            else:
                image = dict(self.images.get(key) or {})
                image.update({c: pair[1] for c, pair in _changes(entry).items()})
                self.images[key] = image
            self.last[key] = (entry["seq"], entry["case_number"])


def chain_id(conn: Connection) -> str | None:
    first = conn.execute(select(ENTRIES.c.changes, ENTRIES.c.operation).where(ENTRIES.c.seq == 1)).first()
    if first is None or first.operation != "genesis":
        return None
    try:
        return json.loads(first.changes).get("chain_id")
    except ValueError:
        return None


def current_head(conn: Connection) -> Head | None:
    row = conn.execute(select(ENTRIES.c.seq, ENTRIES.c.hash, ENTRIES.c.at)
                       .order_by(ENTRIES.c.seq.desc()).limit(1)).first()
    return Head(row.seq, row.hash, row.at) if row else None


def verify(session: Session, *, data_dir: Path | None = None, full: bool = True,
           progress: Progress | None = None, cancel: CancelToken | None = None) -> VerifyReport:
    """Check the chain (all of it, or with `full=False` its last QUICK_ENTRIES entries: the start-up check),
    the checkpoints in `data_dir` (if given) and, in full, every audited row and stored file hash."""
    conn = session.connection()
    findings: list[Finding] = []
    head = current_head(conn)
    start = 1 if full or head is None else max(1, head.seq - QUICK_ENTRIES)
    replay = _Replay() if full else None
    total = head.seq if head else 0
    prev_hash, expected_seq, count = None, start, 0
    if start > 1:
        prev_hash = conn.execute(select(ENTRIES.c.hash).where(ENTRIES.c.seq == start - 1)).scalar()
    elif start == 1:
        prev_hash = GENESIS_PREV
    for entry in _entries(conn, start):
        count += 1
        seq = entry["seq"]
        if seq != expected_seq:
            findings.append(Finding("entries_missing", seq, expected={"from": expected_seq, "to": seq - 1}))
        if prev_hash is not None and entry["prev_hash"] != prev_hash:
            findings.append(Finding("link_broken", seq, entry["record_kind"], entry["record_key"],
                                    entry["case_number"]))
        if compute_hash(entry) != entry["hash"]:
            findings.append(Finding("entry_altered", seq, entry["record_kind"], entry["record_key"],
                                    entry["case_number"]))
        if replay is not None:
            replay.apply(entry)
        prev_hash, expected_seq = entry["hash"], seq + 1
        if progress and count % 500 == 0:
            progress(count, total, "")
        if cancel:
            cancel.check()
    n_checkpoints = _compare_checkpoints(conn, data_dir, head, findings) if data_dir else 0
    n_rows = 0
    if replay is not None:
        n_rows = _compare_rows(conn, replay, findings, progress, cancel)
        _compare_file_hashes(conn, findings)
    return VerifyReport(full, count, head, n_rows, n_checkpoints, tuple(findings))


def _compare_checkpoints(conn: Connection, data_dir: Path, head: Head | None, findings: list[Finding]) -> int:
    cid = chain_id(conn)
    if cid is None:
        findings.append(Finding("no_genesis", 1))
        return 0
    mine = checkpoints.all_for(data_dir, cid)
    for cp in mine:
        if not cp.signed:
            findings.append(Finding("checkpoint_forged", cp.seq, expected={"file": cp.path.name if cp.path else ""}))
            continue
        if head is None or head.seq < cp.seq:
            findings.append(Finding("chain_truncated", cp.seq,
                                    expected={"seq": cp.seq, "at": plain(cp.written_at)},
                                    actual={"seq": head.seq if head else 0}))
            continue
        stored = conn.execute(select(ENTRIES.c.hash).where(ENTRIES.c.seq == cp.seq)).scalar()
        if stored != cp.hash:
            findings.append(Finding("chain_rewritten", cp.seq, expected={"hash": cp.hash, "at": plain(cp.written_at)},
                                    actual={"hash": stored}))
    if not mine and (data_dir / checkpoints.FOLDER).is_dir() and any((data_dir / checkpoints.FOLDER).glob("*.json")):
        findings.append(Finding("no_checkpoint_of_chain", None, warning=True))
    return len(mine)


def _compare_rows(conn: Connection, replay: _Replay, findings: list[Finding], progress: Progress | None,
                  cancel: CancelToken | None) -> int:
    n = 0
    algorithm_of = "sm3"
    seen: set[tuple[str, str]] = set()
    tables = rows.audited_tables()
    for i, t in enumerate(tables):
        for key, image in rows.all_images(conn, t, algorithm_of):
            n += 1
            seen.add((t.name, key))
            expected = replay.images.get((t.name, key))
            seq, number = replay.last.get((t.name, key), (None, None))
            number = number or rows.record_number(conn, t.name, image)
            if expected is None:
                findings.append(Finding("row_inserted", seq, t.name, key, number, actual=image))
            elif expected != image:
                columns = tuple(sorted(c for c in set(expected) | set(image) if expected.get(c) != image.get(c)))
                findings.append(Finding("row_changed", seq, t.name, key, number, columns,
                                        {c: expected.get(c) for c in columns}, {c: image.get(c) for c in columns}))
        if progress:
            progress(i + 1, len(tables), t.name)
        if cancel:
            cancel.check()
    for (kind, key), expected in replay.images.items():
        if expected is not None and (kind, key) not in seen and rows.table(kind) is not None:
            seq, number = replay.last.get((kind, key), (None, None))
            number = number or rows.record_number(conn, kind, expected)
            findings.append(Finding("row_deleted", seq, kind, key, number, expected=expected))
    return n


def _compare_file_hashes(conn: Connection, findings: list[Finding]) -> None:
    """A stored file against the SHA-256 stored beside it (an evidence file damaged or replaced alone)."""
    t = rows.table("evidence_files")
    if t is None or "sha256" not in t.c:
        return
    q = select(t).where(t.c.content.is_not(None)).execution_options(yield_per=50)
    for row in conn.execute(q).mappings():
        if digest(bytes(row["content"]), "sha256") != row["sha256"]:
            findings.append(Finding("file_hash_mismatch", None, "evidence_files", rows.key_text([row["id"]]),
                                    rows.record_number(conn, "evidence_files", row), ("content", "sha256")))


__all__ = ["QUICK_ENTRIES", "Finding", "VerifyReport", "chain_id", "current_head", "verify"]
