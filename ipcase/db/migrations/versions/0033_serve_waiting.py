"""待送达 kept as a maintained flag (issue 19, B19): reserved, filled by its helper or removed.

Revision ID: 0033_serve_waiting
Revises: 0032_number_keys
Create Date: 2026-12-06
"""

revision = "0033_serve_waiting"
down_revision = "0032_number_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
