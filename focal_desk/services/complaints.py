"""Complaints and lawsuits about a request: recorded when lodged, resolved when their result is known.
Each change is audited on the request."""

from __future__ import annotations

from datetime import date

from ..domain.audit import AuditEvent
from ..domain.clock import Clock, today
from ..domain.complaints import Complaint, ComplaintKind
from ..domain.errors import IllegalTransition, ValidationError
from ..domain.text import clean_text
from .officer import Officer
from .ports import UnitOfWork, UnitOfWorkFactory


def _fields(c: Complaint | None) -> dict:
    """The complaint as the timeline shows it, one "complaint.*" field each (JSON-safe values)."""
    if c is None:
        return dict.fromkeys(("complaint.kind", "complaint.filed_on", "complaint.summary"))
    return {"complaint.kind": c.kind.value, "complaint.filed_on": c.filed_on.isoformat(),
            "complaint.summary": c.summary, "complaint.result": c.result,
            "complaint.result_on": c.result_on.isoformat() if c.result_on else None}


def _changes(before: Complaint | None, after: Complaint) -> dict:
    old, new = _fields(before), _fields(after)
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}


class ComplaintService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, officer: Officer):
        self._uow_factory = uow_factory
        self._clock = clock
        self._officer = officer

    def add(self, request_id: int, kind: ComplaintKind, filed_on: date, summary: str) -> Complaint:
        summary = clean_text(summary, "summary", "Nội dung", multiline=True)
        errors = {}
        if not summary:
            errors["summary"] = "Cần ghi nội dung khiếu nại hoặc khởi kiện"
        if filed_on > today(self._clock):
            errors["filed_on"] = "Ngày không được ở tương lai"
        if errors:
            raise ValidationError(errors)
        with self._uow_factory() as uow:
            request = uow.requests.get(request_id)
            if filed_on < request.received_at.date():
                raise ValidationError.single("filed_on", "Ngày không được trước ngày tiếp nhận yêu cầu")
            added = uow.complaints.add(
                Complaint(None, request_id, kind, filed_on, summary, recorded_by=self._officer.actor())
            )
            self._audit(uow, "add_complaint", request_id, {"complaint.id": [None, added.id], **_changes(None, added)})
            uow.commit()
            return added

    def resolve(self, complaint_id: int, result: str, on: date) -> Complaint:
        """Record the decision or judgment once it is known (once; a later one is a new complaint)."""
        result = clean_text(result, "result", "Kết quả", multiline=True)
        if not result:
            raise ValidationError.single("result", "Cần ghi kết quả giải quyết")
        if on > today(self._clock):
            raise ValidationError.single("result_on", "Ngày không được ở tương lai")
        with self._uow_factory() as uow:
            before = uow.complaints.get(complaint_id)
            if before.resolved:
                raise IllegalTransition(before.kind.label_vi, "Ghi kết quả", "đã có kết quả")
            if on < before.filed_on:
                raise ValidationError.single("result_on", "Ngày có kết quả không được trước ngày khiếu nại, khởi kiện")
            after = uow.complaints.set_result(complaint_id, result, on)
            self._audit(uow, "resolve_complaint", before.request_id,
                        {"complaint.id": [after.id, after.id], **_changes(before, after)})
            uow.commit()
            return after

    def for_request(self, request_id: int) -> list[Complaint]:
        with self._uow_factory(read_only=True) as uow:
            uow.requests.get(request_id)  # NotFound for an unknown request
            return uow.complaints.for_request(request_id)

    def _audit(self, uow: UnitOfWork, action: str, request_id: int, changes: dict) -> None:
        uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), action, "request", request_id, changes))
