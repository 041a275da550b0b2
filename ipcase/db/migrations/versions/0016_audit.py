"""The hash-chained audit trail (issue 13)

`audit_entries` holds the chain; triggers refuse UPDATE and DELETE of its rows (and TRUNCATE on PostgreSQL) to
every database user, the application's own included. The chain starts here with a genesis entry that carries
the chain's identity (checkpoint files name it); the rows that exist already are sealed by "baseline" entries
that the application writes with the first entries after this upgrade (ipcase.audit.chain), because their images
must be read with the live column types, which a migration may not import.

Revision ID: 0016_audit
Revises: 0015_concurrency
Create Date: 2026-12-06
"""
import hashlib
import json
import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0016_audit"
down_revision = "0015_concurrency"
branch_labels = None
depends_on = None

_entries = sa.table(
    "audit_entries", sa.column("seq", sa.Integer), sa.column("at", sa.DateTime), sa.column("origin", sa.String),
    sa.column("action", sa.String), sa.column("operation", sa.String), sa.column("changes", sa.Text),
    sa.column("algorithm", sa.String), sa.column("prev_hash", sa.String), sa.column("hash", sa.String))

# Frozen copy of ipcase.audit.chain.HASHED and the canonical form of ipcase.audit.canonical (as of this revision).
_HASHED = ("seq", "office_id", "actor_id", "actor_name", "at", "origin", "action", "operation", "record_kind",
           "record_key", "case_number", "changes", "row_hash", "algorithm", "prev_hash")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _genesis(at: datetime) -> dict:
    changes = _dumps({"chain_id": uuid.uuid4().hex, "baseline": "pending"})
    row = {"seq": 1, "at": at, "origin": "online", "action": "audit.genesis", "operation": "genesis",
           "changes": changes, "algorithm": "sm3", "prev_hash": ""}
    content = {name: row.get(name) for name in _HASHED}
    content["at"] = at.isoformat(sep=" ")
    data = _dumps(content).encode("utf-8") + b"\x00"
    row["hash"] = hashlib.new("sm3", data).hexdigest()
    return row


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("record_kind", sa.String(length=60), nullable=True),
        sa.Column("record_key", sa.String(length=200), nullable=True),
        sa.Column("case_number", sa.String(length=60), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("row_hash", sa.String(length=160), nullable=True),
        sa.Column("algorithm", sa.String(length=16), nullable=False),
        sa.Column("prev_hash", sa.String(length=160), nullable=False),
        sa.Column("hash", sa.String(length=160), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entries")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_entries_hash")),
    )
    for column in ("office_id", "actor_id", "at", "action", "case_number"):
        op.create_index(op.f(f"ix_audit_entries_{column}"), "audit_entries", [column])
    op.bulk_insert(_entries, [_genesis(datetime.now().replace(microsecond=0))])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END $$""")
        op.execute("CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries "
                   "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()")
        op.execute("CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()")
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_entries_no_{verb.lower()} BEFORE {verb} ON audit_entries "
                       f"BEGIN SELECT RAISE(ABORT, 'audit entries are append-only: {verb} refused'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_change ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS audit_entries_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    for column in ("office_id", "actor_id", "at", "action", "case_number"):
        op.drop_index(op.f(f"ix_audit_entries_{column}"), table_name="audit_entries")
    op.drop_table("audit_entries")
