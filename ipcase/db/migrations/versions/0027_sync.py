"""Reserved for S1 (issue 14) sync tables: fill in or leave empty

Revision ID: 0027_sync
Revises: 0026_demo
Create Date: 2026-12-06
"""

revision = "0027_sync"
down_revision = "0026_demo"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
