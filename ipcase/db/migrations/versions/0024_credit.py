"""Credit list (专利领域严重失信), enforcement steps of rulings (D15), satisfaction surveys (issue 17)

Revision ID: 0024_credit
Revises: 0023_publication
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0024_credit"
down_revision = "0023_publication"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "enforcement_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk("enforcement_steps", "case_id", "cases", "CASCADE"),
        _fk("enforcement_steps", "recorded_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enforcement_steps")),
    )
    op.create_index(op.f("ix_enforcement_steps_case_id"), "enforcement_steps", ["case_id"])

    t = "credit_listings"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("ground", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("party_name", sa.String(length=300), nullable=False),
        sa.Column("name_normalized", sa.String(length=300), nullable=False),
        sa.Column("credit_code", sa.String(length=30), nullable=False),
        sa.Column("id_number", sa.String(length=30), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("identified_on", sa.Date(), nullable=False),
        sa.Column("identified_by", sa.Integer(), nullable=False),
        sa.Column("notice_served", sa.Date(), nullable=True),
        sa.Column("statement_received", sa.Date(), nullable=True),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=True),
        sa.Column("proposed_by", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("listed_on", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("repair_applied_on", sa.Date(), nullable=True),
        sa.Column("repair_reason", sa.Text(), nullable=False),
        sa.Column("repair_decided_by", sa.Integer(), nullable=True),
        sa.Column("repair_decided_at", sa.DateTime(), nullable=True),
        sa.Column("repair_opinion", sa.Text(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("removal_reason", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk(t, "office_id", "offices"),
        _fk(t, "case_id", "cases"),
        _fk(t, "party_id", "parties", "SET NULL"),
        _fk(t, "identified_by", "users"),
        _fk(t, "proposed_by", "users"),
        _fk(t, "decided_by", "users"),
        _fk(t, "repair_decided_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_listings")),
    )
    for column in ("office_id", "case_id", "status", "name_normalized", "credit_code", "period_end"):
        op.create_index(op.f(f"ix_credit_listings_{column}"), t, [column])

    t = "satisfaction_surveys"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("surveyed_on", sa.Date(), nullable=False),
        sa.Column("procedure", sa.Integer(), nullable=True),
        sa.Column("timeliness", sa.Integer(), nullable=True),
        sa.Column("fairness", sa.Integer(), nullable=True),
        sa.Column("result", sa.Integer(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk(t, "office_id", "offices"),
        _fk(t, "case_id", "cases", "CASCADE"),
        _fk(t, "party_id", "parties", "CASCADE"),
        _fk(t, "recorded_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_surveys")),
        sa.UniqueConstraint("case_id", "party_id", name=op.f("uq_satisfaction_surveys_case_id_party_id")),
    )
    for column in ("office_id", "case_id", "surveyed_on"):
        op.create_index(op.f(f"ix_satisfaction_surveys_{column}"), t, [column])


def downgrade() -> None:
    op.drop_table("satisfaction_surveys")
    op.drop_table("credit_listings")
    op.drop_table("enforcement_steps")
