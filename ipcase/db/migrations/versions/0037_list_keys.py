"""the case list's keys on SQLite (issue 19, Q19): reserved, filled by its helper or removed.

Revision ID: 0037_list_keys
Revises: 0036_pg_reads
Create Date: 2026-12-07
"""

revision = "0037_list_keys"
down_revision = "0036_pg_reads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
