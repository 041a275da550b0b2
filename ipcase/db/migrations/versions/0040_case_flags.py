"""Reserved for G19d (PostgreSQL case-list searches), twelfth session: empty until it is needed (removed if it stays empty).

Revision ID: 0040_case_flags
Revises: 0039_register_keys
Create Date: 2026-12-07
"""

revision = "0040_case_flags"
down_revision = "0039_register_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
