"""Reserved for H16 (issue 16) lazily rendered document files: fill in or leave empty

Revision ID: 0030_lazy_documents
Revises: 0029_registers
Create Date: 2026-12-06
"""

revision = "0030_lazy_documents"
down_revision = "0029_registers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
