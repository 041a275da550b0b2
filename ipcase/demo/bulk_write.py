"""Writing a generated register's rows set-based (`python main.py demo --cases N`, the 1,000,000-case benchmark).

The generator computes every derived value itself (the cases' sort keys, their 1–2-character search grams), so
row-by-row database work is set aside while a batch is written, inside the batch's own transaction:
- the triggers of the filled tables (sort keys and search index, migration 0022) are dropped (SQLite) or disabled
  (PostgreSQL, `ALTER TABLE … DISABLE TRIGGER USER`) and restored before the commit — an interrupted run never
  leaves them off;
- rows go in as DBAPI `executemany` of plain tuples (SQLite) or `COPY … FROM STDIN` (PostgreSQL, psycopg), values
  converted by the columns' own SQLAlchemy bind processors, so they are stored exactly as the ORM stores them;
- SQLite's grams table gets the generator's grams in the same batch; its FTS5 trigram table is rebuilt once at the
  end (`finish`), from the cases' search_text. PostgreSQL's search indexes are expression/GIN indexes: kept by the
  inserts themselves."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from ipcase.db import search_index

CACHE_KIB = 256 * 1024


class BulkWriter:
    """Writes batches of generated rows into one session's transaction (see the module docstring)."""

    def __init__(self, session: Session, tables: Sequence[str]):
        self.s, self.tables = session, tuple(tables)
        self.dialect = session.bind.dialect
        self.sqlite = self.dialect.name == "sqlite"
        self._suspended: list[str] = []
        if self.sqlite:  # the cases' dozen indexes take keys in random order: keep more of their pages in memory
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")

    def triggers_off(self) -> None:
        if self.sqlite:
            names = ", ".join(f"'{t}'" for t in self.tables)
            found = self.s.execute(text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                        f"AND tbl_name IN ({names}) ORDER BY name")).all()
            for name, _sql in found:
                self.s.execute(text(f'DROP TRIGGER "{name}"'))
            self._suspended = [sql for _name, sql in found]
        else:
            for t in self.tables:
                self.s.execute(text(f"ALTER TABLE {t} DISABLE TRIGGER USER"))

    def triggers_on(self) -> None:
        if self.sqlite:
            for sql in self._suspended:
                self.s.execute(text(sql))
            self._suspended = []
        else:
            for t in self.tables:
                self.s.execute(text(f"ALTER TABLE {t} ENABLE TRIGGER USER"))

    def write(self, table: Table, rows: list[Mapping]) -> None:
        """Insert `rows` (dicts with the same keys) into `table`."""
        if not rows:
            return
        columns = [table.c[k] for k in rows[0]]
        procs = [c.type.dialect_impl(self.dialect).bind_processor(self.dialect) for c in columns]
        keys = [c.key for c in columns]
        tuples = [tuple(v if p is None or v is None else p(v)
                        for v, p in zip(map(row.__getitem__, keys), procs, strict=True)) for row in rows]
        names = ", ".join(c.name for c in columns)
        dbapi = self.s.connection().connection.driver_connection
        if self.sqlite:
            cur = dbapi.cursor()
            try:
                cur.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})",
                                tuples)
            finally:
                cur.close()
        else:
            with dbapi.cursor() as cur, cur.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for t in tuples:
                    copy.write_row(t)

    def write_case_grams(self, pairs: list[tuple[int, str]]) -> None:
        """(case id, its grams as `search_index.grams` gives them) into SQLite's grams table (PostgreSQL: none)."""
        self.write_grams("cases", pairs)

    def write_grams(self, register: str, pairs: list[tuple[int, str]]) -> None:
        """(row id, its grams as `search_index.grams` gives them) into the SQLite grams table of `register`
        (search_index.REGISTERS: cases, intake_items, mediation_cases; PostgreSQL: none)."""
        if not self.sqlite or not pairs:
            return
        grams_table = search_index.REGISTERS[register][1]
        cur = self.s.connection().connection.driver_connection.cursor()
        try:
            cur.executemany(f"INSERT INTO {grams_table}(rowid, grams) VALUES (?, ?)", pairs)
        finally:
            cur.close()

    def finish(self, registers: Sequence[str] = ("cases",)) -> None:
        """SQLite: the trigram tables of `registers` rebuilt from their search_text (one pass each, in C)."""
        if self.sqlite:
            for register in registers:
                tri = search_index.REGISTERS[register][0]
                self.s.connection().exec_driver_sql(f"INSERT INTO {tri}({tri}) VALUES('rebuild')")


LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")  # runs of characters str.isalnum() accepts


def bit_grams(bit: str) -> tuple[str, ...]:
    """The grams `search_index.grams` gives (as a set; order is irrelevant to the index), computed per run of
    letters and digits with C-level string operations — the generator's hot path (tests compare the two)."""
    out: list[str] = []
    for run in LETTERS_AND_DIGITS.findall(bit.lower()):
        out.extend(run)
        out.extend(map(str.__add__, run, run[1:]))
    return tuple(dict.fromkeys(out))


def text_grams(text: str) -> str:
    """`search_index.grams` of a search text whose bits are joined by " | " (no gram crosses the separator)."""
    seen: dict[str, None] = {}
    for bit in text.split(" | "):
        seen.update(dict.fromkeys(bit_grams(bit)))
    return " ".join(seen)
