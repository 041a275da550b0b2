"""Input and corrections of party data after 立案 (issue 12)

Revision ID: 0014_corrections
Revises: 0013_accounts
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0014_corrections"
down_revision = "0013_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
