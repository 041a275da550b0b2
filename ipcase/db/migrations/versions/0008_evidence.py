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


def _users_fk(table: str, column: str):
    return sa.ForeignKeyConstraint([column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"))


def _case_fk(table: str):
    return sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "evidence_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("by_office", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("original", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("admitted", sa.Boolean(), nullable=True),
        sa.Column("admission_reason", sa.Text(), nullable=False),
        sa.Column("admission_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _case_fk("evidence_items"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_evidence_items_party_id_parties"),
                                ondelete="SET NULL"),
        _users_fk("evidence_items", "created_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_items")),
        sa.UniqueConstraint("case_id", "seq", name=op.f("uq_evidence_items_case_id_seq")),
    )
    op.create_index(op.f("ix_evidence_items_case_id"), "evidence_items", ["case_id"], unique=False)
    op.create_table(
        "tech_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("investigator_id", sa.Integer(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _case_fk("tech_opinions"),
        _users_fk("tech_opinions", "investigator_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tech_opinions")),
    )
    op.create_index(op.f("ix_tech_opinions_case_id"), "tech_opinions", ["case_id"], unique=False)
    op.create_table(
        "evidence_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("opinion_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("intact", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["evidence_items.id"],
                                name=op.f("fk_evidence_files_item_id_evidence_items"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["opinion_id"], ["tech_opinions.id"],
                                name=op.f("fk_evidence_files_opinion_id_tech_opinions"), ondelete="CASCADE"),
        _users_fk("evidence_files", "added_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_files")),
    )
    op.create_index(op.f("ix_evidence_files_item_id"), "evidence_files", ["item_id"], unique=False)
    op.create_index(op.f("ix_evidence_files_opinion_id"), "evidence_files", ["opinion_id"], unique=False)
    op.create_table(
        "investigation_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("officer_ids", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("witness", sa.Text(), nullable=False),
        sa.Column("informed", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _case_fk("investigation_records"),
        _users_fk("investigation_records", "created_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investigation_records")),
    )
    op.create_index(op.f("ix_investigation_records_case_id"), "investigation_records", ["case_id"], unique=False)
    op.create_table(
        "seizures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("from_time", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("disposed_on", sa.Date(), nullable=True),
        sa.Column("disposal", sa.String(length=20), nullable=True),
        sa.Column("disposal_note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _case_fk("seizures"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_seizures_party_id_parties"),
                                ondelete="SET NULL"),
        _users_fk("seizures", "created_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seizures")),
    )
    op.create_index(op.f("ix_seizures_case_id"), "seizures", ["case_id"], unique=False)
    op.create_table(
        "appraisals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("matters", sa.Text(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("commissioned_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("report_on", sa.Date(), nullable=True),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("pause_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _case_fk("appraisals"),
        sa.ForeignKeyConstraint(["pause_id"], ["pauses.id"], name=op.f("fk_appraisals_pause_id_pauses"),
                                ondelete="SET NULL"),
        _users_fk("appraisals", "created_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisals")),
    )
    op.create_index(op.f("ix_appraisals_case_id"), "appraisals", ["case_id"], unique=False)
    op.create_table(
        "evidence_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("old_due", sa.Date(), nullable=False),
        sa.Column("new_due", sa.Date(), nullable=False),
        sa.Column("pause_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _case_fk("evidence_extensions"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_evidence_extensions_party_id_parties"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["pause_id"], ["pauses.id"], name=op.f("fk_evidence_extensions_pause_id_pauses"),
                                ondelete="SET NULL"),
        _users_fk("evidence_extensions", "decided_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_extensions")),
    )
    op.create_index(op.f("ix_evidence_extensions_case_id"), "evidence_extensions", ["case_id"], unique=False)
    op.create_index(op.f("ix_evidence_extensions_party_id"), "evidence_extensions", ["party_id"], unique=False)


def downgrade() -> None:
    for table in ("evidence_extensions", "appraisals", "seizures", "investigation_records", "evidence_files",
                  "tech_opinions", "evidence_items"):
        op.drop_table(table)
