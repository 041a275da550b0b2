"""Reserved for G19c (PostgreSQL case searches), eleventh session: empty until it is needed (removed if it stays empty).

Revision ID: 0040_pg_search_c
Revises: 0039_register_keys
Create Date: 2026-12-07
"""

revision = "0040_pg_search_c"
down_revision = "0039_register_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
