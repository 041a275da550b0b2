"""Agents' addresses (issue 20)

agents.address: where a citizen agent (公民代理人) lives. A lawyer or patent attorney is named in the ruling with
the firm; a citizen agent, who has none, with the address. Existing agents get "" (none recorded).

Revision ID: 0019_agents
Revises: 0018_procedure
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0019_agents"
down_revision = "0018_procedure"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (NOT NULL with a default fills the existing rows) on both SQLite and PostgreSQL:
    # batch mode would recreate `agents`, which hearing participants refer to.
    op.add_column("agents", sa.Column("address", sa.String(300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("agents") as batch:
        batch.drop_column("address")
