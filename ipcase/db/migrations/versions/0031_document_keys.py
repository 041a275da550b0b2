"""The 文书 registers page by key (issue 19): an index on (office_id, issued_at, id) for the issued register and
the register of documents waiting to be served (both ordered by 签发时间, ties by id), and one on corrects_id (a
superseded document leaves the waiting register: looked up per document)

Revision ID: 0031_document_keys
Revises: 0030_lazy_documents
Create Date: 2026-12-06
"""
from alembic import op

revision = "0031_document_keys"
down_revision = "0030_lazy_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain CREATE INDEX (no batch copy of the table)
    op.create_index("ix_documents_office_issued", "documents", ["office_id", "issued_at", "id"])
    op.create_index("ix_documents_corrects", "documents", ["corrects_id"])


def downgrade() -> None:
    op.drop_index("ix_documents_corrects", table_name="documents")
    op.drop_index("ix_documents_office_issued", table_name="documents")
