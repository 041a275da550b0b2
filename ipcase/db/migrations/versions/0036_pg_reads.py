"""PostgreSQL reads at a million: dashboard and search (issue 19, G19): reserved, filled by its helper or removed.

Revision ID: 0036_pg_reads
Revises: 0035_register_reads
Create Date: 2026-12-07
"""

revision = "0036_pg_reads"
down_revision = "0035_register_reads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
