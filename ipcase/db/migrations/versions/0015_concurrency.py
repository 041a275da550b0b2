"""Optimistic locking of settings and approvals (issue 12)

Revision ID: 0015_concurrency
Revises: 0014_corrections
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0015_concurrency"
down_revision = "0014_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
