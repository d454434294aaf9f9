"""Migrate, then build the concrete objects and hand them down. No globals."""

from __future__ import annotations

import getpass
import json
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import bundled
from ..domain.calendar import Layer
from ..domain.clock import Clock, SystemClock
from ..domain.documents import DocumentFacts, FormCode, RenderedDocument, TemplateInfo
from ..domain.errors import EnvironmentProblem, NoRegister
from ..domain.fees import parse_rate_sets
from ..domain.notices import parse_notices
from ..services.agency_service import AgencyService
from ..services.attachments import AttachmentService
from ..services.calendar_service import BASE_KEY, CalendarService
from ..services.calendar_service import BUNDLED_DIGEST_KEY as CALENDAR_DIGEST_KEY
from ..services.catalogue import CatalogueService
from ..services.catalogue_files import CatalogueFilesService
from ..services.catalogue_folder import CatalogueFolderService
from ..services.catalogue_transfer import CatalogueTransfer
from ..services.complaints import ComplaintService
from ..services.desk import Desk
from ..services.documents import DocumentService
from ..services.fees import FeeService
from ..services.log_book import LogBookService
from ..services.officer import SETTINGS_KEYS as OFFICER_KEYS
from ..services.officer import Officer, OfficerService, clean_officer_name, officer_from_settings
from ..services.ports import DocumentRenderer, DocumentSigner, ProvinceTransport, UnitOfWorkFactory
from ..services.provision import ProvisionService
from ..services.quick_start import QuickStart
from ..services.redaction import RedactionService
from ..services.requests import RequestService
from ..services.rulebook import BUNDLED_DIGEST_KEY as RULES_DIGEST_KEY
from ..services.rulebook import RuleBook
from ..services.safety import SafetyService
from ..services.statistics import StatisticsService
from ..services.todo import TodoService
from ..storage.file_lock import HeldLock
from ..storage.lazy import LazyDatabase
from ..storage.manifest import adopt, database_state, manifest_path, read_manifest, verify
from ..storage.migrate import upgrade_database
from ..storage.quick_read import QuickReader
from ..storage.restore import app_lock_path
from ..storage.safety import SqliteRegisterSafety
from ..storage.schema_version import HEAD_REVISION, current_revision, has_content
from ..storage.sqlite_errors import database_problem
from ..storage.write_guard import WriteGuard
from .logs import close_logging, setup_logging, setup_stderr_logging
from .page_tools import DigitisePageTools, ProvisionPackageWriter
from .paths import Paths

if TYPE_CHECKING:
    from ..services.sync import SyncService  # cryptography only for those who sync

log = logging.getLogger("focal_desk.app")

OFFICER_ENV = "FOCAL_DESK_OFFICER"  # the officer's name for one run, like --officer


