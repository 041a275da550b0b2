"""Join the documents, intake and statistics branches

Revision ID: 0005_merge_features
Revises: 0002_documents, 0003_intake, 0004_statistics
Create Date: 2026-11-21
"""

revision = "0005_merge_features"
down_revision = ("0002_documents", "0004_statistics")   # 0002 follows 0003 (documents of intake items)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
