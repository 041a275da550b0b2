"""Optimistic locking of settings (issue 12)

A save of a settings page names the version its form loaded and is refused when someone saved since: offices,
hearing rooms and mediators get a `version` column counted by the mapper (existing rows start at 1); the key/value
settings of an office get one version per group (`setting_versions`, no row = never saved = version 0).

Revision ID: 0015_concurrency
Revises: 0014_corrections
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0015_concurrency"
down_revision = "0014_corrections"
branch_labels = None
depends_on = None

_VERSIONED = ("offices", "hearing_rooms", "mediators")


def upgrade() -> None:
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "setting_versions",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_setting_versions_office_id_offices")),
        sa.ForeignKeyConstraint(["saved_by"], ["users.id"], name=op.f("fk_setting_versions_saved_by_users")),
        sa.PrimaryKeyConstraint("office_id", "group_name", name=op.f("pk_setting_versions")),
    )


def downgrade() -> None:
    op.drop_table("setting_versions")
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
