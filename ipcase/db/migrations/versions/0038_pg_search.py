"""Reserved for helper G19 (issue 19, ninth session); empty until filled, removed by the lead if left empty.

Revision ID: 0038_pg_search
Revises: 0037_search_lane
Create Date: 2026-12-07
"""

revision = "0038_pg_search"
down_revision = "0037_search_lane"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
