"""The 收案登记 row's 下一期限 in the page's own statement (issue 19, R19).

ix_intake_deadlines_open_item: the running (status 'open') stored limits by item, in due order. The register
reads each row's earliest running limit as one probe of it inside the page's statement; without it SQLite
chose ix_intake_deadlines_status_due and read every running limit of the register for each row, and the page
needed a second statement for its limits. Plain CREATE INDEX (partial on both backends).

Revision ID: 0039_register_keys
Revises: 0036_pg_reads
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0039_register_keys"
down_revision = "0036_pg_reads"
branch_labels = None
depends_on = None

_OPEN = "status = 'open'"


def upgrade() -> None:
    op.create_index("ix_intake_deadlines_open_item", "intake_deadlines", ["item_id", "due_date", "id"],
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))


def downgrade() -> None:
    op.drop_index("ix_intake_deadlines_open_item", table_name="intake_deadlines")
