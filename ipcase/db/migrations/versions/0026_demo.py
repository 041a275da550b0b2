"""Reserved for H1/H2 (issue 16) lazy document files and office-ready: fill in or leave empty

Revision ID: 0026_demo
Revises: 0025_ledger
Create Date: 2026-12-06
"""

revision = "0026_demo"
down_revision = "0025_ledger"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
