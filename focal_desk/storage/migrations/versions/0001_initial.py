"""Initial schema: register, requesters, calendar, rule sets, audit, search index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NOW = sa.text("CURRENT_TIMESTAMP")


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _str(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable)


def _date(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _stamp(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(), nullable=False, server_default=NOW)


def _request_fk(table: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["request_id"], ["requests.id"], name=f"fk_{table}_request_id_requests", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        *(_str(c) for c in ("code", "name", "parent_body", "place_name", "symbol", "signer_name")),
        *(_str(c) for c in ("signer_title", "authority")),
        sa.Column("area_factor", sa.Float(), nullable=False),
        _str("province_code"),
        _date("valid_from"),
        _date("valid_to"),
        _stamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_agencies"),
    )
    op.create_table(
        "requesters",
        sa.Column("id", sa.Integer(), nullable=False),
        *(_str(c) for c in ("id_type", "id_number", "kind", "full_name", "address", "phone", "email")),
        *(_str(c) for c in ("fax", "nationality", "on_behalf_of_name", "on_behalf_of_id")),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_requesters"),
        sa.UniqueConstraint("id_type", "id_number", name="uq_requesters_id_type_id_number"),
    )
    op.create_index("ix_requesters_id_number", "requesters", ["id_number"])

    op.create_table(
        "requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("register_year", sa.Integer(), nullable=False),
        sa.Column("register_seq", sa.Integer(), nullable=False),
        _str("register_number"),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        *(_str(c) for c in ("requester_kind", "requester_name", "id_type", "id_number", "address")),
        *(_str(c) for c in ("phone", "email", "fax", "nationality", "on_behalf_of_name", "on_behalf_of_id")),
        _str("channel"),
        sa.Column("received_at", sa.DateTime(), nullable=False),  # naive Vietnam local time
        _date("received_on", nullable=False),
        _text("info_requested"),
        _text("info_key"),
        _text("purpose"),
        _str("provision_form"),
        sa.Column("copies", sa.Integer(), nullable=False),
        _str("delivery_address"),
        _str("delivery_email"),
        sa.Column("officer_assisted", sa.Boolean(), nullable=False),
        sa.Column("consent_attached", sa.Boolean(), nullable=False),
        _text("notes"),
        _str("status"),
        _date("valid_on"),
        _str("complexity", nullable=True),
        _text("complexity_reason"),
        _str("rule_set_code", nullable=True),
        *(
            _date(c)
            for c in ("notice_due", "provide_due", "extended_due", "max_extended_due", "effective_due")
        ),
        _text("explain"),  # JSON list of strings
        _text("extension_reason"),
        _date("notice_sent_on"),
        _date("printed_due"),
        _text("deadline_flag"),
        _text("supplement_note"),
        _date("closed_on"),
        _text("provision_method"),
        _str("refusal_ground", nullable=True),
        *(_text(c) for c in ("refusal_detail", "transferred_to", "withdrawal_reason")),
        sa.Column("repeat_count", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _stamp("created_at"),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_requests"),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name="fk_requests_agency_id_agencies"),
        sa.ForeignKeyConstraint(
            ["requester_id"], ["requesters.id"], name="fk_requests_requester_id_requesters"
        ),
        sa.UniqueConstraint(
            "agency_id",
            "register_year",
            "register_seq",
            name="uq_requests_agency_id_register_year_register_seq",
        ),
    )
    op.create_index(
        "ix_requests_agency_id_register_number", "requests", ["agency_id", "register_number"], unique=True
    )
    op.create_index("ix_requests_requester_id", "requests", ["requester_id"])
    op.create_index("ix_requests_received_at", "requests", ["received_at"])
    op.create_index("ix_requests_received_on", "requests", ["received_on"])
    op.create_index("ix_requests_status", "requests", ["status"])
    op.create_index("ix_requests_status_effective_due", "requests", ["status", "effective_due"])
    op.create_index("ix_requests_id_number_info_key", "requests", ["id_number", "info_key"])

    op.create_table(
        "request_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *(_str(c) for c in ("full_name", "id_type", "id_number")),
        _text("purpose"),
        sa.PrimaryKeyConstraint("id", name="pk_request_members"),
        _request_fk("request_members", ondelete="CASCADE"),
    )
    op.create_index("ix_request_members_request_id", "request_members", ["request_id"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        _str("kind"),
        _date("opened_on", nullable=False),
        _date("due", nullable=False),
        _text("reason"),
        _date("closed_on"),
        _text("result"),
        _text("explain"),  # JSON list of strings
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
        _request_fk("corrections"),
    )
    op.create_index("ix_corrections_request_id", "corrections", ["request_id"])

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        _str("at"),  # ISO-8601 with offset
        _str("actor"),
        _str("action"),
        _str("entity"),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        _text("changes"),  # JSON object
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_entity_entity_id", "audit_events", ["entity", "entity_id"])

    op.create_table(
        "register_counters",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agency_id", "year", name="pk_register_counters"),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name="fk_register_counters_agency_id_agencies"
        ),
    )

    op.create_table(
        "calendar_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        _date("day", nullable=False),
        _str("kind"),
        _text("reason"),
        _text("source"),
        sa.Column("layer", sa.Integer(), nullable=False),
        _stamp("added_at"),
        sa.PrimaryKeyConstraint("id", name="pk_calendar_entries"),
    )
    op.create_index("ix_calendar_entries_day", "calendar_entries", ["day"])

    op.create_table(
        "rule_sets",
        _str("code"),
        _str("name"),
        _date("valid_from", nullable=False),
        _text("source"),
        _text("body"),  # JSON: domain.rules.rule_set_to_dict
        _stamp("added_at"),
        sa.PrimaryKeyConstraint("code", name="pk_rule_sets"),
    )

    op.create_table(
        "settings",
        _str("key"),
        _text("value"),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        *(_str(c) for c in ("filename", "sha256", "stored_path")),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        _stamp("added_at"),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
        _request_fk("attachments"),
    )
    op.create_index("ix_attachments_request_id", "attachments", ["request_id"])

    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        _str("kind"),
        _str("number"),
        _date("issued_on", nullable=False),
        _date("printed_due"),
        _str("sha256", nullable=True),
        _str("path", nullable=True),
        _stamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_issued_documents"),
        _request_fk("issued_documents"),
    )
    op.create_index("ix_issued_documents_request_id", "issued_documents", ["request_id"])

    # Holds accent-folded copies (đ→d included), written by the request repository; rowid = requests.id.
    op.execute(
        "CREATE VIRTUAL TABLE request_fts USING fts5("
        "name, id_number, register_number, info, tokenize='unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS request_fts")
    for table in (
        "issued_documents",
        "attachments",
        "settings",
        "rule_sets",
        "calendar_entries",
        "register_counters",
        "audit_events",
        "corrections",
        "request_members",
        "requests",
        "requesters",
        "agencies",
    ):
        op.drop_table(table)
