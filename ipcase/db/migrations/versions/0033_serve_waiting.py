"""文书 › 待送达 kept as rows (issue 19, B19): table `serve_waiting`, one row per (issued document, addressee) not
yet served, indexed by (office, 签发时间, row id) so the register's first page and count are index walks; filled
once here from today's documents and service records (afterwards kept by `ipcase.db.serve_waiting`'s session hook).

The fill repeats `ipcase.db.serve_waiting.pending` with copied table definitions and the catalogue's served
document types as of this revision (migrations import no live code).

Revision ID: 0033_serve_waiting
Revises: 0032_number_keys
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0033_serve_waiting"
down_revision = "0032_number_keys"
branch_labels = None
depends_on = None

ON_PARTIES = ("suspension_notice", "resumption_notice", "ruling", "mediation_agreement", "revocation_decision",
              "mediation_session_notice", "mediation_revocation_notice", "mediation_case_agreement",
              "ruling_correction_notice")
ON_ONE = ("correction_notice", "evaluation_report_notice", "acceptance_notice", "refusal_notice", "answer_notice",
          "investigation_notice", "preservation_decision", "sampling_decision", "release_decision",
          "appraisal_commission", "recusal_decision", "suspension_refusal_notice", "hearing_notice",
          "hearing_change_notice", "transfer_letter", "intake_transfer_letter", "mediation_statement_notice",
          "mediation_refusal_notice", "reminder", "enforcement_application", "credit_listing_notice",
          "credit_listing_decision", "credit_removal_decision", "credit_repair_decision")
ROW_SPAN = 2 ** 32

documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("office_id", sa.Integer),
                     sa.column("case_id", sa.Integer), sa.column("party_id", sa.Integer),
                     sa.column("doc_type", sa.String), sa.column("addressee", sa.String),
                     sa.column("corrects_id", sa.Integer), sa.column("issued_at", sa.DateTime))
services = sa.table("service_records", sa.column("document_id", sa.Integer), sa.column("party_id", sa.Integer),
                    sa.column("addressee", sa.String), sa.column("received_date", sa.Date))
cases = sa.table("cases", sa.column("id", sa.Integer))
parties = sa.table("parties", sa.column("id", sa.Integer), sa.column("case_id", sa.Integer))
COLUMNS = ["id", "office_id", "case_id", "document_id", "party_id", "all_parties", "issued_at"]


def _pending():
    d, sr = documents.c, services.c
    newer = documents.alias("newer")
    base = [~sa.exists().where(newer.c.corrects_id == d.id)]
    received = [sr.document_id == d.id, sr.received_date.is_not(None)]
    doc_id = sa.cast(d.id, sa.BigInteger) * sa.literal(ROW_SPAN, sa.BigInteger)
    common = (d.office_id, d.case_id, d.id.label("document_id"))
    on_parties = (
        sa.select((doc_id + parties.c.id).label("id"), *common, parties.c.id.label("party_id"),
                  sa.literal(True).label("all_parties"), d.issued_at)
        .select_from(documents.join(cases, cases.c.id == d.case_id).join(parties, parties.c.case_id == d.case_id))
        .where(*base, d.doc_type.in_(ON_PARTIES), ~sa.exists().where(*received, sr.party_id == parties.c.id)))
    on_one = (
        sa.select((doc_id + sa.func.coalesce(d.party_id, 0)).label("id"), *common, d.party_id.label("party_id"),
                  sa.literal(False).label("all_parties"), d.issued_at)
        .select_from(documents.join(cases, cases.c.id == d.case_id))
        .where(*base, d.doc_type.in_(ON_ONE),
               ~sa.exists().where(*received, sa.or_(sr.party_id == d.party_id, sa.and_(d.party_id.is_(None), sa.or_(
                   sr.party_id.is_(None), sr.addressee == d.addressee))))))
    return sa.union_all(on_parties, on_one)


def upgrade() -> None:
    waiting = op.create_table(
        "serve_waiting",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("office_id", sa.Integer, sa.ForeignKey("offices.id"), nullable=False),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("parties.id", ondelete="CASCADE"), nullable=True),
        sa.Column("all_parties", sa.Boolean, nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_serve_waiting_office", "serve_waiting", ["office_id", "issued_at", "id"])
    op.create_index("ix_serve_waiting_case", "serve_waiting", ["case_id"])
    op.create_index("ix_serve_waiting_document_id", "serve_waiting", ["document_id"])
    op.execute(sa.insert(waiting).from_select(COLUMNS, _pending()))


def downgrade() -> None:
    op.drop_table("serve_waiting")
