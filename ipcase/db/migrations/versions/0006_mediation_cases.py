"""mediation cases (调解案件): the case, parties, mediator pool and assignments, timeline, time limits, documents

Revision ID: 0006_mediation_cases
Revises: 0005_merge_features
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_mediation_cases"
down_revision = "0005_merge_features"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mediators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('organization', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('expertise', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_mediators_office_id_offices')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_mediators_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediators'))
    )
    op.create_index(op.f('ix_mediators_office_id'), 'mediators', ['office_id'], unique=False)
    op.create_index(op.f('ix_mediators_user_id'), 'mediators', ['user_id'], unique=False)
    op.create_table('mediation_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('received_date', sa.Date(), nullable=False),
    sa.Column('case_number', sa.String(length=80), nullable=True),
    sa.Column('case_year', sa.Integer(), nullable=True),
    sa.Column('case_seq', sa.Integer(), nullable=True),
    sa.Column('patent_number', sa.String(length=30), nullable=False),
    sa.Column('patent_title', sa.String(length=300), nullable=False),
    sa.Column('patentee', sa.String(length=300), nullable=False),
    sa.Column('grant_date', sa.Date(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('amount_claimed', sa.String(length=60), nullable=False),
    sa.Column('ruling_case_id', sa.Integer(), nullable=True),
    sa.Column('ruling_reference', sa.String(length=200), nullable=False),
    sa.Column('ruling_copy_name', sa.String(length=300), nullable=False),
    sa.Column('ruling_copy', sa.LargeBinary(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('intake_item_id', sa.Integer(), nullable=True),
    sa.Column('notice_served', sa.Date(), nullable=True),
    sa.Column('notice_method', sa.String(length=20), nullable=False),
    sa.Column('statement_received', sa.Date(), nullable=True),
    sa.Column('respondent_agrees', sa.Boolean(), nullable=True),
    sa.Column('decided_date', sa.Date(), nullable=True),
    sa.Column('registered_date', sa.Date(), nullable=True),
    sa.Column('session_at', sa.DateTime(), nullable=True),
    sa.Column('session_place', sa.String(length=200), nullable=False),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('closing_detail', sa.JSON(), nullable=False),
    sa.Column('cnipa_copied', sa.Date(), nullable=True),
    sa.Column('extension_status', sa.String(length=20), nullable=False),
    sa.Column('extension_reason', sa.Text(), nullable=False),
    sa.Column('extension_requested_by', sa.Integer(), nullable=True),
    sa.Column('extension_decided_by', sa.Integer(), nullable=True),
    sa.Column('extension_decided_at', sa.DateTime(), nullable=True),
    sa.Column('extension_opinion', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['extension_decided_by'], ['users.id'], name=op.f('fk_mediation_cases_extension_decided_by_users')),
    sa.ForeignKeyConstraint(['extension_requested_by'], ['users.id'], name=op.f('fk_mediation_cases_extension_requested_by_users')),
    sa.ForeignKeyConstraint(['intake_item_id'], ['intake_items.id'], name=op.f('fk_mediation_cases_intake_item_id_intake_items')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_mediation_cases_office_id_offices')),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_mediation_cases_officer_id_users')),
    sa.ForeignKeyConstraint(['ruling_case_id'], ['cases.id'], name=op.f('fk_mediation_cases_ruling_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_cases')),
    sa.UniqueConstraint('case_number', name=op.f('uq_mediation_cases_case_number')),
    sa.UniqueConstraint('office_id', 'case_year', 'case_seq', name=op.f('uq_mediation_cases_office_id_case_year_case_seq'))
    )
    op.create_index(op.f('ix_mediation_cases_closed_date'), 'mediation_cases', ['closed_date'], unique=False)
    op.create_index(op.f('ix_mediation_cases_intake_item_id'), 'mediation_cases', ['intake_item_id'], unique=True)
    op.create_index(op.f('ix_mediation_cases_kind'), 'mediation_cases', ['kind'], unique=False)
    op.create_index(op.f('ix_mediation_cases_office_id'), 'mediation_cases', ['office_id'], unique=False)
    op.create_index(op.f('ix_mediation_cases_officer_id'), 'mediation_cases', ['officer_id'], unique=False)
    op.create_index(op.f('ix_mediation_cases_received_date'), 'mediation_cases', ['received_date'], unique=False)
    op.create_index(op.f('ix_mediation_cases_registered_date'), 'mediation_cases', ['registered_date'], unique=False)
    op.create_index(op.f('ix_mediation_cases_ruling_case_id'), 'mediation_cases', ['ruling_case_id'], unique=False)
    op.create_index(op.f('ix_mediation_cases_state'), 'mediation_cases', ['state'], unique=False)
    op.create_table('mediation_deadlines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mediation_case_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('met_date', sa.Date(), nullable=True),
    sa.Column('hide_after_due', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_deadlines_mediation_case_id_mediation_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_deadlines'))
    )
    op.create_index(op.f('ix_mediation_deadlines_mediation_case_id'), 'mediation_deadlines', ['mediation_case_id'], unique=False)
    op.create_index('ix_mediation_deadlines_status_due', 'mediation_deadlines', ['status', 'due_date'], unique=False)
    op.create_table('mediation_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('mediation_case_id', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('addressee', sa.String(length=300), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('docx', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['issued_by'], ['users.id'], name=op.f('fk_mediation_documents_issued_by_users')),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_documents_mediation_case_id_mediation_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_mediation_documents_office_id_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_documents')),
    sa.UniqueConstraint('number', name=op.f('uq_mediation_documents_number'))
    )
    op.create_index(op.f('ix_mediation_documents_mediation_case_id'), 'mediation_documents', ['mediation_case_id'], unique=False)
    op.create_table('mediation_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mediation_case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('from_state', sa.String(length=30), nullable=True),
    sa.Column('to_state', sa.String(length=30), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_mediation_events_actor_id_users')),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_events_mediation_case_id_mediation_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_events'))
    )
    op.create_index(op.f('ix_mediation_events_mediation_case_id'), 'mediation_events', ['mediation_case_id'], unique=False)
    op.create_table('mediation_parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mediation_case_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_normalized', sa.String(length=300), nullable=False),
    sa.Column('credit_code', sa.String(length=30), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=False),
    sa.Column('legal_rep', sa.String(length=60), nullable=False),
    sa.Column('legal_rep_title', sa.String(length=60), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('agents', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_parties_mediation_case_id_mediation_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_parties'))
    )
    op.create_index(op.f('ix_mediation_parties_mediation_case_id'), 'mediation_parties', ['mediation_case_id'], unique=False)
    op.create_index(op.f('ix_mediation_parties_name_normalized'), 'mediation_parties', ['name_normalized'], unique=False)
    op.create_table('mediator_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mediation_case_id', sa.Integer(), nullable=False),
    sa.Column('mediator_id', sa.Integer(), nullable=False),
    sa.Column('assigned_at', sa.DateTime(), nullable=False),
    sa.Column('assigned_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assigned_by'], ['users.id'], name=op.f('fk_mediator_assignments_assigned_by_users')),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_cases.id'], name=op.f('fk_mediator_assignments_mediation_case_id_mediation_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_mediator_assignments_mediator_id_mediators')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediator_assignments')),
    sa.UniqueConstraint('mediation_case_id', 'mediator_id', name=op.f('uq_mediator_assignments_mediation_case_id_mediator_id'))
    )
    op.create_index(op.f('ix_mediator_assignments_mediation_case_id'), 'mediator_assignments', ['mediation_case_id'], unique=False)
    op.create_index(op.f('ix_mediator_assignments_mediator_id'), 'mediator_assignments', ['mediator_id'], unique=False)


def downgrade() -> None:
    for table in ("mediator_assignments", "mediation_parties", "mediation_events", "mediation_documents",
                  "mediation_deadlines", "mediation_cases", "mediators"):
        op.drop_table(table)
