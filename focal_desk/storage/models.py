"""Typed table mirrors of the migrations. The schema itself is made by migrations, never by create_all()."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..domain.clock import VN_TZ

# Named constraints so later migrations (SQLite batch mode) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NOW = text("CURRENT_TIMESTAMP")  # technical timestamps: naive UTC set by SQLite, no clock in storage


def json_default(value: Any) -> Any:
    """JSON for the values services put in explanations and audit changes."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=json_default)


class VnLocalDateTime(TypeDecorator[datetime]):
    """Aware datetime stored as naive Vietnam local time (sorts and filters like the officer reads it)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value  # naive means Vietnam time already, as FixedClock assumes
        return value.astimezone(VN_TZ).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=VN_TZ)


class UtcDateTime(TypeDecorator[datetime]):
    """Naive UTC in the file (what CURRENT_TIMESTAMP writes); aware Vietnam time in Python."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        aware = value if value.tzinfo else value.replace(tzinfo=VN_TZ)
        return aware.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC).astimezone(VN_TZ)


class IsoDateTime(TypeDecorator[datetime]):
    """ISO-8601 text keeping the offset, so an aware datetime comes back exactly as it went in."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class JsonText(TypeDecorator[Any]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else dump_json(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(row_class: type[Base]) -> Table:
    """The Core table behind a *Row class. DeclarativeBase types ``__table__`` as any FromClause; the
    repositories insert, update and delete through it, which only a Table allows."""
    table = row_class.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{row_class.__name__} is not mapped to a single table")
    return table


class AgencyRow(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    parent_body: Mapped[str] = mapped_column(String)
    place_name: Mapped[str] = mapped_column(String)
    symbol: Mapped[str] = mapped_column(String)
    signer_name: Mapped[str] = mapped_column(String)
    signer_title: Mapped[str] = mapped_column(String)
    authority: Mapped[str] = mapped_column(String)
    area_factor: Mapped[float] = mapped_column(Float)
    province_code: Mapped[str] = mapped_column(String)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    numbering_mode: Mapped[str] = mapped_column(String, server_default="series")
    series_scope: Mapped[str] = mapped_column(String, server_default="common")


class RequesterRow(Base):
    __tablename__ = "requesters"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        Index("ix_requesters_id_number", "id_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_type: Mapped[str] = mapped_column(String)
    id_number: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    full_name: Mapped[str] = mapped_column(String)
    address: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    email: Mapped[str] = mapped_column(String)
    fax: Mapped[str] = mapped_column(String)
    nationality: Mapped[str] = mapped_column(String)
    on_behalf_of_name: Mapped[str] = mapped_column(String)
    on_behalf_of_id: Mapped[str] = mapped_column(String)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


class RequestRow(Base):
    __tablename__ = "requests"
    __table_args__ = (
        UniqueConstraint("agency_id", "register_year", "register_seq"),
        Index("ix_requests_agency_id_register_number", "agency_id", "register_number", unique=True),
        Index("ix_requests_requester_id", "requester_id"),
        Index("ix_requests_received_at", "received_at"),
        Index("ix_requests_received_on", "received_on"),
        Index("ix_requests_status", "status"),
        Index("ix_requests_status_effective_due", "status", "effective_due"),
        Index("ix_requests_id_number_info_key", "id_number", "info_key"),
        Index("ix_requests_rule_set_code_valid_on", "rule_set_code", "valid_on"),
        Index("ix_requests_closed_on", "closed_on"),
        Index("ix_requests_valid_on", "valid_on"),
        Index("ix_requests_extended_on", "extended_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    register_year: Mapped[int] = mapped_column(Integer)
    register_seq: Mapped[int] = mapped_column(Integer)
    register_number: Mapped[str] = mapped_column(String)
    requester_id: Mapped[int] = mapped_column(ForeignKey("requesters.id"))
    # The requester as at intake; the requesters table holds the latest details instead.
    requester_kind: Mapped[str] = mapped_column(String)
    requester_name: Mapped[str] = mapped_column(String)
    id_type: Mapped[str] = mapped_column(String)
    id_number: Mapped[str] = mapped_column(String)
    address: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    email: Mapped[str] = mapped_column(String)
    fax: Mapped[str] = mapped_column(String)
    nationality: Mapped[str] = mapped_column(String)
    on_behalf_of_name: Mapped[str] = mapped_column(String)
    on_behalf_of_id: Mapped[str] = mapped_column(String)
    channel: Mapped[str] = mapped_column(String)
    received_at: Mapped[datetime] = mapped_column(VnLocalDateTime)
    received_on: Mapped[date] = mapped_column(Date)
    info_requested: Mapped[str] = mapped_column(Text)
    info_key: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text)
    provision_form: Mapped[str] = mapped_column(String)
    copies: Mapped[int] = mapped_column(Integer)
    delivery_address: Mapped[str] = mapped_column(String)
    delivery_email: Mapped[str] = mapped_column(String)
    officer_assisted: Mapped[bool] = mapped_column(Boolean)
    consent_attached: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String)
    valid_on: Mapped[date | None] = mapped_column(Date)
    complexity: Mapped[str | None] = mapped_column(String)
    complexity_reason: Mapped[str] = mapped_column(Text)
    rule_set_code: Mapped[str | None] = mapped_column(String)
    notice_due: Mapped[date | None] = mapped_column(Date)
    provide_due: Mapped[date | None] = mapped_column(Date)
    extended_due: Mapped[date | None] = mapped_column(Date)
    max_extended_due: Mapped[date | None] = mapped_column(Date)
    # The date that counts now: Request.due_now / RequestSummary.due_now (see domain/request.py). The
    # column keeps the name it had before that naming: renaming it would rebuild the register's largest
    # table, and the start-up reader (quick_read.py) selects it by this name.
    effective_due: Mapped[date | None] = mapped_column(Date)
    explain: Mapped[list[str]] = mapped_column(JsonText)
    extension_reason: Mapped[str] = mapped_column(Text)
    extended_on: Mapped[date | None] = mapped_column(Date)  # the day the extension was granted
    notice_sent_on: Mapped[date | None] = mapped_column(Date)
    printed_due: Mapped[date | None] = mapped_column(Date)
    deadline_flag: Mapped[str] = mapped_column(Text)
    supplement_note: Mapped[str] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    provision_method: Mapped[str] = mapped_column(Text)
    refusal_ground: Mapped[str | None] = mapped_column(String)
    refusal_detail: Mapped[str] = mapped_column(Text)
    transferred_to: Mapped[str] = mapped_column(Text)
    withdrawal_reason: Mapped[str] = mapped_column(Text)
    repeat_count: Mapped[int] = mapped_column(Integer)
    earlier_provisions_note: Mapped[str] = mapped_column(Text, server_default="")
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


class RequestMemberRow(Base):
    __tablename__ = "request_members"
    __table_args__ = (Index("ix_request_members_request_id", "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    full_name: Mapped[str] = mapped_column(String)
    id_type: Mapped[str] = mapped_column(String)
    id_number: Mapped[str] = mapped_column(String)
    purpose: Mapped[str] = mapped_column(Text)


class CorrectionRow(Base):
    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_request_id", "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    kind: Mapped[str] = mapped_column(String)
    opened_on: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    prior_status: Mapped[str] = mapped_column(String)  # where closing returns the request
    closed_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text)
    explain: Mapped[list[str]] = mapped_column(JsonText)


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(IsoDateTime)
    actor: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    entity: Mapped[str] = mapped_column(String)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JsonText)


class RegisterCounterRow(Base):
    __tablename__ = "register_counters"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class CalendarEntryRow(Base):
    __tablename__ = "calendar_entries"
    __table_args__ = (Index("ix_calendar_entries_day", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    layer: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


class RuleSetRow(Base):
    __tablename__ = "rule_sets"

    code: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    valid_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text)
    body: Mapped[dict[str, Any]] = mapped_column(JsonText)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AttachmentRow(Base):
    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_request_id", "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    filename: Mapped[str] = mapped_column(String)
    sha256: Mapped[str] = mapped_column(String)
    stored_path: Mapped[str] = mapped_column(String)
    size_bytes: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


class IssuedDocumentRow(Base):
    __tablename__ = "issued_documents"
    __table_args__ = (
        Index("ix_issued_documents_request_id", "request_id"),
        UniqueConstraint("agency_id", "year", "number_text"),  # a number is never given twice
        Index(
            "ix_issued_documents_live_action",
            "request_id",
            "action_key",
            unique=True,
            sqlite_where=text("cancelled_on IS NULL AND action_key IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    kind: Mapped[str] = mapped_column(String)
    issued_on: Mapped[date] = mapped_column(Date)
    printed_due: Mapped[date | None] = mapped_column(Date)
    sha256: Mapped[str | None] = mapped_column(String)
    path: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    form: Mapped[str | None] = mapped_column(String)
    template_id: Mapped[str | None] = mapped_column(String)
    template_version: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    number_text: Mapped[str | None] = mapped_column(String)
    action_key: Mapped[str | None] = mapped_column(String)
    officer: Mapped[str] = mapped_column(String, server_default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(Text, server_default="")
    cancelled_by: Mapped[str] = mapped_column(String, server_default="")


class DocumentCounterRow(Base):
    """The last number given in each series (agency, year, series key: "*" common or the type)."""

    __tablename__ = "document_counters"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    series: Mapped[str] = mapped_column(String, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class FeeLineRow(Base):
    __tablename__ = "fee_lines"
    __table_args__ = (UniqueConstraint("request_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String)
    label: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String)
    unit_rate: Mapped[int] = mapped_column(Integer)


class FeeTermsRow(Base):
    __tablename__ = "fee_terms"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    set_on: Mapped[date] = mapped_column(Date)
    payment_due: Mapped[date | None] = mapped_column(Date)


class PaymentRow(Base):
    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_request_id", "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    paid_on: Mapped[date] = mapped_column(Date)
    receipt_number: Mapped[str] = mapped_column(String)
    amount: Mapped[int] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


class ComplaintRow(Base):
    """A complaint (khiếu nại) or lawsuit (khởi kiện) about how a request was handled."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_request_id", "request_id"),
        Index("ix_complaints_filed_on", "filed_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    kind: Mapped[str] = mapped_column(String)
    filed_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text, server_default="")
    result_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


