"""Start-up without work proportional to the register (issue 19)

routine_runs: when each start-of-day routine last brought the database up to date (the paused-deadline refresh
runs once per day, not at every start); ix_pauses_running: the running pauses, found without reading every
pause; ix_service_records_pending: the 公告送达 not yet applied, by deemed day.

Revision ID: 0021_startup
Revises: 0020_signatories
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0021_startup"
down_revision = "0020_signatories"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routine_runs",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_routine_runs")),
    )
    op.create_index("ix_pauses_running", "pauses", ["end_date", "case_id"])
    op.create_index("ix_service_records_pending", "service_records", ["applied", "deemed_date"])


def downgrade() -> None:
    op.drop_index("ix_service_records_pending", table_name="service_records")
    op.drop_index("ix_pauses_running", table_name="pauses")
    op.drop_table("routine_runs")