@dataclass
class Container:
    paths: Paths
    clock: Clock
    uow_factory: UnitOfWorkFactory
    rulebook: RuleBook
    calendar: CalendarService
    requests: RequestService
    database: LazyDatabase
    log_handler: logging.Handler
    officer: Officer
    safety: SafetyService
    app_lock: HeldLock | None = None

    @property
    def engine(self):
        return self.database.engine

    def desk(self) -> Desk:
        """The services the desktop UI gets (it never sees storage or the app)."""

        def seed(n, seed_value, progress, cancel):
            from ..demo.seed import seed_demo  # Faker is imported only when someone asks for demo data

            return seed_demo(self.uow_factory, self.calendar, self.rulebook, self.clock, n, seed_value,
                             progress=progress, cancel=cancel)

        catalogue = self.catalogue()
        catalogue_files = CatalogueFilesService(catalogue, DigitisePageTools())
        documents = self.documents(LazyFormRenderer())
        return Desk(
            requests=self.requests,
            calendar=self.calendar,
            rulebook=self.rulebook,
            agency=AgencyService(self.uow_factory),
            todo=TodoService(self.uow_factory, self.calendar, self.clock),
            clock=self.clock,
            data_location=str(self.paths.database),
            log_path=str(self.paths.logs / "focal_desk.log"),
            settings_path=str(self.paths.data_dir / "window.ini"),
            seed_demo=seed,
            attachments=AttachmentService(self.uow_factory, self.paths.attachments, self.clock),
            quick=QuickStart(QuickReader(self.paths.database, immutable=self.database.read_only_folder), self.clock),
            safety=self.safety,
            officer=OfficerService(self.uow_factory, self.officer, self.clock),
            documents=documents,
            fees=self.fees(),
            statistics=self.statistics(),
            complaints=self.complaints(),
            make_log_book=self.log_book,
            make_sync=self.sync,
            catalogue=catalogue,
            catalogue_files=catalogue_files,
            catalogue_folder=CatalogueFolderService(catalogue, catalogue_files),
            redaction=self.redaction(),
            provision=self.provision(documents=documents),
            make_catalogue_transfer=self.catalogue_transfer,
        )

    def catalogue(self) -> CatalogueService:
        """The catalogue of information; its files under <data dir>/catalogue, beside the attachments."""
        return CatalogueService(self.uow_factory, self.paths.catalogue, self.clock, _read_facts)

    def catalogue_folder(self) -> CatalogueFolderService:
        """A folder of scans added to the catalogue at once (OCR through the digitise tools)."""
        catalogue = self.catalogue()
        return CatalogueFolderService(catalogue, CatalogueFilesService(catalogue, DigitisePageTools()))

    def redaction(self) -> RedactionService:
        """Redacted copies of catalogue files, stored beside them by SHA-256."""
        return RedactionService(
            self.uow_factory, self.catalogue(), self.paths.catalogue, self.clock, DigitisePageTools()
        )

    def provision(
        self, renderer: DocumentRenderer | None = None, documents: DocumentService | None = None
    ) -> ProvisionService:
        """Provision packages (.eml, folder, ZIP, printed), the covering letter issued by ``documents``."""
        documents = documents or self.documents(renderer or LazyFormRenderer())
        return ProvisionService(
            self.uow_factory, self.catalogue(), self.redaction(), documents, ProvisionPackageWriter(), self.clock
        )

    def catalogue_transfer(self) -> CatalogueTransfer:
        """The catalogue to and from files (portal XLSX/CSV/HTML, printed list; Excel import)."""
        from ..exports.catalogue_import import read_catalogue_xlsx  # openpyxl and reportlab on first use
        from ..exports.catalogue_writers import CATALOGUE_WRITERS

        return CatalogueTransfer(self.uow_factory, self.catalogue(), AgencyService(self.uow_factory), self.clock,
                                 CATALOGUE_WRITERS, read_catalogue_xlsx)

    def statistics(self) -> StatisticsService:
        return StatisticsService(self.uow_factory, self.clock, _LazyReportRenderer())

    def sync(self, transport: ProvinceTransport | None = None) -> SyncService:
        """Summaries for the province: the key file and the push lock in <data dir>/sync, httpx imported only
        by those who sync."""
        from .. import __version__
        from ..services.sync import SyncService
        from ..storage.file_lock import locked
        from ..sync.keys import FileOfficeKey

        if transport is None:
            from ..sync.client import HttpProvince

            transport = HttpProvince()
        folder = self.paths.sync

        def lock():
            folder.mkdir(parents=True, exist_ok=True)
            return locked(folder / "push.lock", wait=False)

        return SyncService(self.uow_factory, self.clock, FileOfficeKey(folder), transport, lock, __version__,
                           calendar=self.calendar)

    def complaints(self) -> ComplaintService:
        return ComplaintService(self.uow_factory, self.clock, self.officer)

    def fees(self) -> FeeService:
        """Actual costs and payments (TT 46/2018), with the shipped dated rates."""
        return FeeService(self.uow_factory, parse_rate_sets(bundled.fee_rate_data()), self.clock, self.officer)

    def documents(self, renderer: DocumentRenderer, signer: DocumentSigner | None = None) -> DocumentService:
        """Issue, preview, cancel and reopen documents, written under <data dir>/documents; signed digitally
        with pyHanko unless another signer is given (pyHanko itself is imported only when signing or checking)."""
        if signer is None:
            from ..documents.signing import PadesSigner

            signer = PadesSigner()
        return DocumentService(self.uow_factory, renderer, self.paths.documents, self.clock, self.officer, signer)

    def log_book(self) -> LogBookService:
        """Export the log book of a period (PDF, XLSX, CSV; full or public), audited."""
        from ..exports.writers import log_book_writers  # reportlab and openpyxl only for those who export

        return LogBookService(self.uow_factory, log_book_writers(), self.clock, self.officer)

    def close(self) -> None:
        self.database.dispose()
        if self.app_lock is not None:
            self.app_lock.release()
        close_logging(self.log_handler)