# The FTS5 table is created by the migration (virtual tables have no Mapped mirror); see search.py.
FTS_TABLE = "request_fts"


def autogenerate_include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic filter: the FTS5 virtual and shadow tables are made by hand, never compared."""
    return not (
        type_ == "table" and name is not None and name.startswith((FTS_TABLE, "catalogue_fts"))
    )


class SyncOutboxRow(Base):
    """A signed monthly summary for the province and what became of it (domain/sync.py)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        UniqueConstraint("month", "revision"),
        Index("ix_sync_outbox_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String)
    revision: Mapped[int] = mapped_column(Integer)
    package: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String)
    content_digest: Mapped[str] = mapped_column(String)
    state: Mapped[str] = mapped_column(String)
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_try_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, server_default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    answer: Mapped[str] = mapped_column(String, server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)


# --- the office's catalogue of information (issue 11; migration 0007) ------------------------------------
CATALOGUE_FTS_TABLE = "catalogue_fts"  # FTS5 over folded text, rowid = catalogue_entries.id; see catalogue_search.py


class CatalogueEntryRow(Base):
    __tablename__ = "catalogue_entries"
    __table_args__ = (Index("ix_catalogue_entries_issued_on", "issued_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    number: Mapped[str] = mapped_column(String, server_default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuing_body: Mapped[str] = mapped_column(String, server_default="")
    kind: Mapped[str] = mapped_column(String)
    access: Mapped[str] = mapped_column(String)
    pub_where: Mapped[str] = mapped_column(String, server_default="")
    pub_start: Mapped[date | None] = mapped_column(Date)
    pub_end: Mapped[date | None] = mapped_column(Date)
    published: Mapped[bool] = mapped_column(Boolean, server_default="0")
    consent_of: Mapped[str] = mapped_column(String, server_default="")
    conditional_ground: Mapped[str] = mapped_column(String, server_default="")
    secret_point: Mapped[str] = mapped_column(String, server_default="")
    keywords: Mapped[str] = mapped_column(Text, server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    created_by: Mapped[str] = mapped_column(String, server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String, server_default="")


class CatalogueFileRow(Base):
    __tablename__ = "catalogue_files"
    __table_args__ = (
        UniqueConstraint("entry_id", "sha256"),
        Index("ix_catalogue_files_sha256", "sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("catalogue_entries.id"))
    filename: Mapped[str] = mapped_column(String)
    sha256: Mapped[str] = mapped_column(String)
    stored_path: Mapped[str] = mapped_column(String)
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String)
    page_count: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, server_default="")
    text_source: Mapped[str] = mapped_column(String, server_default="none")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    added_by: Mapped[str] = mapped_column(String, server_default="")


class RequestCatalogueLinkRow(Base):
    __tablename__ = "request_catalogue_links"
    __table_args__ = (Index("ix_request_catalogue_links_entry_id", "entry_id"),)

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("catalogue_entries.id"), primary_key=True)
    linked_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    linked_by: Mapped[str] = mapped_column(String, server_default="")


class RedactedCopyRow(Base):
    __tablename__ = "redacted_copies"
    __table_args__ = (Index("ix_redacted_copies_file_id", "file_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("catalogue_files.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    sha256: Mapped[str] = mapped_column(String)
    stored_path: Mapped[str] = mapped_column(String)
    page_count: Mapped[int] = mapped_column(Integer)
    areas_json: Mapped[list[Any]] = mapped_column(JsonText)  # [{page, x0, y0, x1, y1, ground}]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    created_by: Mapped[str] = mapped_column(String, server_default="")


class ProvisionRow(Base):
    __tablename__ = "provisions"
    __table_args__ = (Index("ix_provisions_request_id", "request_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    method: Mapped[str] = mapped_column(String)  # 'print' | 'email' | 'folder' | 'zip'
    destination: Mapped[str] = mapped_column(Text, server_default="")
    page_count: Mapped[int] = mapped_column(Integer, server_default="0")
    letter_document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_documents.id"))
    files_json: Mapped[list[Any]] = mapped_column(JsonText)  # [{name, sha256, source, ref_id}]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=NOW)
    created_by: Mapped[str] = mapped_column(String, server_default="")
