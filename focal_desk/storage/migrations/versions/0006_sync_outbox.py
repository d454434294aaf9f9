"""The outbox of signed monthly summaries for the province (issue 10): one row per (month, revision), the
package bytes exactly as signed and sent, and what became of it (queued, sent, refused with the reason,
exported to a file, superseded by a later revision); the retry schedule of a package the province did not
answer (attempts, next_try_at, last_error).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NOW = sa.text("CURRENT_TIMESTAMP")


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("content_digest", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_try_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False, server_default=""),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("answer", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.PrimaryKeyConstraint("id", name="pk_sync_outbox"),
        sa.UniqueConstraint("month", "revision", name="uq_sync_outbox_month_revision"),
    )
    op.create_index("ix_sync_outbox_state", "sync_outbox", ["state"])


def downgrade() -> None:
    op.drop_index("ix_sync_outbox_state", "sync_outbox")
    op.drop_table("sync_outbox")
