"""Issued documents carry their form, template, number and cancellation; document numbers are counted per
agency, year and series; a request's costs (fee lines, payment deadline) and payments are recorded.

The old ``number`` column becomes ``number_text`` (empty → NULL: the time-limit notices recorded so far had
no number), unique per agency and year so that a number can never be given twice, even by a bug.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NOW = sa.text("CURRENT_TIMESTAMP")


def _request_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["request_id"], ["requests.id"], name=f"fk_{table}_request_id_requests")


def upgrade() -> None:
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("numbering_mode", sa.String(), nullable=False, server_default="series"))
        batch.add_column(sa.Column("series_scope", sa.String(), nullable=False, server_default="common"))

    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("agency_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("form", sa.String(), nullable=True))
        batch.add_column(sa.Column("template_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("template_version", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("year", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("number_text", sa.String(), nullable=True))
        batch.add_column(sa.Column("action_key", sa.String(), nullable=True))
        batch.add_column(sa.Column("officer", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("cancelled_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("cancelled_by", sa.String(), nullable=False, server_default=""))
    op.execute(
        "UPDATE issued_documents SET "
        "agency_id = (SELECT agency_id FROM requests WHERE requests.id = issued_documents.request_id), "
        "year = CAST(strftime('%Y', issued_on) AS INTEGER), "
        "number_text = NULLIF(number, '')"
    )
    with op.batch_alter_table("issued_documents") as batch:
        batch.alter_column("agency_id", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("year", existing_type=sa.Integer(), nullable=False)
        batch.drop_column("number")
        batch.create_foreign_key("fk_issued_documents_agency_id_agencies", "agencies", ["agency_id"], ["id"])
        batch.create_unique_constraint(
            "uq_issued_documents_agency_id_year_number_text", ["agency_id", "year", "number_text"]
        )
    # One live document per action: issuing the same paper again returns it instead of taking a number.
    op.create_index(
        "ix_issued_documents_live_action",
        "issued_documents",
        ["request_id", "action_key"],
        unique=True,
        sqlite_where=sa.text("cancelled_on IS NULL AND action_key IS NOT NULL"),
    )

    op.create_table(
        "document_counters",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agency_id", "year", "series", name="pk_document_counters"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name="fk_document_counters_agency_id_agencies"),
    )
    op.create_table(
        "fee_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("unit_rate", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_fee_lines"),
        _request_fk("fee_lines"),
        sa.UniqueConstraint("request_id", "position", name="uq_fee_lines_request_id_position"),
    )
    op.create_table(
        "fee_terms",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("payment_due", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("request_id", name="pk_fee_terms"),
        _request_fk("fee_terms"),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("receipt_number", sa.String(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=NOW),
        sa.PrimaryKeyConstraint("id", name="pk_payments"),
        _request_fk("payments"),
    )
    op.create_index("ix_payments_request_id", "payments", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_payments_request_id", "payments")
    for table in ("payments", "fee_terms", "fee_lines", "document_counters"):
        op.drop_table(table)
    op.drop_index("ix_issued_documents_live_action", "issued_documents")
    with op.batch_alter_table("issued_documents") as batch:
        batch.add_column(sa.Column("number", sa.String(), nullable=False, server_default=""))
    op.execute("UPDATE issued_documents SET number = COALESCE(number_text, '')")
    with op.batch_alter_table("issued_documents") as batch:
        batch.drop_constraint("uq_issued_documents_agency_id_year_number_text", type_="unique")
        batch.drop_constraint("fk_issued_documents_agency_id_agencies", type_="foreignkey")
        for column in ("agency_id", "form", "template_id", "template_version", "year", "seq", "number_text",
                       "action_key", "officer", "cancelled_on", "cancel_reason", "cancelled_by"):
            batch.drop_column(column)
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("series_scope")
        batch.drop_column("numbering_mode")
