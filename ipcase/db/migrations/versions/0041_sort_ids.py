"""The case list's sort keys with the id as their tie-break, for a viewer of every office (issue 19).

The list orders by (key, id). A page of a sub-office's viewer reads (office_id, key, id) (0034_list_reads); a
viewer of every office (the province's, a city's over its counties) read the index on the key alone. On SQLite
every index ends with the rowid, so that index was already (key, id). PostgreSQL's is not: for a key shared by
many cases it read and sorted the whole first group before it kept 200 rows — at 1,000,000 cases 类型 (three
values) 1.8 s a page, 专利名称 0.15 s, 承办人 0.12–0.19 s, 状态 0.06–0.08 s; with (key, id) each is an index range
(< 1 ms). The same change 0036_pg_reads made for 收到日期 (ix_cases_received_id). The old single-key indexes go:
every read that used them (a state, a period of dates) is served by the new one's first column.

Revision ID: 0041_sort_ids
Revises: 0040_case_flags
Create Date: 2026-12-07
"""
from alembic import op

revision = "0041_sort_ids"
down_revision = "0040_case_flags"
branch_labels = None
depends_on = None

# the column and the name of its index before (index=True on the column)
_KEYS = ("state", "registered_date", "closed_date", "sort_closing_due", "sort_requesters", "sort_respondents",
         "sort_officer", "sort_patent_number", "sort_patent_type", "sort_patent_title")


def _new_name(key: str) -> str:
    return "ix_cases_by_" + key.removeprefix("sort_")


def upgrade() -> None:
    for key in _KEYS:
        op.create_index(_new_name(key), "cases", [key, "id"])
        op.drop_index(f"ix_cases_{key}", table_name="cases")


def downgrade() -> None:
    for key in _KEYS:
        op.create_index(f"ix_cases_{key}", "cases", [key])
        op.drop_index(_new_name(key), table_name="cases")
