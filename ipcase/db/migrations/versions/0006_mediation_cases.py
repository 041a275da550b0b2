"""mediation cases (调解案件)

Revision ID: 0006_mediation_cases
Revises: 0005_merge_features
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_mediation_cases"
down_revision = "0005_merge_features"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mediation_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_mediation_cases_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_cases")),
    )
    with op.batch_alter_table("mediation_cases") as b:
        b.create_index(b.f("ix_mediation_cases_office_id"), ["office_id"], unique=False)
        b.create_index(b.f("ix_mediation_cases_state"), ["state"], unique=False)
        b.create_index(b.f("ix_mediation_cases_kind"), ["kind"], unique=False)
        b.create_index(b.f("ix_mediation_cases_received_date"), ["received_date"], unique=False)


def downgrade() -> None:
    op.drop_table("mediation_cases")
