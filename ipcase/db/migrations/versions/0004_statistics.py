"""statistics: cases.closing_method (filled for closed cases), indexes for the figures, offices.parent_id

Revision ID: 0004_statistics
Revises: 0001
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_statistics'
down_revision = '0001'
branch_labels = None
depends_on = None


# Frozen copy of ipcase.domain.statistics.counting as of this revision (closing_method_for,
# closing_method_of_archived, the ClosingMethod/RevokeReason/ClosingOutcome values): a migration must keep
# doing what it did when it was written, whatever the live domain code becomes.
def _closing_method(state: str, detail: dict | None) -> str | None:
    detail = detail or {}
    methods = {'not_accepted': 'not_accepted', 'closed_ruling_infringement': 'ruling_infringement',
               'closed_ruling_rejected': 'ruling_rejected', 'closed_mediated': 'mediated'}
    if state in methods:
        return methods[state]
    if state == 'closed_revoked':
        reason = detail.get('revoke_reason')
        if reason in ('withdrawal', 'no_show'):
            return 'withdrawn'
        if reason == 'jurisdiction':
            return 'transferred'
        return 'revoked'
    return None


def _closing_method_of_archived(detail: dict | None) -> str | None:
    detail = detail or {}
    if detail.get('revoke_reason'):
        return _closing_method('closed_revoked', detail)
    if detail.get('outcome') == 'infringement' and detail.get('ruling_date'):
        return 'ruling_infringement'
    if detail.get('outcome') == 'rejected' and detail.get('ruling_date'):
        return 'ruling_rejected'
    if detail.get('agreement_date'):
        return 'mediated'
    if detail.get('refusal_reasons'):
        return 'not_accepted'
    return None


def upgrade() -> None:
    # Plain ALTERs, no batch copy: SQLite refuses to drop and recreate `offices` or `cases` while rows of
    # other tables point at them (foreign keys are on), which every office's database has.
    op.add_column('cases', sa.Column('closing_method', sa.String(length=30), nullable=True))
    op.create_index('ix_cases_closed_cohort', 'cases', ['closed_date', 'closing_method', 'registered_date',
                                                       'patent_id', 'flag_foreign', 'flag_ecommerce',
                                                       'flag_trade_fair'], unique=False)
    op.create_index('ix_cases_registered_cohort', 'cases', ['registered_date', 'closing_method', 'closed_date',
                                                           'patent_id', 'flag_foreign', 'flag_ecommerce',
                                                           'flag_trade_fair'], unique=False)
    op.create_index('ix_cases_state_officer', 'cases', ['state', 'officer_id'], unique=False)
    op.create_index('ix_deadlines_case_code', 'deadlines', ['case_id', 'code', 'status', 'met_date', 'due_date'],
                    unique=False)
    op.create_index('ix_timeline_kind_at', 'timeline', ['kind', 'at'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite adds a column with its foreign key only inline.
        op.execute('ALTER TABLE offices ADD COLUMN parent_id INTEGER '
                   'CONSTRAINT fk_offices_parent_id_offices REFERENCES offices (id)')
    else:
        op.add_column('offices', sa.Column('parent_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_offices_parent_id_offices', 'offices', 'offices', ['parent_id'], ['id'])
    op.create_index('ix_offices_parent_id', 'offices', ['parent_id'], unique=False)

    # Cases closed before this revision: the method follows from the state, or (revocations and archived
    # files) from what the closing action stored in closing_detail.
    cases = sa.table('cases', sa.column('id', sa.Integer), sa.column('state', sa.String),
                     sa.column('closing_detail', sa.JSON), sa.column('closing_method', sa.String))
    conn = op.get_bind()
    for state in ('not_accepted', 'closed_ruling_infringement', 'closed_ruling_rejected', 'closed_mediated'):
        conn.execute(cases.update().where(cases.c.state == state)
                     .values(closing_method=_closing_method(state, {})))
    rows = conn.execute(sa.select(cases.c.id, cases.c.state, cases.c.closing_detail)
                        .where(cases.c.state.in_(('closed_revoked', 'archived')))).all()
    for case_id, state, detail in rows:
        method = (_closing_method(state, detail) if state == 'closed_revoked'
                  else _closing_method_of_archived(detail))
        if method is not None:
            conn.execute(cases.update().where(cases.c.id == case_id).values(closing_method=method))


def downgrade() -> None:
    op.drop_index('ix_offices_parent_id', table_name='offices')
    with op.batch_alter_table('offices', schema=None) as batch_op:
        batch_op.drop_constraint('fk_offices_parent_id_offices', type_='foreignkey')
        batch_op.drop_column('parent_id')
    op.drop_index('ix_timeline_kind_at', table_name='timeline')
    op.drop_index('ix_deadlines_case_code', table_name='deadlines')
    op.drop_index('ix_cases_state_officer', table_name='cases')
    op.drop_index('ix_cases_registered_cohort', table_name='cases')
    op.drop_index('ix_cases_closed_cohort', table_name='cases')
    op.drop_column('cases', 'closing_method')
