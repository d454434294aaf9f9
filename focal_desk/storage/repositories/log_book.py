"""The log book of a period: the requests received in it, in register order, read in pages by key (never
OFFSET, which rereads every skipped row), each with the documents issued for it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ...domain.enums import Channel, ProvisionForm, RequesterKind, Status
from ...domain.log_book import IssuedPaper, LogBookEntry
from ..models import IssuedDocumentRow, RequestRow, table_of

_requests = table_of(RequestRow)
_documents = table_of(IssuedDocumentRow)
_r = _requests.c
_d = _documents.c

_COLUMNS = (
    _r.id, _r.register_number, _r.register_year, _r.register_seq, _r.received_at, _r.channel,
    _r.requester_kind, _r.requester_name, _r.on_behalf_of_name, _r.id_number, _r.address, _r.phone, _r.email,
    _r.info_requested, _r.provision_form, _r.copies, _r.provide_due, _r.extended_due, _r.status, _r.closed_on,
    _r.notes,
)


# value → member: Enum(value) costs more than the rest of building an entry (5,000 entries, four each).
_CHANNEL = {c.value: c for c in Channel}
_KIND = {k.value: k for k in RequesterKind}
_FORM = {f.value: f for f in ProvisionForm}
_STATUS = {s.value: s for s in Status}


def _in_period(start: date, end_exclusive: date) -> Any:
    return and_(_r.received_on >= start, _r.received_on < end_exclusive)


class SqlLogBookRepository:
    def __init__(self, session: Session):
        self._session = session

    def count(self, start: date, end_exclusive: date) -> int:
        stmt = select(func.count()).select_from(_requests).where(_in_period(start, end_exclusive))
        return int(self._session.execute(stmt).scalar_one())

    def page(
        self, start: date, end_exclusive: date, after: tuple[int, int] | None, limit: int
    ) -> list[LogBookEntry]:
        """Up to ``limit`` entries after the register number ``after`` = (year, seq), in register order."""
        stmt = select(*_COLUMNS).where(_in_period(start, end_exclusive))
        if after is not None:
            year, seq = after
            stmt = stmt.where(or_(_r.register_year > year, and_(_r.register_year == year, _r.register_seq > seq)))
        stmt = stmt.order_by(_r.register_year, _r.register_seq).limit(limit)
        rows = self._session.execute(stmt).all()
        papers = self._papers([row.id for row in rows])
        return [_entry(row, papers.get(row.id, ())) for row in rows]

    def _papers(self, request_ids: list[int]) -> dict[int, list[IssuedPaper]]:
        out: dict[int, list[IssuedPaper]] = {}
        if not request_ids:
            return out
        stmt = (
            select(_d.request_id, _d.kind, _d.form, _d.number_text, _d.issued_on, _d.cancelled_on)
            .where(_d.request_id.in_(request_ids))
            .order_by(_d.request_id, _d.issued_on, _d.id)
        )
        for d in self._session.execute(stmt):
            out.setdefault(d.request_id, []).append(
                IssuedPaper(d.form or d.kind, d.number_text or "", d.issued_on, d.cancelled_on is not None)
            )
        return out


def _entry(row: Any, papers: Any) -> LogBookEntry:
    return LogBookEntry(
        request_id=row.id,
        register_number=row.register_number,
        register_year=row.register_year,
        register_seq=row.register_seq,
        received_at=row.received_at,
        channel=_CHANNEL[row.channel],
        requester_kind=_KIND[row.requester_kind],
        requester_name=row.requester_name,
        on_behalf_of=row.on_behalf_of_name,
        id_number=row.id_number,
        address=row.address,
        phone=row.phone,
        email=row.email,
        info_requested=row.info_requested,
        provision_form=_FORM[row.provision_form],
        copies=row.copies,
        answer_due=row.extended_due or row.provide_due,
        status=_STATUS[row.status],
        closed_on=row.closed_on,
        papers=tuple(papers),
        notes=row.notes,
    )
