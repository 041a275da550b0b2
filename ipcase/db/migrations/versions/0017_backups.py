"""Backups (issue 13)

Revision ID: 0017_backups
Revises: 0016_audit
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0017_backups"
down_revision = "0016_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
