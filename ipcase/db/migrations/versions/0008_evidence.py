"""evidence register (证据) and investigation records (调查取证)

Revision ID: 0008_evidence
Revises: 0007_hearings
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_evidence"
down_revision = "0007_hearings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_evidence_items_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_items")),
        sa.UniqueConstraint("case_id", "seq", name=op.f("uq_evidence_items_case_id_seq")),
    )
    op.create_index(op.f("ix_evidence_items_case_id"), "evidence_items", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_table("evidence_items")
