"""mediation sessions, agreements, signatures, instalments and judicial confirmation (调解)

Revision ID: 0010_mediation
Revises: 0006_mediation_cases
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0010_mediation"
down_revision = "0006_mediation_cases"
branch_labels = None
depends_on = None

ONE_HOST = "(case_id IS NULL) <> (mediation_case_id IS NULL)"


def _host_columns(table: str) -> list:
    return [
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("mediation_case_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(ONE_HOST, name=op.f(f"ck_{table}_one_host")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["mediation_case_id"], ["mediation_cases.id"],
                                name=op.f(f"fk_{table}_mediation_case_id_mediation_cases"), ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "mediation_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        *_host_columns("mediation_sessions"),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("mediators", sa.JSON(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("requester_proposal", sa.Text(), nullable=False),
        sa.Column("respondent_proposal", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_mediation_sessions_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_sessions")),
    )
    for column in ("case_id", "mediation_case_id", "held_on"):
        op.create_index(op.f(f"ix_mediation_sessions_{column}"), "mediation_sessions", [column], unique=False)

    op.create_table(
        "mediation_agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        *_host_columns("mediation_agreements"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("stop_acts", sa.JSON(), nullable=False),
        sa.Column("stop_from", sa.Date(), nullable=True),
        sa.Column("destroy_withdraw", sa.Text(), nullable=False),
        sa.Column("damages_fen", sa.BigInteger(), nullable=False),
        sa.Column("costs", sa.Text(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("other_terms", sa.Text(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_reason", sa.Text(), nullable=False),
        sa.Column("confirmation_court", sa.String(length=200), nullable=False),
        sa.Column("confirmation_applied_on", sa.Date(), nullable=True),
        sa.Column("confirmation_outcome", sa.String(length=20), nullable=True),
        sa.Column("confirmation_decided_on", sa.Date(), nullable=True),
        sa.Column("confirmation_note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_mediation_agreements_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_agreements")),
    )
    for column in ("case_id", "mediation_case_id", "status", "effective_date", "confirmation_decided_on"):
        op.create_index(op.f(f"ix_mediation_agreements_{column}"), "mediation_agreements", [column], unique=False)

    op.create_table(
        "mediation_signatories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["mediation_agreements.id"],
                                name=op.f("fk_mediation_signatories_agreement_id_mediation_agreements"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_mediation_signatories_party_id_parties"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_signatories")),
    )
    op.create_index(op.f("ix_mediation_signatories_agreement_id"), "mediation_signatories", ["agreement_id"],
                    unique=False)

    op.create_table(
        "mediation_instalments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_fen", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["mediation_agreements.id"],
                                name=op.f("fk_mediation_instalments_agreement_id_mediation_agreements"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_instalments")),
    )
    for column in ("agreement_id", "due_date"):
        op.create_index(op.f(f"ix_mediation_instalments_{column}"), "mediation_instalments", [column], unique=False)


def downgrade() -> None:
    for table in ("mediation_instalments", "mediation_signatories", "mediation_agreements", "mediation_sessions"):
        op.drop_table(table)