class LazyFormRenderer:
    """The real FormRenderer (forms/ loaded and checked), built on first use: the window opens without
    parsing the templates, and the UI never imports focal_desk.documents."""

    def __init__(self):
        self._renderer: DocumentRenderer | None = None
        self._lock = threading.Lock()  # the first preview and the first issue may run in two jobs at once

    def _get(self) -> DocumentRenderer:
        with self._lock:
            if self._renderer is None:
                from ..documents.renderer import FormRenderer

                self._renderer = FormRenderer()
            return self._renderer

    def info(self, form: FormCode) -> TemplateInfo:
        return self._get().info(form)

    def render(self, facts: DocumentFacts) -> RenderedDocument:
        return self._get().render(facts)
class _LazyReportRenderer:
    """The report renderer, reportlab imported on the first report (never at start-up)."""

    def render_report(self, *args, **kwargs) -> bytes:
        from ..documents.report import ReportRenderer

        return ReportRenderer().render_report(*args, **kwargs)


def _read_facts(path):
    from ..digitise.facts import read_facts  # pypdfium2 and Pillow only when a file is added

    return read_facts(path)


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return "officer"


def open_app(paths: Paths, clock: Clock | None = None, officer: str | None = None, *,
             check_file: bool = True, create: bool = True) -> Container:
    """Check, back up, migrate, then wire. ``officer``: the officer's name for this run only (--officer);
    else FOCAL_DESK_OFFICER; else the name stored by the last switch. ``check_file`` runs
    ``PRAGMA quick_check`` and the day's backup here (the command line); the GUI passes False and runs them
    in a job once the window shows. ``create=False`` (commands that only read) refuses a folder that holds
    no register with NoRegister instead of creating one there."""
    if not create and not has_register(paths):
        raise NoRegister(str(paths.data_dir))
    if officer is None:
        officer = os.environ.get(OFFICER_ENV) or None
    if officer is not None:
        clean_officer_name(officer)  # a bad --officer is refused before anything is opened or written
    writable = paths.writable()
    log_handler = setup_logging(paths.logs) if writable else setup_stderr_logging()
    guard = WriteGuard()
    if not writable:
        guard.stop(EnvironmentProblem(
            f"Thư mục dữ liệu {paths.data_dir} chỉ cho phép đọc (thẻ nhớ bị khóa ghi hoặc máy không cho ghi): "
            "có thể xem sổ theo dõi nhưng không ghi được."))
    database = LazyDatabase(paths.database, read_only_folder=not writable, guard=guard)
    app_lock = HeldLock(app_lock_path(paths.database)) if writable else None
    try:
        clock = clock or SystemClock()
        _check_register(paths, guard, immutable=not writable)
        safety = SqliteRegisterSafety(paths.database, paths.backups, guard, read_only_folder=not writable)
        if check_file:
            SafetyService(safety, clock).start_checks()
        if guard.reason is None:
            result = upgrade_database(paths.database, paths.backups, clock.now())
            if result.from_revision != result.to_revision:
                log.info("database migrated %s -> %s, backup %s", result.from_revision, result.to_revision,
                         result.backup_path)
            adopt(paths.database, manifest_path(paths.database), database_state(paths.database))
        elif current_revision(paths.database, immutable=not writable) != HEAD_REVISION:
            raise guard.reason  # cannot even be read by this version without writing to it
        return _wire(paths, clock, officer, database, log_handler, SafetyService(safety, clock), app_lock)
    except BaseException:
        database.dispose()
        if app_lock is not None:
            app_lock.release()
        close_logging(log_handler)
        raise


