"""Reserved for helper Q19 (issue 19, ninth session); empty until filled, removed by the lead if left empty.

Revision ID: 0037_search_lane
Revises: 0036_pg_reads
Create Date: 2026-12-07
"""

revision = "0037_search_lane"
down_revision = "0036_pg_reads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
