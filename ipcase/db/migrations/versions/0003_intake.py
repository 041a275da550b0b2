"""intake register: items, targets, patents, events, attachments, stored time limits

Revision ID: 0003_intake
Revises: 0001
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op


revision = '0003_intake'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('intake_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('submitter_name', sa.String(length=300), nullable=False),
    sa.Column('submitter_kind', sa.String(length=20), nullable=False),
    sa.Column('submitter_credit_code', sa.String(length=30), nullable=False),
    sa.Column('submitter_phone', sa.String(length=60), nullable=False),
    sa.Column('submitter_address', sa.String(length=300), nullable=False),
    sa.Column('referred_by', sa.String(length=200), nullable=False),
    sa.Column('patent_title', sa.String(length=300), nullable=False),
    sa.Column('patentee', sa.String(length=300), nullable=False),
    sa.Column('evaluation_report', sa.Boolean(), nullable=False),
    sa.Column('product', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('flag_foreign', sa.Boolean(), nullable=False),
    sa.Column('flag_ecommerce', sa.Boolean(), nullable=False),
    sa.Column('flag_trade_fair', sa.Boolean(), nullable=False),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('registered_by', sa.Integer(), nullable=True),
    sa.Column('suggested_track', sa.String(length=20), nullable=True),
    sa.Column('suggested_rule', sa.String(length=200), nullable=False),
    sa.Column('track', sa.String(length=20), nullable=True),
    sa.Column('track_reason', sa.Text(), nullable=False),
    sa.Column('track_decided_by', sa.Integer(), nullable=True),
    sa.Column('track_decided_at', sa.DateTime(), nullable=True),
    sa.Column('defects', sa.JSON(), nullable=False),
    sa.Column('correction_requested_on', sa.Date(), nullable=True),
    sa.Column('correction_due', sa.Date(), nullable=True),
    sa.Column('correction_received', sa.Date(), nullable=True),
    sa.Column('decision_extended', sa.Boolean(), nullable=False),
    sa.Column('converted_from', sa.String(length=20), nullable=True),
    sa.Column('request_received', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('outcome_detail', sa.JSON(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('notify_method', sa.String(length=40), nullable=False),
    sa.Column('repeat_case_id', sa.Integer(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_intake_items_case_id_cases')),
    sa.ForeignKeyConstraint(['handler_id'], ['users.id'], name=op.f('fk_intake_items_handler_id_users')),
    sa.ForeignKeyConstraint(['office_id'], ['offices.id'], name=op.f('fk_intake_items_office_id_offices')),
    sa.ForeignKeyConstraint(['registered_by'], ['users.id'], name=op.f('fk_intake_items_registered_by_users')),
    sa.ForeignKeyConstraint(['repeat_case_id'], ['cases.id'], name=op.f('fk_intake_items_repeat_case_id_cases')),
    sa.ForeignKeyConstraint(['track_decided_by'], ['users.id'], name=op.f('fk_intake_items_track_decided_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_items')),
    sa.UniqueConstraint('number', name=op.f('uq_intake_items_number')),
    sa.UniqueConstraint('office_id', 'year', 'seq', name=op.f('uq_intake_items_office_id_year_seq'))
    )
    with op.batch_alter_table('intake_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_items_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_decided_on'), ['decided_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_handler_id'), ['handler_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_repeat_case_id'), ['repeat_case_id'], unique=False)
        batch_op.create_index('ix_intake_items_state_received', ['state', 'received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_items_track'), ['track'], unique=False)

    op.create_table('intake_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['added_by'], ['users.id'], name=op.f('fk_intake_attachments_added_by_users')),
    sa.ForeignKeyConstraint(['item_id'], ['intake_items.id'], name=op.f('fk_intake_attachments_item_id_intake_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_attachments'))
    )
    with op.batch_alter_table('intake_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_attachments_item_id'), ['item_id'], unique=False)

    op.create_table('intake_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_intake_events_actor_id_users')),
    sa.ForeignKeyConstraint(['item_id'], ['intake_items.id'], name=op.f('fk_intake_events_item_id_intake_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_events'))
    )
    with op.batch_alter_table('intake_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_events_item_id'), ['item_id'], unique=False)

    op.create_table('intake_patents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['intake_items.id'], name=op.f('fk_intake_patents_item_id_intake_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_patents'))
    )
    with op.batch_alter_table('intake_patents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_patents_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_patents_number'), ['number'], unique=False)

    op.create_table('intake_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_normalized', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('credit_code', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('shop_url', sa.String(length=500), nullable=False),
    sa.Column('booth', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['intake_items.id'], name=op.f('fk_intake_targets_item_id_intake_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_targets'))
    )
    with op.batch_alter_table('intake_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_targets_credit_code'), ['credit_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_targets_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intake_targets_name_normalized'), ['name_normalized'], unique=False)

    op.create_table('intake_deadlines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('met_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['intake_items.id'], name=op.f('fk_intake_deadlines_item_id_intake_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_deadlines'))
    )
    with op.batch_alter_table('intake_deadlines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_deadlines_item_id'), ['item_id'], unique=False)
        batch_op.create_index('ix_intake_deadlines_status_due', ['status', 'due_date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('intake_deadlines', schema=None) as batch_op:
        batch_op.drop_index('ix_intake_deadlines_status_due')
        batch_op.drop_index(batch_op.f('ix_intake_deadlines_item_id'))

    op.drop_table('intake_deadlines')
    with op.batch_alter_table('intake_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_targets_name_normalized'))
        batch_op.drop_index(batch_op.f('ix_intake_targets_item_id'))
        batch_op.drop_index(batch_op.f('ix_intake_targets_credit_code'))

    op.drop_table('intake_targets')
    with op.batch_alter_table('intake_patents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_patents_number'))
        batch_op.drop_index(batch_op.f('ix_intake_patents_item_id'))

    op.drop_table('intake_patents')
    with op.batch_alter_table('intake_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_events_item_id'))

    op.drop_table('intake_events')
    with op.batch_alter_table('intake_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_attachments_item_id'))

    op.drop_table('intake_attachments')
    with op.batch_alter_table('intake_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_items_track'))
        batch_op.drop_index('ix_intake_items_state_received')
        batch_op.drop_index(batch_op.f('ix_intake_items_repeat_case_id'))
        batch_op.drop_index(batch_op.f('ix_intake_items_received_at'))
        batch_op.drop_index(batch_op.f('ix_intake_items_kind'))
        batch_op.drop_index(batch_op.f('ix_intake_items_handler_id'))
        batch_op.drop_index(batch_op.f('ix_intake_items_decided_on'))
        batch_op.drop_index(batch_op.f('ix_intake_items_channel'))
        batch_op.drop_index(batch_op.f('ix_intake_items_case_id'))

    op.drop_table('intake_items')
