"""The 收案登记 and 调解 registers page by an index for a viewer of some offices too (issue 19, I19): one index on
(office_id, sort key, id) for each sortable column of the intake register and for the mediation register's
收到日期. Their pages are now Core statements with the office condition written in (as the case list, 0034): a
viewer who reads one office gets `office_id = ?`, a viewer of several offices one such range per office merged
(ipcase.queries.keyset.page(partition=…)); without these indexes SQLite walked the office's rows and sorted them
for every page.

Plain CREATE INDEX (no batch copy of `intake_items`/`mediation_cases`: that would drop their search triggers).

Revision ID: 0035_register_reads
Revises: 0034_list_reads
Create Date: 2026-12-07
"""
from alembic import op

revision = "0035_register_reads"
down_revision = "0034_list_reads"
branch_labels = None
depends_on = None

# The intake register's sort keys (ipcase.queries.intake.register.SORT_KEYS), as of this revision.
INTAKE_KEYS = ("received_at", "seq", "kind", "channel", "state", "track", "sort_handler", "sort_targets")


def _intake(key: str) -> str:
    return "ix_intake_items_office_" + key.removeprefix("sort_")


def upgrade() -> None:
    for key in INTAKE_KEYS:
        op.create_index(_intake(key), "intake_items", ["office_id", key, "id"])
    op.create_index("ix_mediation_cases_office_received", "mediation_cases", ["office_id", "received_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_mediation_cases_office_received", table_name="mediation_cases")
    for key in reversed(INTAKE_KEYS):
        op.drop_index(_intake(key), table_name="intake_items")
