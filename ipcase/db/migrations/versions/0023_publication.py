"""Reserved for H5 (issue 17) publication of rulings: fill in or leave empty

Revision ID: 0023_publication
Revises: 0022_search
Create Date: 2026-12-06
"""

revision = "0023_publication"
down_revision = "0022_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
