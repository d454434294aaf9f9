"""Files attached to a request: the rows only; the bytes live in the attachments directory."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from ...domain.attachment import Attachment
from ..models import AttachmentRow, table_of
from .written import inserted_id

_attachments = table_of(AttachmentRow)
_a = _attachments.c


def _from_row(row: Row[Any]) -> Attachment:
    return Attachment(
        id=row.id,
        request_id=row.request_id,
        filename=row.filename,
        sha256=row.sha256,
        stored_path=row.stored_path,
        size_bytes=row.size_bytes,
        added_at=row.added_at,
    )


class SqlAttachmentRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, attachment: Attachment) -> Attachment:
        values: dict[str, Any] = {
            "request_id": attachment.request_id,
            "filename": attachment.filename,
            "sha256": attachment.sha256,
            "stored_path": attachment.stored_path,
            "size_bytes": attachment.size_bytes,
        }
        if attachment.added_at is not None:
            values["added_at"] = attachment.added_at
        new_id = inserted_id(self._session.execute(insert(_attachments).values(**values)))
        row = self._session.execute(select(*_attachments.c).where(_a.id == new_id)).one()
        return _from_row(row)

    def for_request(self, request_id: int) -> list[Attachment]:
        rows = self._session.execute(
            select(*_attachments.c).where(_a.request_id == request_id).order_by(_a.id)
        ).all()
        return [_from_row(r) for r in rows]

    def find_by_sha256(self, request_id: int, sha256: str) -> Attachment | None:
        row = self._session.execute(
            select(*_attachments.c).where(_a.request_id == request_id, _a.sha256 == sha256).limit(1)
        ).first()
        return None if row is None else _from_row(row)
