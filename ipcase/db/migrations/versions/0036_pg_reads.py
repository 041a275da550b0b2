"""Reads at a million cases, measured on PostgreSQL (issue 19, G19): two indexes of the case list, the dashboard's
edge days on the aggregates' facts.

- ix_pauses_suspended_running: the running suspensions, by case. The list shows a 中止 flag per row (an EXISTS on
  pauses); for a common search needle PostgreSQL runs it as one hashed subplan over every running suspension, read
  from the heap through ix_pauses_running (36–53 ms of a 40–80 ms page at 1,000,000 cases); from this partial index
  it is an index-only scan (~1 ms), and a single probe per row where the planner probes.
- ix_cases_received_id replaces ix_cases_received_date: the list's default order is (received_date, id); with the
  date alone PostgreSQL reads the whole day's group (~900 cases at 1M) and their 结案期限 before an incremental sort
  keeps 200. On SQLite every index ends with the rowid, so the two are the same index there.
- stats_case_facts.registered_day / closed_day (+ an index each): the dashboard's period is whole months from the
  aggregates' cells and its first and last days that are not a whole month (year to date on 6 December: 1–6
  December) from the cases — four statements over the cohort's wide case rows, patents, pauses and intake items
  (0.5–0.7 s at 1M on PostgreSQL). With the day on each case's facts row those days are one sum over the facts of
  those days. Filled here from the cases (the values `ipcase.db.aggregates.facts_select` stores from now on).

Revision ID: 0036_pg_reads
Revises: 0035_register_reads
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0036_pg_reads"
down_revision = "0035_register_reads"
branch_labels = None
depends_on = None

_RUNNING_SUSPENSION = "kind = 'suspension' AND end_date IS NULL"


def upgrade() -> None:
    op.create_index("ix_pauses_suspended_running", "pauses", ["case_id"],
                    sqlite_where=sa.text(_RUNNING_SUSPENSION), postgresql_where=sa.text(_RUNNING_SUSPENSION))
    op.create_index("ix_cases_received_id", "cases", ["received_date", "id"])
    op.drop_index("ix_cases_received_date", table_name="cases")
    op.add_column("stats_case_facts", sa.Column("registered_day", sa.Date(), nullable=True))
    op.add_column("stats_case_facts", sa.Column("closed_day", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":   # one join, not two probes a row
        op.execute("UPDATE stats_case_facts f SET registered_day = c.registered_date, closed_day = c.closed_date "
                   "FROM cases c WHERE c.id = f.case_id")
    else:
        op.execute("UPDATE stats_case_facts SET "
                   "registered_day = (SELECT registered_date FROM cases WHERE cases.id = stats_case_facts.case_id), "
                   "closed_day = (SELECT closed_date FROM cases WHERE cases.id = stats_case_facts.case_id)")
    op.create_index("ix_stats_case_facts_registered_day", "stats_case_facts", ["registered_day"])
    op.create_index("ix_stats_case_facts_closed_day", "stats_case_facts", ["closed_day"])


def downgrade() -> None:
    op.drop_index("ix_stats_case_facts_closed_day", table_name="stats_case_facts")
    op.drop_index("ix_stats_case_facts_registered_day", table_name="stats_case_facts")
    with op.batch_alter_table("stats_case_facts") as batch:
        batch.drop_column("closed_day")
        batch.drop_column("registered_day")
    op.create_index("ix_cases_received_date", "cases", ["received_date"])
    op.drop_index("ix_cases_received_id", table_name="cases")
    op.drop_index("ix_pauses_suspended_running", table_name="pauses")
