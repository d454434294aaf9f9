"""Complaints and lawsuits recorded on a request."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ...domain.complaints import Complaint, ComplaintKind
from ...domain.errors import NotFound
from ..models import ComplaintRow, table_of
from .written import inserted_id

_complaints = table_of(ComplaintRow)
_c = _complaints.c


def _from_row(row: Any) -> Complaint:
    return Complaint(row.id, row.request_id, ComplaintKind(row.kind), row.filed_on, row.summary, row.result,
                     row.result_on, row.recorded_by)


class SqlComplaintRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, complaint: Complaint) -> Complaint:
        """complaint.id is ignored; returns it with its id."""
        result = self._session.execute(insert(_complaints).values(
            request_id=complaint.request_id, kind=complaint.kind.value, filed_on=complaint.filed_on,
            summary=complaint.summary, result=complaint.result, result_on=complaint.result_on,
            recorded_by=complaint.recorded_by,
        ))
        return Complaint(inserted_id(result), complaint.request_id, complaint.kind, complaint.filed_on,
                         complaint.summary, complaint.result, complaint.result_on, complaint.recorded_by)

    def get(self, complaint_id: int) -> Complaint:
        row = self._session.execute(select(*_c).where(_c.id == complaint_id)).first()
        if row is None:
            raise NotFound("khiếu nại, khởi kiện", complaint_id)
        return _from_row(row)

    def set_result(self, complaint_id: int, result: str, on: date) -> Complaint:
        self._session.execute(update(_complaints).where(_c.id == complaint_id).values(result=result, result_on=on))
        return self.get(complaint_id)

    def for_request(self, request_id: int) -> list[Complaint]:
        rows = self._session.execute(
            select(*_c).where(_c.request_id == request_id).order_by(_c.filed_on, _c.id)
        )
        return [_from_row(r) for r in rows]
