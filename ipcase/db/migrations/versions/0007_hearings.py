"""hearing rooms (口审庭), hearings (口头审理) with their people, return slips and postponement requests

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
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("recording", sa.Boolean(), nullable=False),
        sa.Column("online_capable", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_hearing_rooms_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_rooms")),
        sa.UniqueConstraint("office_id", "name", name=op.f("uq_hearing_rooms_office_id_name")),
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
        sa.Column("session_no", sa.Integer(), nullable=False),
        sa.Column("continues_id", sa.Integer(), nullable=True),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("online_link", sa.String(length=300), nullable=False),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.Column("notice_floor", sa.Integer(), nullable=False),
        sa.Column("overrides", sa.JSON(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_hearings_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["hearing_rooms.id"], name=op.f("fk_hearings_room_id_hearing_rooms")),
        sa.ForeignKeyConstraint(["continues_id"], ["hearings.id"], name=op.f("fk_hearings_continues_id_hearings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    op.create_index(op.f("ix_hearings_case_id"), "hearings", ["case_id"], unique=False)
    op.create_index(op.f("ix_hearings_room_id"), "hearings", ["room_id"], unique=False)
    op.create_index(op.f("ix_hearings_starts_at"), "hearings", ["starts_at"], unique=False)
    op.create_table(
        "hearing_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("match_key", sa.String(length=320), nullable=False),
        sa.Column("organization", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"], name=op.f("fk_hearing_people_hearing_id_hearings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_hearing_people_user_id_users")),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_hearing_people_party_id_parties"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_hearing_people_agent_id_agents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_people")),
    )
    op.create_index(op.f("ix_hearing_people_hearing_id"), "hearing_people", ["hearing_id"], unique=False)
    op.create_index(op.f("ix_hearing_people_user_id"), "hearing_people", ["user_id"], unique=False)
    op.create_index(op.f("ix_hearing_people_match_key"), "hearing_people", ["match_key"], unique=False)
    op.create_table(
        "hearing_return_slips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("attending", sa.Boolean(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"],
                                name=op.f("fk_hearing_return_slips_hearing_id_hearings"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_hearing_return_slips_party_id_parties"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_hearing_return_slips_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_return_slips")),
        sa.UniqueConstraint("hearing_id", "party_id", name=op.f("uq_hearing_return_slips_hearing_id_party_id")),
    )
    op.create_index(op.f("ix_hearing_return_slips_hearing_id"), "hearing_return_slips", ["hearing_id"],
                    unique=False)
    op.create_table(
        "hearing_postponements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"],
                                name=op.f("fk_hearing_postponements_hearing_id_hearings"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"],
                                name=op.f("fk_hearing_postponements_party_id_parties"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], name=op.f("fk_hearing_postponements_decided_by_users")),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"],
                                name=op.f("fk_hearing_postponements_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_postponements")),
    )
    op.create_index(op.f("ix_hearing_postponements_hearing_id"), "hearing_postponements", ["hearing_id"],
                    unique=False)
    op.create_index(op.f("ix_hearing_postponements_status"), "hearing_postponements", ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("hearing_postponements")
    op.drop_table("hearing_return_slips")
    op.drop_table("hearing_people")
    op.drop_table("hearings")
    op.drop_table("hearing_rooms")
