"""PostgreSQL only: an index for "newest first, undated last", the default order of every event list.

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index('ix_events_date_desc', 'events',
                        [sa.text('date_start DESC NULLS LAST'), sa.text('id DESC')], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index('ix_events_date_desc', table_name='events')
