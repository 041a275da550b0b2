"""Issue 19 (G19d): the case list's 结案期限（暂定） and 中止 columns copied onto cases, kept by triggers.

The list shows per case its D12 deadline's due date (already copied: sort_closing_due, migration 0022_search), that
deadline's provisional flag and whether a suspension is running. A PostgreSQL text search's page read the last two
by the page's ids — a D12 probe and a running-suspension probe per row, 0.7 of the server's 1.9 ms for a 200-row
page of 有限公司 at a million cases. cases gains

- sort_closing_provisional: the provisional flag of the case's D12 deadline (of the latest due date, the one
  sort_closing_due copies; false without one), kept by the deadlines' sort trigger (its function now sets both,
  and it also fires on an update of `provisional`);
- sort_suspended: whether the case has a running suspension (a pause of kind suspension without an end date,
  the list's 中止), kept by a trigger on pauses.

Named sort_* as the other copies: the audit chain leaves the columns the database derives from other rows out of
its images (ipcase.audit.rows.DERIVED_PREFIX) — a trigger's write has no gesture to explain it.

Both are NOT NULL with a default of false, so adding them writes no row; only the cases where they are true are
updated (≈ 79,000 of a million). The triggers write a case's row only when a value changes. SQLite gets the same
columns and triggers (every writer — services, imports, an offline laptop's replay, a copy — keeps them in the same
transaction). A bulk load with the triggers off writes them itself (ipcase.demo.bulk); a copy recomputes them with
the sort keys (search_index.refresh_sort_keys, refresh_list_flags_sql).

Revision ID: 0040_case_flags
Revises: 0039_register_keys
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0040_case_flags"
down_revision = "0039_register_keys"
branch_labels = None
depends_on = None

# The copies' values for the case `{c}` (a column reference or a trigger's OLD/NEW field). Same text as
# ipcase.db.search_index (migrations import no live code; tests/integration/db/test_case_flags.py compares).
PROVISIONAL = ("COALESCE((SELECT provisional FROM deadlines WHERE deadlines.case_id = {c} AND deadlines.code = 'D12' "
               "ORDER BY due_date DESC, id LIMIT 1), false)")
SUSPENDED = ("EXISTS (SELECT 1 FROM pauses WHERE pauses.case_id = {c} AND pauses.kind = 'suspension' "
             "AND pauses.end_date IS NULL)")
_DUE = "(SELECT max(due_date) FROM deadlines WHERE case_id = {c} AND code = 'D12')"

# PostgreSQL: migration 0022's function, extended (restored by the downgrade)
_PG_DEADLINE_0022 = """CREATE OR REPLACE FUNCTION ipcase_deadline_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.code = 'D12' THEN
    UPDATE cases SET sort_closing_due = (SELECT max(due_date) FROM deadlines
      WHERE case_id = OLD.case_id AND code = 'D12') WHERE id = OLD.case_id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.code = 'D12' THEN
    UPDATE cases SET sort_closing_due = (SELECT max(due_date) FROM deadlines
      WHERE case_id = NEW.case_id AND code = 'D12') WHERE id = NEW.case_id;
  END IF;
  RETURN NULL;
END $$"""


def _pg_deadline_update(ref: str) -> str:
    due, provisional = _DUE.format(c=ref), PROVISIONAL.format(c=ref)
    return (f"UPDATE cases SET sort_closing_due = {due}, sort_closing_provisional = {provisional} WHERE id = {ref} "
            f"AND (sort_closing_due, sort_closing_provisional) IS DISTINCT FROM ({due}, {provisional});")


def _pg_pause_update(ref: str) -> str:
    suspended = SUSPENDED.format(c=ref)
    return f"UPDATE cases SET sort_suspended = {suspended} WHERE id = {ref} AND sort_suspended <> {suspended};"


def _pg_function(create: str, name: str, test: str, update) -> str:
    """A row trigger's function that runs `update(case)` for the old row's case and the new row's when `test`
    holds for that row (the deadlines' D12, the pauses' suspensions)."""
    return f"""{create} FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.{test} THEN
    {update('OLD.case_id')}
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.{test} THEN
    {update('NEW.case_id')}
  END IF;
  RETURN NULL;
