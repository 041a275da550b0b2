"""Reserved for H19b (issue 19) register sort keys/indexes: fill in or leave empty

Revision ID: 0029_registers
Revises: 0028_aggregates
Create Date: 2026-12-06
"""

revision = "0029_registers"
down_revision = "0028_aggregates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
