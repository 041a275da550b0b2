"""Issue 19: the 收案登记 register pages by key — an indexed sort key for every column it sorts by.

intake_items gains sort_targets (the targets' names in their order, joined by 、) and sort_handler (the handler's
name), filled now and kept by triggers on intake_targets, users and intake_items (as 0022 keeps the cases' keys),
so every writer keeps them in the same transaction. Every sortable column gets an index on (key, id) — the
keyset's order — including the plain columns (收案编号 seq, 事项, 渠道, 状态, 程序, 收到时间).

Plain ADD COLUMN / CREATE INDEX only: a batch copy of intake_items on SQLite would drop 0022's search triggers.

Revision ID: 0029_registers
Revises: 0028_aggregates
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0029_registers"
down_revision = "0028_aggregates"
branch_labels = None
depends_on = None

# (key column, index name): the keyset order (key, id) of each sortable column of the intake register
INDEXES = (
    ("received_at", "ix_intake_items_key_received"), ("seq", "ix_intake_items_key_seq"),
    ("kind", "ix_intake_items_key_kind"), ("channel", "ix_intake_items_key_channel"),
    ("state", "ix_intake_items_key_state"), ("track", "ix_intake_items_key_track"),
    ("sort_handler", "ix_intake_items_key_handler"), ("sort_targets", "ix_intake_items_key_targets"),
)
SQLITE_TRIGGERS = ("intake_targets_sort_insert", "intake_targets_sort_delete", "intake_targets_sort_update",
                   "users_sort_intake", "intake_items_sort_insert", "intake_items_sort_handler")
PG_TRIGGERS = (("intake_targets_sort", "intake_targets"), ("users_sort_intake", "users"),
               ("intake_items_sort", "intake_items"))


def _targets_sql(item_id: str, sqlite: bool) -> str:
    if sqlite:
        return (f"(SELECT group_concat(name, '、') FROM (SELECT name FROM intake_targets WHERE item_id = {item_id} "
                "ORDER BY position, id))")
    return f"(SELECT string_agg(name, '、' ORDER BY position, id) FROM intake_targets WHERE item_id = {item_id})"


def _sqlite_upgrade() -> None:
    ex = op.execute
    targets = "UPDATE intake_items SET sort_targets = {} WHERE id = {};"
    ex("CREATE TRIGGER intake_targets_sort_insert AFTER INSERT ON intake_targets BEGIN "
       f"{targets.format(_targets_sql('new.item_id', True), 'new.item_id')} END")
    ex("CREATE TRIGGER intake_targets_sort_delete AFTER DELETE ON intake_targets BEGIN "
       f"{targets.format(_targets_sql('old.item_id', True), 'old.item_id')} END")
    ex("CREATE TRIGGER intake_targets_sort_update AFTER UPDATE OF name, position, item_id ON intake_targets BEGIN "
       f"{targets.format(_targets_sql('old.item_id', True), 'old.item_id')} "
       f"{targets.format(_targets_sql('new.item_id', True), 'new.item_id')} END")
    ex("CREATE TRIGGER users_sort_intake AFTER UPDATE OF full_name ON users BEGIN "
       "UPDATE intake_items SET sort_handler = new.full_name WHERE handler_id = new.id; END")
    own = ("UPDATE intake_items SET sort_handler = (SELECT full_name FROM users WHERE users.id = new.handler_id) "
           "WHERE id = new.id;")
    ex(f"CREATE TRIGGER intake_items_sort_insert AFTER INSERT ON intake_items BEGIN {own} END")
    ex(f"CREATE TRIGGER intake_items_sort_handler AFTER UPDATE OF handler_id ON intake_items BEGIN {own} END")


def _pg_upgrade() -> None:
    ex = op.execute
    ex("""CREATE FUNCTION ipcase_intake_target_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE intake_items SET sort_targets = {old} WHERE id = OLD.item_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE intake_items SET sort_targets = {new} WHERE id = NEW.item_id;
  END IF;
  RETURN NULL;
END $$""".format(old=_targets_sql("OLD.item_id", False), new=_targets_sql("NEW.item_id", False)))
    ex("CREATE TRIGGER intake_targets_sort AFTER INSERT OR DELETE OR UPDATE OF name, position, item_id "
       "ON intake_targets FOR EACH ROW EXECUTE FUNCTION ipcase_intake_target_sort()")
    ex("""CREATE FUNCTION ipcase_user_sort_intake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE intake_items SET sort_handler = NEW.full_name WHERE handler_id = NEW.id;
  RETURN NULL;
END $$""")
    ex("CREATE TRIGGER users_sort_intake AFTER UPDATE OF full_name ON users FOR EACH ROW "
       "WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION ipcase_user_sort_intake()")
    ex("""CREATE FUNCTION ipcase_intake_item_sort() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.sort_handler := (SELECT full_name FROM users WHERE id = NEW.handler_id);
  RETURN NEW;
END $$""")
    ex("CREATE TRIGGER intake_items_sort BEFORE INSERT OR UPDATE OF handler_id ON intake_items FOR EACH ROW "
       "EXECUTE FUNCTION ipcase_intake_item_sort()")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("intake_items", sa.Column("sort_targets", sa.Text(), nullable=True))
    op.add_column("intake_items", sa.Column("sort_handler", sa.String(60), nullable=True))
    op.execute(f"UPDATE intake_items SET sort_targets = {_targets_sql('intake_items.id', sqlite)}, "
               "sort_handler = (SELECT full_name FROM users WHERE users.id = intake_items.handler_id)")
    for column, name in INDEXES:
        op.create_index(name, "intake_items", [column, "id"])
    if sqlite:
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        for trigger, table in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for fn in ("ipcase_intake_target_sort", "ipcase_user_sort_intake", "ipcase_intake_item_sort"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
    for _column, name in INDEXES:
        op.drop_index(name, table_name="intake_items")
    for column in ("sort_handler", "sort_targets"):   # never a batch copy (it would drop 0022's triggers)
        op.execute(f"ALTER TABLE intake_items DROP COLUMN {column}")
