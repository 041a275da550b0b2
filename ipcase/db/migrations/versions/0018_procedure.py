"""Procedure to the letter of the law (issue 15)

Stored time limits that the corrected rules no longer produce: the D20 copy to CNIPA of an ownership mediation
that ended without agreement (M25 art 70 applies to concluded agreements only). Everything else of issue 15 is
rules over existing columns.

Revision ID: 0018_procedure
Revises: 0017_backups
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0018_procedure"
down_revision = "0017_backups"
branch_labels = None
depends_on = None

# copies of the tables as they are at this revision (migrations import no live code)
mediation_cases = sa.table("mediation_cases", sa.column("id", sa.Integer), sa.column("state", sa.String))
mediation_deadlines = sa.table("mediation_deadlines", sa.column("mediation_case_id", sa.Integer),
                               sa.column("code", sa.String))


def upgrade() -> None:
    failed = sa.select(mediation_cases.c.id).where(mediation_cases.c.state == "closed_revoked")
    op.execute(mediation_deadlines.delete().where(mediation_deadlines.c.code == "D20",
                                                  mediation_deadlines.c.mediation_case_id.in_(failed)))


def downgrade() -> None:
    # the deleted rows were wrong; recomputing the limits of a case never brings them back
    pass
