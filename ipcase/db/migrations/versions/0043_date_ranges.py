"""The case list filtered by a 立案 or 结案 date range (the statistics' drill-down by period) read by index at a
million cases (issue 19).

The list's default order is 收到日期 (received_date). Filtered by a range of another date, SQLite read the range by
its date's index and sorted every case of it with all its columns (立案 in 2024: 324,000 cases, 0.9–1.4 s a page),
and PostgreSQL walked the newest cases past every one outside the range (立案 in March 2025: 0.78 s; 结案: 0.99 s).
The page now reads the range's ids first, ordered by received_date (ipcase.queries.keyset.page(ranged=True)),
from an index that holds the date, received_date, the columns of the conditions a period is listed with (the
statistics' dimensions, a state preset, 结案方式) and id: no row is read but the page's 200, and the cost follows
the range's size (a month 8–12 ms), not its place in the register. Without those columns a condition read each
case of the period (涉外 with 立案 in 2025 on SQLite: 1.1 s).

Revision ID: 0043_date_ranges
Revises: 0042_filter_reads
Create Date: 2026-12-07
"""
from alembic import op

revision = "0043_date_ranges"
down_revision = "0042_filter_reads"
branch_labels = None
depends_on = None

# after the period's date: the list's order, then the columns of the conditions a period is listed with (the
# viewer's offices, 承办人, a state preset, 类型, 结案方式, the flags; for 结案 also "立案 has happened")
_CONDITIONS = ["received_date", "office_id", "officer_id", "state", "sort_patent_type", "closing_method",
               "flag_foreign", "flag_ecommerce", "flag_trade_fair"]
_INDEXES = {"ix_cases_registered_range": ["registered_date", *_CONDITIONS, "id"],
            "ix_cases_closed_range": ["closed_date", *_CONDITIONS, "registered_date", "id"]}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "cases", columns)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="cases")
