"""Backups (issue 13); 签发人 of issued documents (issue 15)

documents.signed_by: the leader who approved issuing a document (ipcase.domain.documents.signatory), next to
issued_by, the clerk who made it. NULL for documents issued before, whose 签发人 was never recorded. (Here because
0018_procedure was already taken.)

Revision ID: 0017_backups
Revises: 0016_audit
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0017_backups"
down_revision = "0016_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The column and its reference added in place. On SQLite, batch mode would recreate `documents` for the
    # constraint, and dropping the old table fails while service records and other documents refer to it;
    # SQLite's own ADD COLUMN takes a named column constraint.
    fk = op.f("fk_documents_signed_by_users")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE documents ADD COLUMN signed_by INTEGER CONSTRAINT {fk} REFERENCES users (id)")
    else:
        op.add_column("documents", sa.Column("signed_by", sa.Integer(), sa.ForeignKey("users.id", name=fk),
                                             nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_constraint(op.f("fk_documents_signed_by_users"), type_="foreignkey")
        batch.drop_column("signed_by")
