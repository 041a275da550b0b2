"""hearing rooms (口审庭) and hearings (口头审理)

Revision ID: 0007_hearings
Revises: 0006_mediation_cases
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_hearings"
down_revision = "0006_mediation_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hearing_rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_hearing_rooms_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_rooms")),
    )
    op.create_index(op.f("ix_hearing_rooms_office_id"), "hearing_rooms", ["office_id"], unique=False)
    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_hearings_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["hearing_rooms.id"], name=op.f("fk_hearings_room_id_hearing_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    op.create_index(op.f("ix_hearings_case_id"), "hearings", ["case_id"], unique=False)
    op.create_index(op.f("ix_hearings_room_id"), "hearings", ["room_id"], unique=False)
    op.create_index(op.f("ix_hearings_starts_at"), "hearings", ["starts_at"], unique=False)


def downgrade() -> None:
    op.drop_table("hearings")
    op.drop_table("hearing_rooms")