END $$"""


_PG_DEADLINE = _pg_function("CREATE OR REPLACE", "ipcase_deadline_sort", "code = 'D12'", _pg_deadline_update)
_PG_PAUSE = _pg_function("CREATE", "ipcase_pause_flag", "kind = 'suspension'", _pg_pause_update)

_SQLITE_TRIGGERS = {
    # (name, timing and event, WHEN, body with {r} for old/new)
    "deadlines_flag_insert": ("AFTER INSERT ON deadlines", "new.code = 'D12'", ("new",)),
    "deadlines_flag_delete": ("AFTER DELETE ON deadlines", "old.code = 'D12'", ("old",)),
    "deadlines_flag_update": ("AFTER UPDATE OF due_date, provisional, code, case_id ON deadlines",
                              "old.code = 'D12' OR new.code = 'D12'", ("old", "new")),
    "pauses_flag_insert": ("AFTER INSERT ON pauses", "new.kind = 'suspension'", ("new",)),
    "pauses_flag_delete": ("AFTER DELETE ON pauses", "old.kind = 'suspension'", ("old",)),
    "pauses_flag_update": ("AFTER UPDATE OF case_id, kind, end_date ON pauses",
                           "old.kind = 'suspension' OR new.kind = 'suspension'", ("old", "new")),
}


def _sqlite_update(name: str, ref: str) -> str:
    c = f"{ref}.case_id"
    if name.startswith("deadlines"):
        return (f"UPDATE cases SET sort_closing_provisional = {PROVISIONAL.format(c=c)} WHERE id = {c} "
                f"AND sort_closing_provisional IS NOT {PROVISIONAL.format(c=c)};")
    return (f"UPDATE cases SET sort_suspended = {SUSPENDED.format(c=c)} WHERE id = {c} "
            f"AND sort_suspended IS NOT {SUSPENDED.format(c=c)};")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name in ("sort_closing_provisional", "sort_suspended"):
        op.add_column("cases", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
    # existing cases: only those where a copy is true (the default is false)
    op.execute(f"UPDATE cases SET sort_closing_provisional = {PROVISIONAL.format(c='cases.id')} WHERE id IN "
               "(SELECT case_id FROM deadlines WHERE code = 'D12' AND provisional)")
    op.execute("UPDATE cases SET sort_suspended = true WHERE id IN "
               "(SELECT case_id FROM pauses WHERE kind = 'suspension' AND end_date IS NULL)")
    if sqlite:
        for name, (event, when, refs) in _SQLITE_TRIGGERS.items():
            body = " ".join(_sqlite_update(name, r) for r in refs)
            op.execute(f"CREATE TRIGGER {name} {event} WHEN {when} BEGIN {body} END")
    else:
        op.execute(_PG_DEADLINE)
        op.execute("DROP TRIGGER deadlines_sort ON deadlines")
        op.execute("CREATE TRIGGER deadlines_sort AFTER INSERT OR DELETE OR UPDATE OF due_date, provisional, code, "
                   "case_id ON deadlines FOR EACH ROW EXECUTE FUNCTION ipcase_deadline_sort()")
        op.execute(_PG_PAUSE)
        op.execute("CREATE TRIGGER pauses_flag AFTER INSERT OR DELETE OR UPDATE OF case_id, kind, end_date "
                   "ON pauses FOR EACH ROW EXECUTE FUNCTION ipcase_pause_flag()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS pauses_flag ON pauses")
        op.execute("DROP FUNCTION IF EXISTS ipcase_pause_flag()")
        op.execute(_PG_DEADLINE_0022)
        op.execute("DROP TRIGGER deadlines_sort ON deadlines")
        op.execute("CREATE TRIGGER deadlines_sort AFTER INSERT OR DELETE OR UPDATE OF due_date, code, case_id "
                   "ON deadlines FOR EACH ROW EXECUTE FUNCTION ipcase_deadline_sort()")
    # ALTER TABLE … DROP COLUMN on both (SQLite ≥ 3.35): a batch would copy the cases table, losing its triggers
    op.drop_column("cases", "sort_suspended")
    op.drop_column("cases", "sort_closing_provisional")
