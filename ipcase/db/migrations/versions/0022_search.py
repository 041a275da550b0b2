"""Issue 19: the case list's sort keys and the registers' search indexes, kept by triggers.

cases gains sort_* columns (请求人, 被请求人, 承办人, the patent's number/type/title, 结案期限 D12), each indexed,
filled now and kept by triggers on parties, users, patents, deadlines and cases, so every writer (services,
imports, bulk inserts) keeps them in the same transaction.

Search: SQLite gets per register (cases, intake_items, mediation_cases) an FTS5 `trigram` table over search_text
(external content) and a contentless FTS5 table of the text's 1–2-character grams (function ipcase_grams, which
the app registers on every connection; defined again here because migrations import no live code), both kept by
triggers. PostgreSQL gets pg_trgm GIN indexes on search_text (LIKE and ILIKE) (when the extension can be created) and GIN
indexes over ipcase_grams(search_text), an IMMUTABLE SQL function.

Revision ID: 0022_search
Revises: 0021_startup
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0022_search"
down_revision = "0021_startup"
branch_labels = None
depends_on = None

REGISTERS = {
    "cases": ("cases_tri", "cases_grams"),
    "intake_items": ("intake_items_tri", "intake_items_grams"),
    "mediation_cases": ("mediation_cases_tri", "mediation_cases_grams"),
}
SORT_COLUMNS = (
    ("sort_requesters", sa.Text()), ("sort_respondents", sa.Text()), ("sort_officer", sa.String(60)),
    ("sort_patent_number", sa.String(30)), ("sort_patent_type", sa.String(20)),
    ("sort_patent_title", sa.String(300)), ("sort_closing_due", sa.Date()),
)


def _grams(text):
    """Same as ipcase.db.search_index.grams (kept equal by tests/integration/db/test_search_index.py)."""
    t = (text or "").lower()
    seen = {}
    for i, ch in enumerate(t):
        if not ch.isalnum():
            continue
        seen.setdefault(ch)
        if i + 1 < len(t) and t[i + 1].isalnum():
            seen.setdefault(t[i:i + 2])
    return " ".join(seen)


def _names_sql(case_id: str, role: str, sqlite: bool) -> str:
    if sqlite:
        return (f"(SELECT group_concat(name, '、') FROM (SELECT name FROM parties WHERE case_id = {case_id} "
                f"AND role = '{role}' ORDER BY position, id))")
    return (f"(SELECT string_agg(name, '、' ORDER BY position, id) FROM parties WHERE case_id = {case_id} "
            f"AND role = '{role}')")


def _refresh_sql(where: str, sqlite: bool) -> str:
    """One UPDATE that recomputes every sort key of the cases matching `where` (cases' columns unqualified)."""
    return (
        "UPDATE cases SET "
        f"sort_requesters = {_names_sql('cases.id', 'requester', sqlite)}, "
        f"sort_respondents = {_names_sql('cases.id', 'respondent', sqlite)}, "
        "sort_officer = (SELECT full_name FROM users WHERE users.id = cases.officer_id), "
        "sort_patent_number = (SELECT number FROM patents WHERE patents.id = cases.patent_id), "
        "sort_patent_type = (SELECT patent_type FROM patents WHERE patents.id = cases.patent_id), "
        "sort_patent_title = (SELECT title FROM patents WHERE patents.id = cases.patent_id), "
        "sort_closing_due = (SELECT max(due_date) FROM deadlines WHERE deadlines.case_id = cases.id "
        "AND deadlines.code = 'D12') "
        f"WHERE {where}")


def _sqlite_upgrade() -> None:
    bind = op.get_bind()
    driver = bind.connection.driver_connection
    try:
        driver.create_function("ipcase_grams", 1, _grams, deterministic=True)
    except TypeError:
        driver.create_function("ipcase_grams", 1, _grams)
    ex = op.execute
    # sort keys: parties (names in party order), officer, patent, D12
    names = ("sort_requesters = " + _names_sql("{c}", "requester", True)
             + ", sort_respondents = " + _names_sql("{c}", "respondent", True))
    for event, ref in (("INSERT", "new"), ("DELETE", "old")):
        ex(f"CREATE TRIGGER parties_sort_{event.lower()} AFTER {event} ON parties BEGIN "
           f"UPDATE cases SET {names.format(c=ref + '.case_id')} WHERE id = {ref}.case_id; END")
    ex("CREATE TRIGGER parties_sort_update AFTER UPDATE OF name, role, position, case_id ON parties BEGIN "
       f"UPDATE cases SET {names.format(c='old.case_id')} WHERE id = old.case_id; "
       f"UPDATE cases SET {names.format(c='new.case_id')} WHERE id = new.case_id; END")
    ex("CREATE TRIGGER users_sort_name AFTER UPDATE OF full_name ON users BEGIN "
       "UPDATE cases SET sort_officer = new.full_name WHERE officer_id = new.id; END")
    ex("CREATE TRIGGER patents_sort AFTER UPDATE OF number, patent_type, title ON patents BEGIN "
       "UPDATE cases SET sort_patent_number = new.number, sort_patent_type = new.patent_type, "
       "sort_patent_title = new.title WHERE patent_id = new.id; END")
    own = ("UPDATE cases SET sort_officer = (SELECT full_name FROM users WHERE users.id = new.officer_id), "
           "sort_patent_number = (SELECT number FROM patents WHERE patents.id = new.patent_id), "
           "sort_patent_type = (SELECT patent_type FROM patents WHERE patents.id = new.patent_id), "
           "sort_patent_title = (SELECT title FROM patents WHERE patents.id = new.patent_id) WHERE id = new.id;")
    ex(f"CREATE TRIGGER cases_sort_insert AFTER INSERT ON cases BEGIN {own} END")
    ex(f"CREATE TRIGGER cases_sort_update AFTER UPDATE OF officer_id, patent_id ON cases BEGIN {own} END")
    d12 = ("UPDATE cases SET sort_closing_due = (SELECT max(due_date) FROM deadlines WHERE case_id = {r}.case_id "
           "AND code = 'D12') WHERE id = {r}.case_id;")
    ex(f"CREATE TRIGGER deadlines_sort_insert AFTER INSERT ON deadlines WHEN new.code = 'D12' BEGIN "
       f"{d12.format(r='new')} END")
    ex(f"CREATE TRIGGER deadlines_sort_delete AFTER DELETE ON deadlines WHEN old.code = 'D12' BEGIN "
       f"{d12.format(r='old')} END")
    ex("CREATE TRIGGER deadlines_sort_update AFTER UPDATE OF due_date, code, case_id ON deadlines "
       f"WHEN old.code = 'D12' OR new.code = 'D12' BEGIN {d12.format(r='old')} {d12.format(r='new')} END")
    # search indexes
    for table, (tri, gram) in REGISTERS.items():
        ex(f"CREATE VIRTUAL TABLE {tri} USING fts5(search_text, content='{table}', content_rowid='id', "
           "tokenize='trigram')")
        ex(f"CREATE VIRTUAL TABLE {gram} USING fts5(grams, content='', tokenize='ascii')")
        add = (f"INSERT INTO {tri}(rowid, search_text) VALUES (new.id, new.search_text); "
               f"INSERT INTO {gram}(rowid, grams) VALUES (new.id, ipcase_grams(new.search_text));")
        drop = (f"INSERT INTO {tri}({tri}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
                f"INSERT INTO {gram}({gram}, rowid, grams) VALUES ('delete', old.id, "
                "ipcase_grams(old.search_text));")
        ex(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} END")
        ex(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {drop} END")
        ex(f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF search_text ON {table} BEGIN {drop} {add} END")
        ex(f"INSERT INTO {tri}({tri}) VALUES ('rebuild')")
        ex(f"INSERT INTO {gram}(rowid, grams) SELECT id, ipcase_grams(search_text) FROM {table}")


_PG_GRAMS = """
CREATE OR REPLACE FUNCTION ipcase_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT string_to_array(l, NULL) || ARRAY(SELECT substr(l, i, 2) FROM generate_series(1, char_length(l) - 1) AS i)
  FROM lower(t) AS l
$$"""
# (Every 1- and 2-character substring, duplicates kept: GIN stores each key once per row. An array_agg(DISTINCT …)
# version cost ≈ 5 ms a row here — 10× this one — and every non-HOT UPDATE of a case recomputes it.)


def _pg_upgrade() -> None:
    ex = op.execute
    ex(_PG_GRAMS)
    ex("""CREATE FUNCTION ipcase_party_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE cases SET sort_requesters = {req_old}, sort_respondents = {res_old} WHERE id = OLD.case_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE cases SET sort_requesters = {req_new}, sort_respondents = {res_new} WHERE id = NEW.case_id;
  END IF;
  RETURN NULL;
END $$""".format(
             req_old=_names_sql("OLD.case_id", "requester", False),
             res_old=_names_sql("OLD.case_id", "respondent", False),
             req_new=_names_sql("NEW.case_id", "requester", False),
             res_new=_names_sql("NEW.case_id", "respondent", False),
         ))
    ex("CREATE TRIGGER parties_sort AFTER INSERT OR DELETE OR UPDATE OF name, role, position, case_id ON parties "
       "FOR EACH ROW EXECUTE FUNCTION ipcase_party_sort()")
    ex("""CREATE FUNCTION ipcase_user_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases SET sort_officer = NEW.full_name WHERE officer_id = NEW.id;
  RETURN NULL;
END $$""")
    ex("CREATE TRIGGER users_sort_name AFTER UPDATE OF full_name ON users FOR EACH ROW "
       "WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION ipcase_user_sort()")
    ex("""CREATE FUNCTION ipcase_patent_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases SET sort_patent_number = NEW.number, sort_patent_type = NEW.patent_type,
                   sort_patent_title = NEW.title WHERE patent_id = NEW.id;
  RETURN NULL;
END $$""")
    ex("CREATE TRIGGER patents_sort AFTER UPDATE OF number, patent_type, title ON patents FOR EACH ROW "
       "EXECUTE FUNCTION ipcase_patent_sort()")
    ex("""CREATE FUNCTION ipcase_case_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.sort_officer := (SELECT full_name FROM users WHERE id = NEW.officer_id);
  SELECT number, patent_type, title INTO NEW.sort_patent_number, NEW.sort_patent_type, NEW.sort_patent_title
    FROM patents WHERE id = NEW.patent_id;
  RETURN NEW;
END $$""")
    ex("CREATE TRIGGER cases_sort_insert BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION ipcase_case_sort()")
    ex("CREATE TRIGGER cases_sort_update BEFORE UPDATE OF officer_id, patent_id ON cases FOR EACH ROW "
       "EXECUTE FUNCTION ipcase_case_sort()")
    ex("""CREATE FUNCTION ipcase_deadline_sort() RETURNS trigger LANGUAGE plpgsql AS $$
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
END $$""")
    ex("CREATE TRIGGER deadlines_sort AFTER INSERT OR DELETE OR UPDATE OF due_date, code, case_id ON deadlines "
       "FOR EACH ROW EXECUTE FUNCTION ipcase_deadline_sort()")
    bind = op.get_bind()
    trgm = bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").scalar() is not None
    if trgm:
        # A server without contrib, or an account that may not create extensions, still gets the grams
        # indexes: every search stays correct, 3+ character searches then scan.
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            trgm = False
    for table in REGISTERS:
        if trgm:
            ex(f"CREATE INDEX ix_search_{table} ON {table} USING gin (search_text gin_trgm_ops)")
        ex(f"CREATE INDEX ix_grams_{table} ON {table} USING gin (ipcase_grams(search_text))")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("cases") as batch:
        for name, type_ in SORT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
    for name, _type in SORT_COLUMNS:
        op.create_index(f"ix_cases_{name}", "cases", [name])
    # existing cases: computed once, set-based
    op.execute(_refresh_sql("1 = 1", sqlite))
    if sqlite:
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for trigger in ("parties_sort_insert", "parties_sort_delete", "parties_sort_update", "users_sort_name",
                        "patents_sort", "cases_sort_insert", "cases_sort_update", "deadlines_sort_insert",
                        "deadlines_sort_delete", "deadlines_sort_update",
                        *(f"{t}_search_{e}" for t in REGISTERS for e in ("insert", "delete", "update"))):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for tri, gram in REGISTERS.values():
            op.execute(f"DROP TABLE IF EXISTS {tri}")
            op.execute(f"DROP TABLE IF EXISTS {gram}")
    else:
        for trigger, table in (("parties_sort", "parties"), ("users_sort_name", "users"),
                               ("patents_sort", "patents"), ("cases_sort_insert", "cases"),
                               ("cases_sort_update", "cases"), ("deadlines_sort", "deadlines")):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for fn in ("ipcase_party_sort", "ipcase_user_sort", "ipcase_patent_sort", "ipcase_case_sort",
                   "ipcase_deadline_sort"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
        for table in REGISTERS:
            op.execute(f"DROP INDEX IF EXISTS ix_search_{table}")
            op.execute(f"DROP INDEX IF EXISTS ix_grams_{table}")
        op.execute("DROP FUNCTION IF EXISTS ipcase_grams(text)")
    for name, _type in SORT_COLUMNS:
        op.drop_index(f"ix_cases_{name}", "cases")
    with op.batch_alter_table("cases") as batch:
        for name, _type in SORT_COLUMNS:
            batch.drop_column(name)
