"""Reserved for H7 (issue 18) ledger import: fill in or leave empty

Revision ID: 0025_ledger
Revises: 0024_credit
Create Date: 2026-12-06
"""

revision = "0025_ledger"
down_revision = "0024_credit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
