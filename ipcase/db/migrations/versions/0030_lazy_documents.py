"""Issued documents keep what their files are made from (documents.content), so the PDF and DOCX are made when a
document is first opened instead of when it is issued (issue 16: the demo's first start)

Revision ID: 0030_lazy_documents
Revises: 0029_registers
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0030_lazy_documents"
down_revision = "0029_registers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN (no batch copy of the table); documents issued before keep their files
    op.add_column("documents", sa.Column("content", sa.JSON(), nullable=True))


def downgrade() -> None:
    # a document issued lazily and never opened would lose what its files are made from: make them first
    # (open it) — the downgrade refuses while such documents exist
    conn = op.get_bind()
    waiting = conn.execute(sa.text("SELECT COUNT(*) FROM documents WHERE pdf IS NULL AND content IS NOT NULL")).scalar()
    if waiting:
        raise RuntimeError(f"{waiting} issued documents have no files yet; open them before downgrading")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("content")
