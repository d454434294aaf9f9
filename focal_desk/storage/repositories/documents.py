"""Documents issued for a request (notices, decisions): number and dates as printed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..models import IssuedDocumentRow, table_of
from .written import inserted_id

_documents = table_of(IssuedDocumentRow)


class SqlIssuedDocumentRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, request_id: int, kind: str, issued_on: date, printed_due: date | None, number: str) -> int:
        result = self._session.execute(
            insert(_documents).values(
                request_id=request_id, kind=kind, issued_on=issued_on, printed_due=printed_due, number=number
            )
        )
        return inserted_id(result)
