"""Indexes for common reads: events by (event_type, date_end), so "type X since D" filters and
counts read few rows; documents by language and extractor version, for the summary and re-extraction.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_type_date_end', ['event_type', 'date_end'], unique=False)
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_language', ['language'], unique=False)
        batch_op.create_index('ix_documents_extractor_version', ['extractor_version'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_extractor_version')
        batch_op.drop_index('ix_documents_language')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type_date_end')
