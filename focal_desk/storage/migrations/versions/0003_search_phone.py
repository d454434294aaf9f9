"""The search index also holds each request's phone number (digits only), so the officer can find a
request by the number the requester called from. No table changes: the index rows are written again.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

from focal_desk.storage.search import rebuild_search_index

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rebuild_search_index(Session(bind=op.get_bind()))


def downgrade() -> None:
    # The older code reads the same index columns; the phone digits in them only widen what it finds.
    pass
