"""One Session per user action or job; the service commits, repositories never do."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from .manifest import record_issued
from .repositories import (
    SqlAgencyRepository,
    SqlAttachmentRepository,
    SqlAuditRepository,
    SqlCalendarRepository,
    SqlCatalogueRepository,
    SqlComplaintRepository,
    SqlFeeRepository,
    SqlIssuedDocumentRepository,
    SqlLogBookRepository,
    SqlOutboxRepository,
    SqlProvisionRepository,
    SqlRedactionRepository,
    SqlRequestRepository,
    SqlRuleSetRepository,
    SqlSettingsRepository,
)
from .statistics import SqlStatistics
from .write_guard import WriteGuard

log = logging.getLogger("focal_desk.storage")


class SqlUnitOfWork:
    """Implements services.ports.UnitOfWork. Use once per ``with`` block, on one thread.

    A writing unit of work takes the write lock when it begins (BEGIN IMMEDIATE); a ``read_only`` one
    never waits for writers and cannot write."""

    requests: SqlRequestRepository
    audit: SqlAuditRepository
    agencies: SqlAgencyRepository
    calendar: SqlCalendarRepository
    rule_sets: SqlRuleSetRepository
    settings: SqlSettingsRepository
    documents: SqlIssuedDocumentRepository
    attachments: SqlAttachmentRepository
    fees: SqlFeeRepository
    log_book: SqlLogBookRepository
    complaints: SqlComplaintRepository
    statistics: SqlStatistics
    outbox: SqlOutboxRepository
    catalogue: SqlCatalogueRepository
    redactions: SqlRedactionRepository
    provisions: SqlProvisionRepository

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        guard: WriteGuard | None = None,
        manifest: Path | None = None,
        read_only: bool = False,
    ):
        self._session_factory = session_factory
        self._guard = guard
        self._manifest = manifest
        self.read_only = read_only
        self._session: Session | None = None
        self._thread: int | None = None

    def __enter__(self) -> SqlUnitOfWork:
        if self._session is not None:
            raise RuntimeError("unit of work already in use")
        if not self.read_only and self._guard is not None:
            self._guard.check()
        session = self._session_factory()
        self._session = session
        self._thread = threading.get_ident()
        self.requests = SqlRequestRepository(session)
        self.audit = SqlAuditRepository(session)
        self.agencies = SqlAgencyRepository(session)
        self.calendar = SqlCalendarRepository(session)
        self.rule_sets = SqlRuleSetRepository(session)
        self.settings = SqlSettingsRepository(session)
        self.documents = SqlIssuedDocumentRepository(session)
        self.attachments = SqlAttachmentRepository(session)
        self.fees = SqlFeeRepository(session)
        self.log_book = SqlLogBookRepository(session)
        self.complaints = SqlComplaintRepository(session)
        self.statistics = SqlStatistics(session)
        self.outbox = SqlOutboxRepository(session)
        self.catalogue = SqlCatalogueRepository(session)
        self.redactions = SqlRedactionRepository(session)
        self.provisions = SqlProvisionRepository(session)
        return self

    def __exit__(self, *exc: object) -> None:
        session = self._active()
        try:
            session.rollback()  # whatever was not committed
        finally:
            session.close()
            self._session = None
            self._thread = None

    def commit(self) -> None:
        """Raises EnvironmentProblem when the disk is full or the database stays locked."""
        self._active().commit()
        issued, self.requests.issued = self.requests.issued, {}
        if issued and self._manifest is not None:
            try:
                record_issued(self._manifest, issued)
            except OSError as exc:  # committed all the same; the next start brings the manifest up to date
                log.warning("register manifest not updated: %s", exc)

    def rollback(self) -> None:
        self._active().rollback()
        self.requests.issued = {}

    def _active(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        if self._thread != threading.get_ident():
            raise RuntimeError("a unit of work must stay on the thread that opened it")
        return self._session


def make_uow_factory(
    engine_or_factory: sessionmaker[Session], read_factory: sessionmaker[Session] | None = None
) -> Callable[..., SqlUnitOfWork]:
    """For tests and tools: ``factory()`` writes, ``factory(read_only=True)`` reads."""
    read = read_factory or engine_or_factory

    def factory(read_only: bool = False) -> SqlUnitOfWork:
        return SqlUnitOfWork(read if read_only else engine_or_factory, read_only=read_only)

    return factory
