"""Procedure to the letter of the law (issue 15)

Revision ID: 0018_procedure
Revises: 0017_backups
Create Date: 2026-12-06
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0018_procedure"
down_revision = "0017_backups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
