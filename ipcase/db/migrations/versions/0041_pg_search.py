"""Reserved for G19b (PostgreSQL search), tenth session: empty until it is needed (removed if it stays empty).

Revision ID: 0041_pg_search
Revises: 0040_register_sorts
Create Date: 2026-12-07
"""

revision = "0041_pg_search"
down_revision = "0040_register_sorts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
