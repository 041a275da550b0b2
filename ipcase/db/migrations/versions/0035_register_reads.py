"""the 收案登记 and 调解 registers' reads by office (issue 19, I19): reserved, filled by its helper or removed.

Revision ID: 0035_register_reads
Revises: 0034_list_reads
Create Date: 2026-12-07
"""

revision = "0035_register_reads"
down_revision = "0034_list_reads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
