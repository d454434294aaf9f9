"""One Session per user action or job; the service commits, repositories never do."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from .repositories import (
    SqlAgencyRepository,
    SqlAttachmentRepository,
    SqlAuditRepository,
    SqlCalendarRepository,
    SqlIssuedDocumentRepository,
    SqlRequestRepository,
    SqlRuleSetRepository,
    SqlSettingsRepository,
)


class SqlUnitOfWork:
    """Implements services.ports.UnitOfWork. Use once per ``with`` block, on one thread."""

    requests: SqlRequestRepository
    audit: SqlAuditRepository
    agencies: SqlAgencyRepository
    calendar: SqlCalendarRepository
    rule_sets: SqlRuleSetRepository
    settings: SqlSettingsRepository
    documents: SqlIssuedDocumentRepository
    attachments: SqlAttachmentRepository

    def __init__(self, session_factory: sessionmaker[Session]):
        self._session_factory = session_factory
        self._session: Session | None = None
        self._thread: int | None = None

    def __enter__(self) -> SqlUnitOfWork:
        if self._session is not None:
            raise RuntimeError("unit of work already in use")
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

    def rollback(self) -> None:
        self._active().rollback()

    def _active(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        if self._thread != threading.get_ident():
            raise RuntimeError("a unit of work must stay on the thread that opened it")
        return self._session


def make_uow_factory(session_factory: sessionmaker[Session]) -> Callable[[], SqlUnitOfWork]:
    return lambda: SqlUnitOfWork(session_factory)
