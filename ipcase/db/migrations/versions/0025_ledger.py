"""Ledger import (issue 18): the imports and the cases each one wrote, so an import can be undone as a whole

Revision ID: 0025_ledger
Revises: 0024_credit
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0025_ledger"
down_revision = "0024_credit"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def upgrade() -> None:
    t = "ledger_imports"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("imported_by", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("created_patents", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        _fk(t, "office_id", "offices"),
        _fk(t, "imported_by", "users"),
        _fk(t, "undone_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    op.create_index(op.f(f"ix_{t}_office_id"), t, ["office_id"])
    t = "ledger_cases"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("replaced", sa.JSON(), nullable=True),
        _fk(t, "import_id", "ledger_imports", "CASCADE"),
        _fk(t, "case_id", "cases", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{t}")),
    )
    op.create_index(op.f(f"ix_{t}_import_id"), t, ["import_id"])
    op.create_index(op.f(f"ix_{t}_case_id"), t, ["case_id"])


def downgrade() -> None:
    op.drop_table("ledger_cases")
    op.drop_table("ledger_imports")
