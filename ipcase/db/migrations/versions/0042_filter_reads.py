"""The case list's filters read by index at a million cases (issue 19): the 中止 filter by the cases' copy through
two small partial indexes; a state's and a 承办人's cases in the list's order by (state | officer_id,
received_date, id).

The filter 中止中 (cases with a running suspension) probed the pauses for every case the page walked past or the
count read: at 1,000,000 cases (7,669 suspended) the first page took 63 ms and its count 43 ms on PostgreSQL, the
count 0.6 s on SQLite; sorted by 请求人 a page took 122 ms. The cases' copy of "a running suspension"
(sort_suspended, kept by the pauses' trigger since 0040_case_flags) answers the same question on the case row;
indexed only where it is true, the suspended cases in the list's default order (whole, and per office for a
sub-office's viewer) are a walk of a few thousand entries: the first page < 1 ms, the count 0.3–3 ms.

The WHERE of each index is the text each dialect gives the list's condition (`cases.sort_suspended = 1` on SQLite,
`cases.sort_suspended` on PostgreSQL): SQLite uses a partial index only for a query whose terms contain its WHERE.

The state presets (只看未立案 / 办理中 / 已结案) of a viewer of every office now read one page per state, merged
(ipcase.queries.keyset.page's partition). The index on (state, received_date) ended with the rowid on SQLite, but on
PostgreSQL a state's page sorted each received date's cases by id, and the planner preferred to walk the newest
cases past every case of the other states (已结案: 50 ms of a 60 ms page). It becomes (state, received_date, id),
as 0036 and 0041 did for the other keys.

The filter 承办人 ("my cases") read the officer's index (officer_id) and sorted all the officer's cases on SQLite
(140 ms a page for an officer with 55,000 cases), and PostgreSQL walked the newest cases of every officer, which
grows with the number of officers. The officer's index becomes (officer_id, received_date, id): the officer's
first page is one range on both; the foreign key's lookups use its first column as before.

Revision ID: 0042_filter_reads
Revises: 0041_sort_ids
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0042_filter_reads"
down_revision = "0041_sort_ids"
branch_labels = None
depends_on = None

_INDEXES = {"ix_cases_suspended_received": ["received_date", "id"],
            "ix_cases_office_suspended_received": ["office_id", "received_date", "id"]}


# (the index before and its columns, the index after and its columns): each gains the list's order
_REPLACED = (("ix_cases_state_received", ["state", "received_date"],
              "ix_cases_state_received_id", ["state", "received_date", "id"]),
             ("ix_cases_officer_id", ["officer_id"],
              "ix_cases_officer_received_id", ["officer_id", "received_date", "id"]))


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "cases", columns, sqlite_where=sa.text("sort_suspended = 1"),
                        postgresql_where=sa.text("sort_suspended"))
    for old, _old_columns, new, new_columns in _REPLACED:
        op.create_index(new, "cases", new_columns)
        op.drop_index(old, table_name="cases")


def downgrade() -> None:
    for old, old_columns, new, _new_columns in _REPLACED:
        op.create_index(old, "cases", old_columns)
        op.drop_index(new, table_name="cases")
    for name in _INDEXES:
        op.drop_index(name, table_name="cases")
