"""Join the hearings/evidence/recusal branch and the mediation branch

Revision ID: 0011_merge_hearings_mediation
Revises: 0009_recusal_records, 0010_mediation
Create Date: 2026-11-21
"""

revision = "0011_merge_hearings_mediation"
down_revision = ("0009_recusal_records", "0010_mediation")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
