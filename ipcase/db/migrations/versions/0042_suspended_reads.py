"""The case list's 中止 filter by the cases' copy, through two small partial indexes (issue 19).

The filter 中止中 (cases with a running suspension) probed the pauses for every case the page walked past or the
count read: at 1,000,000 cases (7,669 suspended) the first page took 63 ms and its count 43 ms on PostgreSQL, the
count 0.6 s on SQLite; sorted by 请求人 a page took 122 ms. The cases' copy of "a running suspension"
(sort_suspended, kept by the pauses' trigger since 0040_case_flags) answers the same question on the case row;
indexed only where it is true, the suspended cases in the list's default order (whole, and per office for a
sub-office's viewer) are a walk of a few thousand entries: the first page < 1 ms, the count 0.3–3 ms.

The WHERE of each index is the text each dialect gives the list's condition (`cases.sort_suspended = 1` on SQLite,
`cases.sort_suspended` on PostgreSQL): SQLite uses a partial index only for a query whose terms contain its WHERE.

Revision ID: 0042_suspended_reads
Revises: 0041_sort_ids
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0042_suspended_reads"
down_revision = "0041_sort_ids"
branch_labels = None
depends_on = None

_INDEXES = {"ix_cases_suspended_received": ["received_date", "id"],
            "ix_cases_office_suspended_received": ["office_id", "received_date", "id"]}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "cases", columns, sqlite_where=sa.text("sort_suspended = 1"),
                        postgresql_where=sa.text("sort_suspended"))


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="cases")
