"""Incidents found by indexed date ranges: a ``wide`` flag (window over a week) and two indexes,
(family, wide, date_start) for ordinary incidents and (family, wide, date_end) for wide ones,
so fusing a new event reads a few nearby incidents however large the store grows.

Revision ID: 0005
Revises: 0004
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# The same threshold as sitroom.store._fusion.NARROW_SPAN_DAYS at the time of writing.
_NARROW_SPAN_DAYS = 7


def _day(value: str) -> dt.date:
    parts = value[:10].split("-")
    return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('wide', sa.Boolean(), server_default=sa.false(), nullable=False))
    conn = op.get_bind()
    incidents = sa.table('incidents', sa.column('id', sa.Integer), sa.column('date_start', sa.String),
                         sa.column('date_end', sa.String), sa.column('wide', sa.Boolean))
    wide_ids = [r.id for r in conn.execute(sa.select(incidents.c.id, incidents.c.date_start, incidents.c.date_end)
                                           .where(incidents.c.date_start.is_not(None), incidents.c.date_end.is_not(None)))
                if (_day(r.date_end) - _day(r.date_start)).days > _NARROW_SPAN_DAYS]
    for start in range(0, len(wide_ids), 500):
        conn.execute(sa.update(incidents).where(incidents.c.id.in_(wide_ids[start:start + 500])).values(wide=True))
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index('ix_incidents_family_wide_start', ['family', 'wide', 'date_start'], unique=False)
        batch_op.create_index('ix_incidents_family_wide_end', ['family', 'wide', 'date_end'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_family_wide_end')
        batch_op.drop_index('ix_incidents_family_wide_start')
        batch_op.drop_column('wide')
