"""Reserved for P19c (PostgreSQL registers), eleventh session: empty until it is needed (removed if it stays empty).

Revision ID: 0041_pg_registers
Revises: 0040_pg_search_c
Create Date: 2026-12-07
"""

revision = "0041_pg_registers"
down_revision = "0040_pg_search_c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
