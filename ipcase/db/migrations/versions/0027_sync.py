"""The field laptop (issue 14): check-outs, their records, reserved 文号 blocks, replay bookkeeping, the conflict
queue (office side), the laptop's state and outbox (laptop side). Both sides have every table.

Revision ID: 0027_sync
Revises: 0026_demo
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0027_sync"
down_revision = "0026_demo"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _pk(table: str, column: str = "id") -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(column, name=op.f(f"pk_{table}"))


def _index(table: str, *columns: str) -> None:
    op.create_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table, list(columns))


def upgrade() -> None:
    t = "checkouts"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("laptop_name", sa.String(length=100), nullable=False),
        sa.Column("laptop_public_key", sa.LargeBinary(), nullable=False),
        sa.Column("package_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("last_checkin_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk(t, "office_id", "offices"),
        _fk(t, "user_id", "users"),
        _fk(t, "created_by_id", "users"),
        _fk(t, "ended_by_id", "users"),
        _pk(t),
    )
    _index(t, "office_id")
    _index(t, "state")

    t = "checkout_records"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("version_at_checkout", sa.Integer(), nullable=False),
        sa.Column("expected_version", sa.Integer(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        _fk(t, "checkout_id", "checkouts"),
        _pk(t),
    )
    _index(t, "checkout_id")
    _index(t, "kind", "record_id")

    t = "number_blocks"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        _fk(t, "office_id", "offices"),
        _fk(t, "checkout_id", "checkouts"),
        _pk(t),
    )
    _index(t, "office_id")
    _index(t, "checkout_id")

    t = "reserved_numbers"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=100), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        _fk(t, "block_id", "number_blocks"),
        _fk(t, "document_id", "documents"),
        sa.UniqueConstraint("block_id", "number", name=op.f(f"uq_{t}_block_id_number")),
        _pk(t),
    )
    _index(t, "block_id")

    t = "applied_operations"
    op.create_table(
        t,
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("command", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=True),
        _fk(t, "checkout_id", "checkouts"),
        _pk(t, "op_id"),
    )
    _index(t, "checkout_id")

    t = "sync_packages"
    op.create_table(
        t,
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("applied_by_id", sa.Integer(), nullable=True),
        sa.Column("ops", sa.Integer(), nullable=False),
        _fk(t, "checkout_id", "checkouts"),
        _fk(t, "applied_by_id", "users"),
        _pk(t, "package_id"),
    )
    _index(t, "checkout_id")

    t = "id_map"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=True),
        sa.Column("laptop_id", sa.BigInteger(), nullable=False),
        sa.Column("office_row_id", sa.BigInteger(), nullable=False),
        _fk(t, "checkout_id", "checkouts"),
        _pk(t),
    )
    _index(t, "checkout_id")
    _index(t, "checkout_id", "laptop_id")

    t = "sync_conflicts"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("command", sa.String(length=80), nullable=False),
        sa.Column("inputs_json", sa.Text(), nullable=False),
        sa.Column("laptop_at", sa.DateTime(), nullable=False),
        sa.Column("laptop_user_id", sa.Integer(), nullable=True),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("reason_code", sa.String(length=60), nullable=False),
        sa.Column("reason_detail", sa.Text(), nullable=False),
        sa.Column("office_side_json", sa.Text(), nullable=False),
        sa.Column("laptop_side_json", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk(t, "checkout_id", "checkouts"),
        _fk(t, "laptop_user_id", "users"),
        _fk(t, "decided_by_id", "users"),
        _pk(t),
    )
    _index(t, "checkout_id")
    _index(t, "op_id")
    _index(t, "state")

    t = "laptop_state"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkout_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("office_url", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("laptop_name", sa.String(length=100), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("package_key", sa.LargeBinary(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("last_checkin_at", sa.DateTime(), nullable=True),
        _fk(t, "office_id", "offices"),
        _fk(t, "user_id", "users"),
        _pk(t),
    )

    t = "outbox"
    op.create_table(
        t,
        sa.Column("seq", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("command", sa.String(length=80), nullable=False),
        sa.Column("inputs_json", sa.Text(), nullable=False),
        sa.Column("seen_json", sa.Text(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.UniqueConstraint("op_id", name=op.f(f"uq_{t}_op_id")),
        _pk(t, "seq"),
    )
    _index(t, "state")


def downgrade() -> None:
    for t in ("outbox", "laptop_state", "sync_conflicts", "id_map", "sync_packages", "applied_operations", "reserved_numbers",
              "number_blocks", "checkout_records", "checkouts"):
        op.drop_table(t)
