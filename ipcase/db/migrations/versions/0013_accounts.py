"""Accounts: lockout and password policy (issue 12)

Revision ID: 0013_accounts
Revises: 0012_offices
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0013_accounts"
down_revision = "0012_offices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
