"""Mediation agreements are signed by the parties, by id (issue 15, M25 art 35)

mediation_signatories gains mediation_party_id (the party of a stand-alone mediation case who is covered),
agent_id (the case agent who signs for the party) and agent_name (who signed for it, as printed: the agent of a
mediation case's party has no row of its own). Rows recorded before, with free names, are kept as they are and
matched to the host's party of the same side and name when exactly one exists; a name matching no party stays
unmatched, and such an agreement cannot take effect until it is drafted again with the parties.

Revision ID: 0020_signatories
Revises: 0019_agents
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0020_signatories"
down_revision = "0019_agents"
branch_labels = None
depends_on = None

signatories = sa.table(
    "mediation_signatories", sa.column("id", sa.Integer), sa.column("agreement_id", sa.Integer),
    sa.column("side", sa.String), sa.column("name", sa.String), sa.column("party_id", sa.Integer),
    sa.column("mediation_party_id", sa.Integer))
agreements = sa.table(
    "mediation_agreements", sa.column("id", sa.Integer), sa.column("case_id", sa.Integer),
    sa.column("mediation_case_id", sa.Integer))
parties = sa.table("parties", sa.column("id", sa.Integer), sa.column("case_id", sa.Integer),
                   sa.column("role", sa.String), sa.column("name", sa.String))
mediation_parties = sa.table(
    "mediation_parties", sa.column("id", sa.Integer), sa.column("mediation_case_id", sa.Integer),
    sa.column("role", sa.String), sa.column("name", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("mediation_signatories") as batch:
        batch.add_column(sa.Column("mediation_party_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("agent_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("agent_name", sa.String(200), nullable=False, server_default=""))
        batch.create_foreign_key(op.f("fk_mediation_signatories_mediation_party_id_mediation_parties"),
                                 "mediation_parties", ["mediation_party_id"], ["id"], ondelete="SET NULL")
        batch.create_foreign_key(op.f("fk_mediation_signatories_agent_id_agents"), "agents", ["agent_id"], ["id"],
                                 ondelete="SET NULL")
    _match_free_names()


def _match_free_names() -> None:
    """Side 'requester'/'respondent' equals the party role's value; a name shared by two parties is not guessed."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(signatories.c.id, signatories.c.side, signatories.c.name, agreements.c.case_id,
                  agreements.c.mediation_case_id)
        .join(agreements, agreements.c.id == signatories.c.agreement_id)
        .where(signatories.c.party_id.is_(None))).all()
    for sid, side, name, case_id, mediation_case_id in rows:
        if case_id is not None:
            table, host, column = parties, parties.c.case_id == case_id, "party_id"
        else:
            table, host, column = mediation_parties, mediation_parties.c.mediation_case_id == mediation_case_id, \
                "mediation_party_id"
        found = conn.execute(sa.select(table.c.id).where(host, table.c.role == side,
                                                         table.c.name == (name or "").strip())).scalars().all()
        if len(found) == 1:
            conn.execute(signatories.update().where(signatories.c.id == sid).values({column: found[0]}))


def downgrade() -> None:
    with op.batch_alter_table("mediation_signatories") as batch:
        batch.drop_constraint(op.f("fk_mediation_signatories_agent_id_agents"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_mediation_signatories_mediation_party_id_mediation_parties"),
                              type_="foreignkey")
        batch.drop_column("agent_name")
        batch.drop_column("agent_id")
        batch.drop_column("mediation_party_id")
