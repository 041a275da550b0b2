"""Offices kept apart: settings per office (issue 12)

Every business setting now belongs to one office (primary key office_id, key). A database shared by a city and
its county offices had one set for all of them; each existing row is copied to every existing office, so every
office starts from what it saw before and changes only its own from now on.

Revision ID: 0012_offices
Revises: 0011_merge_hearings_mediation
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_offices"
down_revision = "0011_merge_hearings_mediation"
branch_labels = None
depends_on = None

_offices = sa.table("offices", sa.column("id", sa.Integer))
_old_settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
_new_settings = sa.table("settings", sa.column("office_id", sa.Integer), sa.column("key", sa.String),
                         sa.column("value", sa.Text))


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(_old_settings.c.key, _old_settings.c.value)).all()
    office_ids = conn.execute(sa.select(_offices.c.id).order_by(_offices.c.id)).scalars().all()
    # The primary key changes: a new table is simpler and identical on SQLite and PostgreSQL than batch mode,
    # and the rows are few (the administrator's settings).
    op.drop_table("settings")
    op.create_table(
        "settings",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_settings_office_id_offices")),
        sa.PrimaryKeyConstraint("office_id", "key", name=op.f("pk_settings")),
    )
    copies = [{"office_id": o, "key": k, "value": v} for o in office_ids for k, v in rows]
    if copies:
        op.bulk_insert(_new_settings, copies)


def downgrade() -> None:
    conn = op.get_bind()
    # Back to one set: the first (top) office's values win, as they were the shared ones before.
    first = conn.execute(sa.select(sa.func.min(_new_settings.c.office_id))).scalar()
    rows = conn.execute(sa.select(_new_settings.c.key, _new_settings.c.value)
                        .where(_new_settings.c.office_id == first)).all() if first is not None else []
    op.drop_table("settings")
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    if rows:
        op.bulk_insert(_old_settings, [{"key": k, "value": v} for k, v in rows])
