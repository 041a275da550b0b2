"""Input and corrections of party data after 立案 (issue 12)

Revision ID: 0014_corrections
Revises: 0013_accounts
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0014_corrections"
down_revision = "0013_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "party_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_party_corrections_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_party_corrections_party_id_parties"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["requested_by"], ["users.id"],
                                name=op.f("fk_party_corrections_requested_by_users")),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], name=op.f("fk_party_corrections_decided_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_corrections")),
    )
    for column in ("case_id", "party_id", "status"):
        op.create_index(op.f(f"ix_party_corrections_{column}"), "party_corrections", [column])

def downgrade() -> None:
    op.drop_table("party_corrections")
