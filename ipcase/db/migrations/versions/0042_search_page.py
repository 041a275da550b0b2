"""Reserved for Q19c (SQLite search page), eleventh session: empty until it is needed (removed if it stays empty).

Revision ID: 0042_search_page
Revises: 0041_pg_registers
Create Date: 2026-12-07
"""

revision = "0042_search_page"
down_revision = "0041_pg_registers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
