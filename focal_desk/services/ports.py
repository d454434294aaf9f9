"""What the services need from storage, as Protocols. storage/ implements them without importing this."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from ..domain.agency import AgencyProfile
from ..domain.attachment import Attachment
from ..domain.audit import AuditEvent
from ..domain.calendar import CalendarEntry
from ..domain.catalogue import CatalogueEntry, CatalogueFile
from ..domain.complaints import Complaint
from ..domain.documents import (
    DocumentFacts,
    FeeLine,
    FormCode,
    IssuedDocument,
    RenderedDocument,
    TemplateInfo,
)
from ..domain.enums import Status
from ..domain.fees import FeeStatement, Payment
from ..domain.listing import RequestQuery, RequestSummary
from ..domain.log_book import LogBook, LogBookEntry
from ..domain.provision import (
    PackageFile,
    PackageMessage,
    Provision,
    ProvisionMethod,
    RedactedCopy,
    WrittenPackage,
)
from ..domain.redaction_area import RedactionArea
from ..domain.request import Correction, Request
from ..domain.requester import Requester
from ..domain.rules import RuleSet
from ..domain.signature import SignatureBox, SignatureCheck, SigningCredentials
from ..domain.statistics import Period, Statistics
from ..domain.sync import Enrollment, OutboxEntry, OutboxState, ProvinceRefused


class RequestRepository(Protocol):
    def next_register_seq(self, agency_id: int, year: int) -> int:
        """Take the next register number of that agency and year; a taken number is never given again."""
        ...

    def add(self, request: Request) -> Request:
        """Insert (request.id is ignored) with its requester and members; returns it with its id."""
        ...

    def get(self, request_id: int) -> Request: ...

    def find_by_register_number(self, agency_id: int, register_number: str) -> Request | None: ...

    def update(self, request: Request) -> Request:
        """Write every field; raises EnvironmentProblem if request.version is stale. Returns version+1."""
        ...

    def summaries(self, query: RequestQuery) -> list[RequestSummary]: ...

    def count(self, query: RequestQuery) -> int: ...

    def ids(self, query: RequestQuery) -> list[int]:
        """Every matching id, in the query's order (limit/offset ignored by callers that page)."""
        ...

    def summaries_by_ids(self, ids: Sequence[int]) -> list[RequestSummary]: ...

    def open_requests(self) -> list[Request]:
        """Requests whose status is open (deadlines may need recomputing)."""
        ...

    def count_earlier_provisions(self, id_number: str, info_key: str, before_id: int | None) -> int:
        """Requests by the same ID number, same folded info text, provided or partially provided."""
        ...

    def latest_requester(self, id_number: str) -> Requester | None:
        """Details last recorded for this ID number (to offer at intake)."""
        ...

    def add_correction(self, request_id: int, correction: Correction) -> Correction: ...

    def update_correction(self, request_id: int, correction: Correction) -> Correction: ...


class AuditRepository(Protocol):
    def add(self, event: AuditEvent) -> None: ...

    def for_entity(self, entity: str, entity_id: int) -> list[AuditEvent]: ...


class AgencyRepository(Protocol):
    def current(self) -> AgencyProfile | None: ...

    def save(self, profile: AgencyProfile) -> AgencyProfile: ...


class CalendarRepository(Protocol):
    def entries(self) -> list[CalendarEntry]: ...

    def replace_layer(self, layer: int, entries: Iterable[CalendarEntry], years: Sequence[int] | None = None) -> None:
        """Replace that layer's entries (only within ``years`` when given)."""
        ...

    def add(self, entry: CalendarEntry) -> CalendarEntry:
        """Replace that layer's entry for the day; the same entry again leaves the table unchanged."""
        ...

    def remove(self, day: date, layer: int) -> int: ...


class RuleSetRepository(Protocol):
    def all(self) -> list[RuleSet]: ...

    def save(self, rule_set: RuleSet) -> None: ...


