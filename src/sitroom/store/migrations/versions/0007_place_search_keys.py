"""Place search keys: folded forms of the place names of events and place mentions (issue 13), and a
``store_meta`` table that records which folding wrote them.

The columns are filled by ``sitroom.store.placekeys.refresh_keys``, which runs after the migrations on
every open and rekeys all rows when the recorded folding differs: here, for every existing row, since
none is recorded yet. The migration itself stays free of application code.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('store_meta',
                    sa.Column('name', sa.String(length=60), nullable=False),
                    sa.Column('value', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('name', name=op.f('pk_store_meta')))
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location_key', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('admin1_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('admin2_key', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_events_admin1_key'), ['admin1_key'], unique=False)
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('admin1_key', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_places_name_key'), ['name_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_name_key'))
        batch_op.drop_column('admin1_key')
        batch_op.drop_column('name_key')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_admin1_key'))
        batch_op.drop_column('admin2_key')
        batch_op.drop_column('admin1_key')
        batch_op.drop_column('location_key')
    op.drop_table('store_meta')
