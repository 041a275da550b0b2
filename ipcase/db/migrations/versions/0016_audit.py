"""The hash-chained audit trail (issue 13)

Revision ID: 0016_audit
Revises: 0015_concurrency
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0016_audit"
down_revision = "0015_concurrency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
