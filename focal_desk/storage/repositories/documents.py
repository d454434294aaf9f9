"""Documents issued for a request (forms, letters, notices): number, template, file and cancellation;
and the counters their numbers are taken from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import exists, insert, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from ...domain.documents import FormCode, IssuedDocument
from ...domain.enums import Status
from ...domain.errors import NotFound
from ..models import DocumentCounterRow, IssuedDocumentRow, RequestRow, table_of
from .written import inserted_id, written

_documents = table_of(IssuedDocumentRow)
_counters = table_of(DocumentCounterRow)
_requests = table_of(RequestRow)
_FORMS = {f.value for f in FormCode}


def _document(row: Row[Any]) -> IssuedDocument:
    return IssuedDocument(
        id=row.id,
        request_id=row.request_id,
        kind=row.kind,
        form=FormCode(row.form) if row.form in _FORMS else None,
        number_text=row.number_text,
        year=row.year,
        seq=row.seq,
        issued_on=row.issued_on,
        printed_due=row.printed_due,
        template_id=row.template_id,
        template_version=row.template_version,
        path=row.path,
        sha256=row.sha256,
        officer=row.officer,
        action_key=row.action_key,
        cancelled_on=row.cancelled_on,
        cancel_reason=row.cancel_reason,
        cancelled_by=row.cancelled_by,
    )


class SqlIssuedDocumentRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, request_id: int, kind: str, issued_on: date, printed_due: date | None, number: str) -> int:
        """A record without a file (the time-limit notice the officer wrote outside the app)."""
        agency = select(_requests.c.agency_id).where(_requests.c.id == request_id).scalar_subquery()
        result = self._session.execute(
            insert(_documents).values(
                request_id=request_id, agency_id=agency, kind=kind, issued_on=issued_on, printed_due=printed_due,
                year=issued_on.year, number_text=number or None,
            )
        )
        return inserted_id(result)

    def insert(self, agency_id: int, document: IssuedDocument) -> IssuedDocument:
        """document.id is ignored; the UNIQUE (agency, year, number) makes a repeated number fail here."""
        values = {
            "agency_id": agency_id,
            "request_id": document.request_id,
            "kind": document.kind,
            "form": document.form.value if document.form else None,
            "number_text": document.number_text,
            "year": document.year,
            "seq": document.seq,
            "issued_on": document.issued_on,
            "printed_due": document.printed_due,
            "template_id": document.template_id,
            "template_version": document.template_version,
            "path": document.path,
            "sha256": document.sha256,
            "officer": document.officer,
            "action_key": document.action_key,
        }
        return self.get(inserted_id(self._session.execute(insert(_documents).values(**values))))

    def get(self, document_id: int) -> IssuedDocument:
        row = self._session.execute(select(_documents).where(_documents.c.id == document_id)).first()
        if row is None:
            raise NotFound("văn bản", document_id)
        return _document(row)

    def for_request(self, request_id: int) -> list[IssuedDocument]:
        stmt = select(_documents).where(_documents.c.request_id == request_id).order_by(_documents.c.id)
        return [_document(r) for r in self._session.execute(stmt)]

    def live_for_action(self, request_id: int, action_key: str) -> IssuedDocument | None:
        stmt = select(_documents).where(
            _documents.c.request_id == request_id,
            _documents.c.action_key == action_key,
            _documents.c.cancelled_on.is_(None),
        )
        row = self._session.execute(stmt).first()
        return None if row is None else _document(row)

    def number_used(self, agency_id: int, year: int, number_text: str) -> bool:
        """Whether the number was given that year, cancelled documents included (never reused)."""
        stmt = select(
            exists().where(
                _documents.c.agency_id == agency_id,
                _documents.c.year == year,
                _documents.c.number_text == number_text,
            )
        )
        return bool(self._session.execute(stmt).scalar_one())

    def next_seq(self, agency_id: int, year: int, series: str) -> int:
        """Take the next number of a series; the counter only grows (the write lock is already held)."""
        first = sqlite_insert(_counters).values(agency_id=agency_id, year=year, series=series, last_seq=1)
        stmt = first.on_conflict_do_update(
            index_elements=["agency_id", "year", "series"], set_={"last_seq": _counters.c.last_seq + 1}
        ).returning(_counters.c.last_seq)
        return int(self._session.execute(stmt).scalar_one())

    def cancel(self, document_id: int, on: date, reason: str, by: str) -> IssuedDocument:
        stmt = (
            update(_documents)
            .where(_documents.c.id == document_id, _documents.c.cancelled_on.is_(None))
            .values(cancelled_on=on, cancel_reason=reason, cancelled_by=by)
        )
        if written(self._session.execute(stmt)).rowcount == 0:
            self.get(document_id)  # NotFound when missing; else it was cancelled already
        return self.get(document_id)

    def requests_lacking(self, form: FormCode, statuses: Sequence[Status]) -> list[int]:
        live = exists().where(
            _documents.c.request_id == _requests.c.id,
            or_(_documents.c.form == form.value, _documents.c.kind == form.value),  # or recorded by hand
            _documents.c.cancelled_on.is_(None),
        )
        stmt = (
            select(_requests.c.id)
            .where(_requests.c.status.in_([s.value for s in statuses]), ~live)
            .order_by(_requests.c.id)
        )
        return list(self._session.execute(stmt).scalars())
