"""Reserved for H6 (issue 17) credit list, enforcement, satisfaction: fill in or leave empty

Revision ID: 0024_credit
Revises: 0023_publication
Create Date: 2026-12-06
"""

revision = "0024_credit"
down_revision = "0023_publication"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
