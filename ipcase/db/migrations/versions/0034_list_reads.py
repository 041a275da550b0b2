"""The case list pages by an index for a sub-office's viewer too (issue 19, L19): one index on (office_id, sort key,
id) for each sortable column of the case list. A viewer who reads one office (a county; a city that does not
supervise) gets `cases.office_id = ?` written into the page's statement (ipcase.queries.cases.register): without
these indexes SQLite walked the office's rows by the office index and sorted them all for every page (0.36 s at
220,000 cases, growing with the office); with them the page is a range of one index, as for a viewer of every
office (who has no office condition and uses the single-column sort-key indexes of 0022_search).

Plain CREATE INDEX (no batch copy of `cases`: that would drop its search triggers).

Revision ID: 0034_list_reads
Revises: 0033_serve_waiting
Create Date: 2026-12-06
"""
from alembic import op

revision = "0034_list_reads"
down_revision = "0033_serve_waiting"
branch_labels = None
depends_on = None

# The list's sort keys (ipcase.queries.cases.register.SORT_KEYS), as of this revision.
KEYS = ("case_number", "state", "sort_patent_number", "sort_patent_type", "sort_patent_title", "sort_officer",
        "received_date", "registered_date", "closed_date", "sort_closing_due", "sort_requesters", "sort_respondents")


def _name(key: str) -> str:
    return "ix_cases_office_" + key.removeprefix("sort_")


def upgrade() -> None:
    for key in KEYS:
        op.create_index(_name(key), "cases", ["office_id", key, "id"])


def downgrade() -> None:
    for key in reversed(KEYS):
        op.drop_index(_name(key), table_name="cases")