class SettingsRepository(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


class IssuedDocumentRepository(Protocol):
    def add(self, request_id: int, kind: str, issued_on: date, printed_due: date | None, number: str) -> int:
        """A record without a file (a notice written outside the app)."""
        ...

    def insert(self, agency_id: int, document: IssuedDocument) -> IssuedDocument:
        """document.id is ignored; a number already given that year makes it fail (UNIQUE)."""
        ...

    def get(self, document_id: int) -> IssuedDocument: ...

    def for_request(self, request_id: int) -> list[IssuedDocument]: ...

    def live_for_action(self, request_id: int, action_key: str) -> IssuedDocument | None: ...

    def number_used(self, agency_id: int, year: int, number_text: str) -> bool:
        """Given that year (cancelled documents included: a number is never reused)."""
        ...

    def next_seq(self, agency_id: int, year: int, series: str) -> int:
        """Take the next number of that series; only inside a unit of work that writes."""
        ...

    def cancel(self, document_id: int, on: date, reason: str, by: str) -> IssuedDocument: ...

    def requests_lacking(self, form: FormCode, statuses: Sequence[Status]) -> list[int]:
        """Ids of the requests in these states that have no live document of this form, oldest first."""
        ...


class FeeRepository(Protocol):
    def set_lines(self, request_id: int, lines: Sequence[FeeLine], payment_due: date | None, set_on: date) -> None:
        """Replace the request's fee lines and payment deadline."""
        ...

    def add_payment(self, request_id: int, payment: Payment) -> Payment: ...

    def statement(self, request_id: int) -> FeeStatement: ...


class ComplaintRepository(Protocol):
    def add(self, complaint: Complaint) -> Complaint:
        """complaint.id is ignored; returns it with its id."""
        ...

    def get(self, complaint_id: int) -> Complaint: ...

    def set_result(self, complaint_id: int, result: str, on: date) -> Complaint: ...

    def for_request(self, request_id: int) -> list[Complaint]: ...


class StatisticsReader(Protocol):
    def compute(self, period: Period) -> Statistics:
        """Every figure of domain/statistics.py for the period, computed by aggregate queries."""
        ...

    def by_month(self, period: Period) -> list[Statistics]:
        """``compute`` of each calendar month the period touches, each month cut to the period."""
        ...

    def first_received(self) -> date | None: ...


class AttachmentRepository(Protocol):
    def add(self, attachment: Attachment) -> Attachment:
        """Record a file already copied into place (attachment.id is ignored); returns it with its id."""
        ...

    def for_request(self, request_id: int) -> list[Attachment]: ...

    def find_by_sha256(self, request_id: int, sha256: str) -> Attachment | None: ...


class LogBookRepository(Protocol):
    def count(self, start: date, end_exclusive: date) -> int:
        """Requests received in [start, end_exclusive)."""
        ...

    def page(
        self, start: date, end_exclusive: date, after: tuple[int, int] | None, limit: int
    ) -> list[LogBookEntry]:
        """Up to ``limit`` of them after register number ``after`` = (year, seq), in register order, each with
        its outcome and the documents issued for it."""
        ...


class OutboxRepository(Protocol):
    """The signed monthly summaries waiting for the province, and what became of each."""

    def add(self, entry: OutboxEntry) -> OutboxEntry: ...

    def get(self, entry_id: int) -> OutboxEntry: ...

    def latest(self, month: str) -> OutboxEntry | None:
        """The highest revision made for that month, whatever became of it."""
        ...

    def in_state(self, state: OutboxState) -> list[OutboxEntry]: ...

    def due(self, now: datetime | None) -> list[OutboxEntry]:
        """Queued packages whose turn has come at ``now`` (None: every queued one), oldest month first."""
        ...

    def count(self, state: OutboxState) -> int: ...

    def update(self, entry_id: int, **values: object) -> OutboxEntry: ...

    def supersede_queued(self, month: str, below_revision: int) -> int: ...

    def rule_sets_used(self, start: date, end: date) -> list[str]:
        """Codes of the rule sets the requests received in [start, end] were computed with."""
        ...


class CatalogueRepository(Protocol):
    def add(self, entry: CatalogueEntry) -> CatalogueEntry:
        """Insert (entry.id and files ignored) and index it; returns it as stored, with its id."""
        ...

    def update(self, entry: CatalogueEntry) -> CatalogueEntry: ...

    def get(self, entry_id: int) -> CatalogueEntry:
        """With its files, their text included; NotFound when there is no such entry."""
        ...

    def search(self, text: str | None, limit: int, offset: int = 0) -> list[CatalogueEntry]:
        """Every word of ``text`` (accent-insensitive prefixes) in the entry or its files' text, best first;
        no text: newest first. Files come without their text."""
        ...

    def count(self, text: str | None = None) -> int: ...

    def suggest(self, text: str, limit: int) -> list[CatalogueEntry]:
        """Entries sharing any notable word with ``text``, best first."""
        ...

    def public_entries(self) -> list[CatalogueEntry]: ...

    def reindex(self, entry_id: int) -> None: ...

    def add_file(self, file: CatalogueFile) -> CatalogueFile: ...

    def get_file(self, file_id: int) -> CatalogueFile: ...

    def find_file(self, entry_id: int, sha256: str) -> CatalogueFile | None: ...

    def count_files_with(self, sha256: str) -> int: ...

    def has_redacted_copies(self, file_id: int) -> bool:
        """A redacted copy was made from this file (it is then kept: the copy points to it)."""
        ...

    def set_file_text(self, file_id: int, text: str, source: str) -> CatalogueFile: ...

    def remove_file(self, file_id: int) -> CatalogueFile: ...

    def link(self, request_id: int, entry_id: int, at: datetime, by: str) -> bool:
        """False when already linked (nothing written)."""
        ...

    def unlink(self, request_id: int, entry_id: int) -> bool: ...

    def links_of(self, request_id: int) -> list[CatalogueEntry]: ...

    def requests_linked_to(self, entry_id: int) -> list[int]: ...


class DigitisedFacts(Protocol):
    """What digitise.facts.read_facts tells of a file (FileFacts)."""

    @property
    def media_type(self) -> str: ...

    @property
    def page_count(self) -> int: ...

    @property
    def page_texts(self) -> list[str]: ...


# digitise.facts.read_facts, handed in by the wiring: the services (and the UI above them) never import the
# PDF and image libraries. Raises digitise.errors.DigitiseError for a damaged file.
FactsReader = Callable[[Path], DigitisedFacts]


class RedactionRepository(Protocol):
    def add(self, copy: RedactedCopy) -> RedactedCopy:
        """copy.id is ignored; returns it as stored."""
        ...

    def get(self, copy_id: int) -> RedactedCopy: ...

    def for_request(self, request_id: int) -> list[RedactedCopy]: ...

    def of_file(self, file_id: int) -> list[RedactedCopy]: ...

    def count_with(self, sha256: str) -> int: ...


class ProvisionRepository(Protocol):
    def add(self, provision: Provision) -> Provision:
        """provision.id is ignored; returns it as stored."""
        ...

    def for_request(self, request_id: int) -> list[Provision]: ...

    def entries_provided_to(self, id_number: str, excluding_request_id: int) -> dict[int, int]:
        """Đ28.1.d: catalogue entry id -> how many other requests of this ID number were given its files."""
        ...


@dataclass(frozen=True)
class RedactionOutcome:
    """What digitise.redact wrote (RedactionResult)."""

    page_count: int
    sha256: str
    areas: tuple[RedactionArea, ...]


class FileTools(Protocol):
    """The digitise functions the catalogue's file service needs (page counts, thumbnails, OCR), handed in by
    the wiring so that pypdfium2, Pillow and Tesseract stay out of start-up."""

    def page_count(self, path: Path) -> int: ...

    def thumbnail_png(self, path: Path, index0: int, max_px: int) -> bytes: ...

    def ocr_unavailable_reason(self) -> str | None: ...

    def ocr_pages(
        self, path: Path, *, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
    ) -> list[str]: ...


class PageTools(Protocol):
    """The digitise functions the redaction service needs, handed in by the wiring (pypdfium2, Pillow and
    img2pdf are imported only when a page is shown or a copy made). Errors: DigitiseError, ValidationError."""

    def page_sizes(self, path: Path) -> list[tuple[float, float]]: ...

    def page_png(self, path: Path, index0: int, dpi: int) -> bytes: ...

    def find_phrase(self, path: Path, phrase: str, ground: str) -> list[RedactionArea]: ...

    def redact(
        self,
        source: Path,
        areas: Sequence[RedactionArea],
        out: Path,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> RedactionOutcome: ...


class PackageWriter(Protocol):
    """exports.provision_package, handed in by the wiring."""

    def check(self, method: ProvisionMethod, destination: Path) -> None:
        """ValidationError when the package could not be written there."""
        ...

    def write(
        self,
        method: ProvisionMethod,
        destination: Path,
        files: Sequence[PackageFile],
        *,
        when: datetime,
        title: str = "",
        message: PackageMessage | None = None,
    ) -> WrittenPackage: ...


class UnitOfWork(Protocol):
    requests: RequestRepository
    audit: AuditRepository
    agencies: AgencyRepository
    calendar: CalendarRepository
    rule_sets: RuleSetRepository
    settings: SettingsRepository
    documents: IssuedDocumentRepository
    attachments: AttachmentRepository
    fees: FeeRepository
    log_book: LogBookRepository
    complaints: ComplaintRepository
    statistics: StatisticsReader
    outbox: OutboxRepository
    catalogue: CatalogueRepository
    redactions: RedactionRepository
    provisions: ProvisionRepository

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(self, *exc: object) -> None:
        """Roll back whatever was not committed, close the session."""
        ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    """``factory()`` opens a unit of work that may write: it takes the write lock when it begins, so a
    second writer waits instead of failing. ``factory(read_only=True)`` is for queries: it never waits
    for a writer and cannot write. Never open one inside another that is open."""

    def __call__(self, read_only: bool = False) -> UnitOfWork: ...


class StartupReader(Protocol):
    """Plain, read-only queries for the first screen (no ORM to import before the window shows)."""

    def settings(self, keys: Sequence[str]) -> dict[str, str]: ...

    def agency_name(self) -> str | None: ...

    def calendar_entries(self) -> list[CalendarEntry]: ...

    def first_page(self, limit: int) -> tuple[list[RequestSummary], int, datetime | None]:
        """The newest ``limit`` requests (received_at DESC, id DESC), the register's size, the oldest date."""
        ...


class StatisticsReportRenderer(Protocol):
    """Prints the Báo cáo of a period (focal_desk.documents.report implements it)."""

    def render_report(
        self, agency: AgencyProfile, statistics: Statistics, months: Sequence[Statistics], issued_on: date,
        difficulties: str, recommendations: str,
    ) -> bytes: ...


class DocumentRenderer(Protocol):
    """Turns a form and its facts into a PDF (focal_desk.documents implements it; services never import it)."""

    def info(self, form: FormCode) -> TemplateInfo: ...

    def render(self, facts: DocumentFacts) -> RenderedDocument:
        """Raises ValidationError naming the field when a required fact is missing."""
        ...


class DocumentSigner(Protocol):
    """Signs an issued PDF digitally and checks a signed one (focal_desk.documents.signing implements it)."""

    def sign(self, pdf: bytes, box: SignatureBox | None, credentials: SigningCredentials, when: datetime) -> bytes:
        """The signed PDF (the rendered bytes unchanged, the signature appended). Raises ValidationError naming
        "certificate" or "password" when the file cannot sign (wrong password, not PKCS#12, expired)."""
        ...

    def verify(self, pdf: bytes) -> SignatureCheck: ...


class LogBookWriter(Protocol):
    """Writes a log book in one format (focal_desk.exports implements it; services never import it)."""

    extension: str  # "pdf", "xlsx", "csv"

    def write(
        self, book: LogBook, target: Path, progress: Callable[[int, int], None], cancel: Callable[[], bool]
    ) -> None:
        """Write ``target`` (a temporary file the service renames once complete); ``progress(done, total)``
        as it goes; raises ExportCancelled as soon as ``cancel()`` is true."""
        ...


class OfficeKey(Protocol):
    """The office's Ed25519 key (focal_desk.sync.keys keeps it in a file of the data folder)."""

    def sign(self, package: dict) -> dict:
        """The package with its ``signature`` (focal_desk.sync.package.sign)."""
        ...

    def public_key_text(self) -> str:
        """The raw public key, base64 (what enrollment sends)."""
        ...

    def key_id(self) -> str: ...


class ProvinceTransport(Protocol):
    """The province server's API v1 (focal_desk.sync.client implements it with httpx). Raises
    ProvinceUnreachable (no answer, cut, timeout, 5xx) or ProvinceRefused (4xx with the reason)."""

    def enroll(self, server_url: str, office_code: str, enrollment_code: str, public_key: str) -> Enrollment: ...

    def submit(self, server_url: str, package: bytes) -> str:
        """The province's status for a 200: "accepted", "duplicate" or "stale"."""
        ...

    def submit_batch(self, server_url: str, packages: list[bytes]) -> list[str | ProvinceRefused]:
        """Several packages in one request, each answered on its own: its status as submit() gives it, or
        ProvinceRefused with that package's reason. ProvinceRefused raised: the batch itself was refused
        (a province without the batch endpoint answers 404)."""
        ...

    def announcements(self, server_url: str, after: int) -> list[dict]:
        """The province's signed announcements with an id above ``after``, oldest first (not yet verified)."""
        ...
