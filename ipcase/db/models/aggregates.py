"""The dashboard's pre-aggregated figures (issue 19): what every case contributes (`stats_case_facts`, one row per
case) and their sums per month, office, officer and category (`stats_cells`), kept by ipcase.db.aggregates in the
writing transaction. Derived data: not audited, rebuilt by `python main.py stats rebuild`.

Keys use plain values instead of NULL (officer 0 = no 承办人, '' = no patent type / no closing method) so that a
cell has exactly one row on both databases (NULLs never compare equal in a unique index)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ipcase.db.base import Base


class CaseFacts(Base):
    """One case's contribution to the statistics, as the full SQL computes it (ipcase.db.aggregates.facts_select)."""
    __tablename__ = "stats_case_facts"
    # A period's first and last days that are not a whole month are summed from the facts of those days
    # (ipcase.queries.statistics.figures.cohort_figures_by_period; 0036_pg_reads).
    __table_args__ = (Index("ix_stats_case_facts_registered_day", "registered_day"),
                      Index("ix_stats_case_facts_closed_day", "closed_day"))

    case_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    office_id: Mapped[int] = mapped_column(Integer)
    officer_key: Mapped[int] = mapped_column(Integer)          # 承办人's user id, 0 = none
    patent_type: Mapped[str] = mapped_column(String(20))
    flag_foreign: Mapped[bool] = mapped_column(Boolean)
    flag_ecommerce: Mapped[bool] = mapped_column(Boolean)
    flag_trade_fair: Mapped[bool] = mapped_column(Boolean)
    closing_method: Mapped[str] = mapped_column(String(30))    # '' = not closed
    registered: Mapped[bool] = mapped_column(Boolean)          # has a 立案 date
    received_month: Mapped[int] = mapped_column(Integer)       # year * 100 + month
    registered_month: Mapped[int | None] = mapped_column(Integer)
    closed_month: Mapped[int | None] = mapped_column(Integer)
    registered_day: Mapped[date | None] = mapped_column(Date)   # the 立案 date itself
    closed_day: Mapped[date | None] = mapped_column(Date)       # the 结案 date itself
    on_time: Mapped[int] = mapped_column(Integer)              # closed, and D12 met on or before its limit
    days: Mapped[int] = mapped_column(Integer)                 # 结案日 − 立案日 of a closed registered case
    excluded: Mapped[int] = mapped_column(Integer)             # days of its pauses (union), closed registered cases
    settled: Mapped[int] = mapped_column(Integer)              # 和解 period, then closed otherwise than mediated
    track_fast: Mapped[int] = mapped_column(Integer)
    track_standard: Mapped[int] = mapped_column(Integer)
    track_complex: Mapped[int] = mapped_column(Integer)
    track_none: Mapped[int] = mapped_column(Integer)
    repeat: Mapped[int] = mapped_column(Integer)               # 重复侵权 as the intake register recorded it


class StatsCell(Base):
    """The sums of the facts of the cases received / registered / closed (`basis`) in one month, per office,
    officer, patent type, flags, closing method and registered-or-not.

    The key is the primary key, in the order a period is read (basis, month first); on SQLite the table is
    WITHOUT ROWID — stored in that order — so a period's cells are one sequential range, not a row lookup per
    cell from an index (a tenth of the time at 220,000 cases)."""
    __tablename__ = "stats_cells"
    __table_args__ = {"sqlite_with_rowid": False}

    basis: Mapped[str] = mapped_column(String(10), primary_key=True)     # received / registered / closed
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # 0 = all months
    office_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    officer_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    patent_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    flag_foreign: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    flag_ecommerce: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    flag_trade_fair: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    closing_method: Mapped[str] = mapped_column(String(30), primary_key=True)
    registered: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    on_time: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    excluded: Mapped[int] = mapped_column(Integer)
    settled: Mapped[int] = mapped_column(Integer)
    track_fast: Mapped[int] = mapped_column(Integer)
    track_standard: Mapped[int] = mapped_column(Integer)
    track_complex: Mapped[int] = mapped_column(Integer)
    track_none: Mapped[int] = mapped_column(Integer)
    repeat: Mapped[int] = mapped_column(Integer)
