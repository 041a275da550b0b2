"""The dashboard's aggregates (issue 19): stats_case_facts (what each case contributes) and stats_cells (their sums
per received / registered / closed month, office, officer and category), kept by ipcase.db.aggregates in every
writing transaction.

A database without cases gets them built at once (empty, marker row `stats_aggregates` in routine_runs), and every
write keeps them from then on. A database with cases gets them empty and unmarked — a migration runs no live code,
and the facts are computed by the same SQL as the full figures: the first start after the upgrade builds them
(`ipcase.cli.startup.catch_up_steps`), or `python main.py stats rebuild`; until then the dashboard computes from the
cases as before.

Revision ID: 0028_aggregates
Revises: 0027_sync
Create Date: 2026-12-06
"""
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0028_aggregates"
down_revision = "0027_sync"
branch_labels = None
depends_on = None

def _key() -> list:
    """The columns a cell is keyed by (fresh objects for each table)."""
    return [
        sa.Column("office_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("officer_key", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("patent_type", sa.String(20), nullable=False),
        sa.Column("flag_foreign", sa.Boolean(), nullable=False),
        sa.Column("flag_ecommerce", sa.Boolean(), nullable=False),
        sa.Column("flag_trade_fair", sa.Boolean(), nullable=False),
        sa.Column("closing_method", sa.String(30), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=False),
    ]


SUMS = ("on_time", "days", "excluded", "settled", "track_fast", "track_standard", "track_complex", "track_none",
        "repeat")


def _sums() -> list:
    return [sa.Column(name, sa.Integer(), nullable=False) for name in SUMS]


def upgrade() -> None:
    op.create_table(
        "stats_case_facts",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        *_key(),
        sa.Column("received_month", sa.Integer(), nullable=False),
        sa.Column("registered_month", sa.Integer(), nullable=True),
        sa.Column("closed_month", sa.Integer(), nullable=True),
        *_sums(),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_stats_case_facts")),
    )
    op.create_table(
        "stats_cells",
        sa.Column("basis", sa.String(10), nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        *_key(),
        sa.Column("n", sa.Integer(), nullable=False),
        *_sums(),
        sa.PrimaryKeyConstraint("basis", "month", "office_id", "officer_key", "patent_type", "flag_foreign",
                                "flag_ecommerce", "flag_trade_fair", "closing_method", "registered",
                                name=op.f("pk_stats_cells")),
        sqlite_with_rowid=False,   # stored in key order: a period's cells are one range (see the model)
    )
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first() is None:
        runs = sa.table("routine_runs", sa.column("name", sa.String), sa.column("last_day", sa.Date),
                        sa.column("finished_at", sa.DateTime))
        now = datetime.now()
        op.execute(runs.insert().values(name="stats_aggregates", last_day=now.date(), finished_at=now))


def downgrade() -> None:
    op.drop_table("stats_cells")
    op.drop_table("stats_case_facts")
