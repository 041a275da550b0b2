"""Reserved for H19a (issue 19) dashboard aggregates: fill in or leave empty

Revision ID: 0028_aggregates
Revises: 0027_sync
Create Date: 2026-12-06
"""

revision = "0028_aggregates"
down_revision = "0027_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
