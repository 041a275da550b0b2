"""Offices kept apart: settings per office (issue 12)

Revision ID: 0012_offices
Revises: 0011_merge_hearings_mediation
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0012_offices"
down_revision = "0011_merge_hearings_mediation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
