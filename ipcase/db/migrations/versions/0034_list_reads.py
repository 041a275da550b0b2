"""the lists' reads (issue 19, L19): reserved, filled by its helper or removed.

Revision ID: 0034_list_reads
Revises: 0033_serve_waiting
Create Date: 2026-12-06
"""

revision = "0034_list_reads"
down_revision = "0033_serve_waiting"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
