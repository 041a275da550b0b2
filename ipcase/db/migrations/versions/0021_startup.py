"""Reserved for H3 (issue 19) start-up work and dashboard aggregates: fill in or leave empty

Revision ID: 0021_startup
Revises: 0020_signatories
Create Date: 2026-12-06
"""

revision = "0021_startup"
down_revision = "0020_signatories"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
