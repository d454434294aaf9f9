"""Everything the desktop UI may call, handed to it as one object by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..domain.clock import Clock
from .agency_service import AgencyService
from .attachments import AttachmentService
from .calendar_service import CalendarService
from .catalogue import CatalogueService
from .catalogue_files import CatalogueFilesService
from .catalogue_folder import CatalogueFolderService
from .complaints import ComplaintService
from .documents import DocumentService
from .fees import FeeService
from .officer import OfficerService
from .provision import ProvisionService
from .quick_start import QuickStart
from .redaction import RedactionService
from .requests import RequestService
from .rulebook import RuleBook
from .safety import SafetyService
from .statistics import StatisticsService
from .todo import TodoService

if TYPE_CHECKING:  # imported by the first export, not at start-up
    from .catalogue_transfer import CatalogueTransfer
    from .log_book import LogBookService
    from .sync import SyncService

# seed_demo(n, seed, progress, cancel) -> result with .created — a job (runs off the GUI thread)
DemoSeeder = Callable[[int, int, Callable[[int, int], None], Callable[[], bool]], Any]


@dataclass(frozen=True)
class Desk:
    requests: RequestService
    calendar: CalendarService
    rulebook: RuleBook
    agency: AgencyService
    todo: TodoService
    clock: Clock
    data_location: str  # shown in the status bar
    log_path: str  # shown in the crash dialog
    settings_path: str  # window state (QSettings INI) lives beside the data
    seed_demo: DemoSeeder
    attachments: AttachmentService
    quick: QuickStart  # the first screen's reads, without the ORM
    safety: SafetyService  # health check, backups, restore
    officer: OfficerService  # who is at the desk (shown in the status bar, switched from the menu)
    documents: DocumentService  # issue, preview, cancel, reopen the papers a request calls for
    fees: FeeService  # a request's actual costs and payments (Mẫu 03)
    statistics: StatisticsService  # the figures of a period and the requests behind each
    complaints: ComplaintService  # complaints and lawsuits recorded on a request
    make_log_book: Callable[[], LogBookService]  # imports the writers (reportlab, openpyxl): called on first export
    make_sync: Callable[[], SyncService] | None = None  # imports cryptography and httpx: called by the first sync job
    catalogue: CatalogueService | None = None  # the office's catalogue of information and its files (issue 11)
    redaction: RedactionService | None = None  # redacted copies of catalogue files (issue 11)
    provision: ProvisionService | None = None  # provision packages: .eml, folder, ZIP, printed (issue 11)
    make_catalogue_transfer: Callable[[], CatalogueTransfer] | None = None  # imports openpyxl/reportlab: on first use
    catalogue_files: CatalogueFilesService | None = None  # thumbnails and OCR of the catalogue's files
    catalogue_folder: CatalogueFolderService | None = None  # a folder of scans added at once

    @cached_property
    def log_book(self) -> LogBookService:
        """The log-book export, made on first use (inside the export's job, off the GUI thread)."""
        return self.make_log_book()

    @cached_property
    def catalogue_transfer(self) -> CatalogueTransfer | None:
        """Catalogue export (portal files, printed list) and Excel import, made on first use (inside the job)."""
        return self.make_catalogue_transfer() if self.make_catalogue_transfer is not None else None

    @cached_property
    def sync(self) -> SyncService | None:
        """Summaries for the province, made on first use (inside the sync job); None when not wired."""
        return self.make_sync() if self.make_sync is not None else None
