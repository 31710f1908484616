"""Incidents keep clues: the figures their reports give ("killed:5") and fingerprints of their
evidence sentences, which tie reports whose place is only a province or a country (fusion no longer
joins those on type, date and country alone).

Incidents fused before this revision keep their events; `sitroom incidents --rebuild` fuses the
store again under the current rules.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clues', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('clues')
