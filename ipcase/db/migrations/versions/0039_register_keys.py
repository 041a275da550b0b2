"""Reserved for helper R19 (issue 19, ninth session); empty until filled, removed by the lead if left empty.

Revision ID: 0039_register_keys
Revises: 0038_pg_search
Create Date: 2026-12-07
"""

revision = "0039_register_keys"
down_revision = "0038_pg_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
