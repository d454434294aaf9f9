"""Complaints and lawsuits about a request (Luật TCTT Đ14, ND13 Đ12: the report counts them); the day an
extension was granted (``requests.extended_on``), so that the statistics of a period count extensions by
their date; indexes on the outcome and valid dates the statistics select by.

Extensions recorded before this revision take their date from the audit trail (the local date of the
"extend" event), the only place it was kept.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NOW = sa.text("CURRENT_TIMESTAMP")


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("extended_on", sa.Date(), nullable=True))
    # The audit time is ISO text in Vietnam time ("2026-03-20T09:00:00+07:00"): its first ten characters
    # are the local day the officer granted the extension.
    op.execute(
        "UPDATE requests SET extended_on = ("
        " SELECT substr(MAX(a.at), 1, 10) FROM audit_events a"
        " WHERE a.entity = 'request' AND a.entity_id = requests.id AND a.action = 'extend')"
        " WHERE extended_due IS NOT NULL"
    )
    op.create_index("ix_requests_closed_on", "requests", ["closed_on"])
    op.create_index("ix_requests_valid_on", "requests", ["valid_on"])
    op.create_index("ix_requests_extended_on", "requests", ["extended_on"])
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False, server_default=""),
        sa.Column("result_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.PrimaryKeyConstraint("id", name="pk_complaints"),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"], name="fk_complaints_request_id_requests"),
    )
    op.create_index("ix_complaints_request_id", "complaints", ["request_id"])
    op.create_index("ix_complaints_filed_on", "complaints", ["filed_on"])


def downgrade() -> None:
    op.drop_index("ix_complaints_filed_on", "complaints")
    op.drop_index("ix_complaints_request_id", "complaints")
    op.drop_table("complaints")
    op.drop_index("ix_requests_extended_on", "requests")
    op.drop_index("ix_requests_valid_on", "requests")
    op.drop_index("ix_requests_closed_on", "requests")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("extended_on")
