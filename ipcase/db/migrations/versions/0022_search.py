"""Reserved for H4 (issue 19) sort keys and search indexes: fill in or leave empty

Revision ID: 0022_search
Revises: 0021_startup
Create Date: 2026-12-06
"""

revision = "0022_search"
down_revision = "0021_startup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
