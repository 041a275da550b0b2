"""Accounts: lockout and password policy (issue 12)

Wrong passwords in a row, the last one, the lock they led to and how many locks in a row (ipcase.domain.lockout),
and when the user last chose the password (expiry; NULL while it is one an administrator set). The password
rules themselves are settings (the `settings` table, keys `account.*`), which need no schema.

Revision ID: 0013_accounts
Revises: 0012_offices
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0013_accounts"
down_revision = "0012_offices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("last_failed_login", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("lockouts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("password_changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        for name in ("password_changed_at", "lockouts", "locked_until", "last_failed_login", "failed_logins"):
            batch.drop_column(name)