def has_register(paths: Paths) -> bool:
    """A database with content, or a manifest saying one existed (then a missing file is reported as such)."""
    return has_content(paths.database) or manifest_path(paths.database).exists()


def _check_register(paths: Paths, guard: WriteGuard, *, immutable: bool) -> None:
    """The database must be the register the manifest describes (read the manifest first: a commit in
    another process writes the database, then the manifest). A missing or emptied register cannot be
    opened at all; one replaced or behind is opened for reading only."""
    manifest = read_manifest(manifest_path(paths.database))
    try:
        state = database_state(paths.database, immutable=immutable)
    except sqlite3.Error as exc:
        problem = database_problem(exc)
        if problem is None:
            raise
        guard.stop(problem)
        raise problem from exc
    problem = verify(paths.database, manifest, state)
    if problem is None:
        return
    log.error("register refused for writing: %s", problem)
    guard.stop(problem)
    if problem.kind == "missing":
        raise problem


def _wire(paths: Paths, clock: Clock, officer_name: str | None, database: LazyDatabase, log_handler,
          safety: SafetyService, app_lock: HeldLock | None) -> Container:
    """Build the services, then apply the data shipped with this version — only what changed, checked
    with plain reads so that an unchanged start does not import the ORM."""
    uow_factory = database.unit_of_work
    reader = QuickReader(paths.database, immutable=database.read_only_folder)
    stored = reader.settings([RULES_DIGEST_KEY, CALENDAR_DIGEST_KEY, BASE_KEY, *OFFICER_KEYS])
    officer = officer_from_settings(_login(), stored, officer_name)
    rulebook = RuleBook(uow_factory)
    policy = bundled.calendar_policy()
    excluded = [x["name"] for x in policy["base_excluded_names"]]
    policy_digest = bundled.digest(json.dumps(policy, sort_keys=True))

    def base_provider(years):
        from ..calendars.python_holidays import base_entries

        return base_entries(years, excluded)

    def base_version() -> str:
        from ..calendars.python_holidays import library_version

        return f"{library_version()}+{policy_digest}"  # a new exclusion policy recomputes the base too

    calendar = CalendarService(
        uow_factory, rulebook, clock, base_provider, base_version, first_year=policy["first_year"], officer=officer
    )
    rule_dicts = bundled.rule_set_dicts()
    rules_digest = bundled.digest(json.dumps(rule_dicts, sort_keys=True))
    notices = bundled.notices_text()
    notices_digest = bundled.digest(notices)
    if database.guard.reason is None:  # a register refused for writing keeps what it has
        if stored.get(RULES_DIGEST_KEY) != rules_digest:
            rulebook.apply_bundled(rule_dicts, rules_digest)
        if not calendar.base_is_current(stored.get(BASE_KEY)):
            calendar.ensure_base()
        if stored.get(CALENDAR_DIGEST_KEY) != notices_digest:
            calendar.apply_bundled(parse_notices(notices, Layer.OFFICIAL), notices_digest)
    requests = RequestService(uow_factory, calendar, rulebook, clock, officer)
    return Container(paths, clock, uow_factory, rulebook, calendar, requests, database, log_handler, officer,
                     safety, app_lock)
