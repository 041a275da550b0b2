"""Publication of rulings with redaction (M25 art 83, D13) and typical cases (issue 17)

New tables: `published_rulings` (every version of a ruling prepared for the public: redacted text, masks,
approval, place, files), `typical_cases` (典型案例 with their summaries) and `ruling_changes` (a ruling changed or
revoked after a court suit, whose publication is due too) and `confidentiality_requests` (what a party asked to
keep out of the published ruling). Nothing existing changes.

Revision ID: 0023_publication
Revises: 0022_search
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0023_publication"
down_revision = "0022_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_rulings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("masks", sa.JSON(), nullable=False),
        sa.Column("unredacted_confirmed", sa.Boolean(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("docx", sa.LargeBinary(), nullable=True),
        sa.Column("html", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_published_rulings_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_published_rulings_document_id_documents")),
        sa.ForeignKeyConstraint(["replaces_id"], ["published_rulings.id"],
                                name=op.f("fk_published_rulings_replaces_id_published_rulings")),
        sa.ForeignKeyConstraint(["requested_by"], ["users.id"], name=op.f("fk_published_rulings_requested_by_users")),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], name=op.f("fk_published_rulings_decided_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_rulings")),
    )
    for column in ("case_id", "status", "published_on"):
        op.create_index(op.f(f"ix_published_rulings_{column}"), "published_rulings", [column])
    op.create_table(
        "typical_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("marked_by", sa.Integer(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_typical_cases_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["marked_by"], ["users.id"], name=op.f("fk_typical_cases_marked_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_typical_cases")),
        sa.UniqueConstraint("case_id", name=op.f("uq_typical_cases_case_id")),
    )
    op.create_index(op.f("ix_typical_cases_year"), "typical_cases", ["year"])
    op.create_table(
        "ruling_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("court", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_ruling_changes_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_ruling_changes_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ruling_changes")),
    )
    op.create_index(op.f("ix_ruling_changes_case_id"), "ruling_changes", ["case_id"])
    op.create_table(
        "confidentiality_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("confidential_items", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_confidentiality_requests_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"],
                                name=op.f("fk_confidentiality_requests_party_id_parties"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"],
                                name=op.f("fk_confidentiality_requests_recorded_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confidentiality_requests")),
    )
    op.create_index(op.f("ix_confidentiality_requests_case_id"), "confidentiality_requests", ["case_id"])


def downgrade() -> None:
    op.drop_table("confidentiality_requests")
    op.drop_table("ruling_changes")
    op.drop_table("typical_cases")
    op.drop_table("published_rulings")
