"""recusal applications (回避) and oral-hearing records (口头审理笔录)

Revision ID: 0009_recusal_records
Revises: 0008_evidence
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_recusal_records"
down_revision = "0008_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recusal_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("applicant_party_id", sa.Integer(), nullable=False),
        sa.Column("challenged_user_id", sa.Integer(), nullable=True),
        sa.Column("challenged_role", sa.String(length=30), nullable=False),
        sa.Column("challenged_name", sa.String(length=60), nullable=False),
        sa.Column("grounds", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("oral", sa.Boolean(), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("learned_date", sa.Date(), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=True),
        sa.Column("at_hearing", sa.String(length=20), nullable=False),
        sa.Column("ground_learned_late", sa.Boolean(), nullable=False),
        sa.Column("timeliness", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_date", sa.Date(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("replacement_user_id", sa.Integer(), nullable=True),
        sa.Column("replacement_name", sa.String(length=60), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["applicant_party_id"], ["parties.id"],
                                name=op.f("fk_recusal_applications_applicant_party_id_parties"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_recusal_applications_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["challenged_user_id"], ["users.id"],
                                name=op.f("fk_recusal_applications_challenged_user_id_users")),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], name=op.f("fk_recusal_applications_decided_by_users")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_recusal_applications_document_id_documents")),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"], name=op.f("fk_recusal_applications_hearing_id_hearings"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["recorded_by"], ["users.id"], name=op.f("fk_recusal_applications_recorded_by_users")),
        sa.ForeignKeyConstraint(["replacement_user_id"], ["users.id"],
                                name=op.f("fk_recusal_applications_replacement_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recusal_applications")),
    )
    op.create_index(op.f("ix_recusal_applications_case_id"), "recusal_applications", ["case_id"], unique=False)
    op.create_index(op.f("ix_recusal_applications_status"), "recusal_applications", ["status"], unique=False)

    op.create_table(
        "hearing_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hearing_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("respondent_absent", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_hearing_records_case_id_cases"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"], name=op.f("fk_hearing_records_hearing_id_hearings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_hearing_records_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_records")),
        sa.UniqueConstraint("hearing_id", name=op.f("uq_hearing_records_hearing_id")),
    )
    op.create_index(op.f("ix_hearing_records_case_id"), "hearing_records", ["case_id"], unique=False)

    op.create_table(
        "hearing_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("capacity", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("identity_checked", sa.Boolean(), nullable=False),
        sa.Column("refused_to_sign", sa.Boolean(), nullable=False),
        sa.Column("refusal_note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_hearing_attendees_party_id_parties"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["record_id"], ["hearing_records.id"],
                                name=op.f("fk_hearing_attendees_record_id_hearing_records"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_hearing_attendees_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_attendees")),
    )
    op.create_index(op.f("ix_hearing_attendees_record_id"), "hearing_attendees", ["record_id"], unique=False)

    op.create_table(
        "hearing_cross_exams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("evidence_item_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=320), nullable=False),
        sa.Column("authenticity", sa.String(length=20), nullable=False),
        sa.Column("legality", sa.String(length=20), nullable=False),
        sa.Column("relevance", sa.String(length=20), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("panel_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["evidence_item_id"], ["evidence_items.id"],
                                name=op.f("fk_hearing_cross_exams_evidence_item_id_evidence_items"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["record_id"], ["hearing_records.id"],
                                name=op.f("fk_hearing_cross_exams_record_id_hearing_records"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_cross_exams")),
    )
    op.create_index(op.f("ix_hearing_cross_exams_record_id"), "hearing_cross_exams", ["record_id"], unique=False)

    op.create_table(
        "hearing_features",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("claim_no", sa.String(length=20), nullable=False),
        sa.Column("element", sa.Text(), nullable=False),
        sa.Column("accused", sa.Text(), nullable=False),
        sa.Column("comparison", sa.String(length=20), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["hearing_records.id"],
                                name=op.f("fk_hearing_features_record_id_hearing_records"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearing_features")),
    )
    op.create_index(op.f("ix_hearing_features_record_id"), "hearing_features", ["record_id"], unique=False)


def downgrade() -> None:
    op.drop_table("hearing_features")
    op.drop_table("hearing_cross_exams")
    op.drop_table("hearing_attendees")
    op.drop_table("hearing_records")
    op.drop_table("recusal_applications")
