"""Reserved for P19d (PostgreSQL 收案登记 search), twelfth session: empty until it is needed (removed if it stays empty).

Revision ID: 0041_intake_copies
Revises: 0040_case_flags
Create Date: 2026-12-07
"""

revision = "0041_intake_copies"
down_revision = "0040_case_flags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
