"""The outbox of monthly summaries for the province (domain/sync.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session

from ...domain.errors import NotFound
from ...domain.sync import OutboxEntry, OutboxState
from ..models import RequestRow, SyncOutboxRow, table_of
from .written import inserted_id

_outbox = table_of(SyncOutboxRow)
_o = _outbox.c
_r = table_of(RequestRow).c


def _from_row(row: Any) -> OutboxEntry:
    return OutboxEntry(row.id, row.month, row.revision, bytes(row.package), row.sha256, row.content_digest,
                       OutboxState(row.state), row.created_at, row.attempts, row.next_try_at, row.last_error,
                       row.acknowledged_at, row.answer)


class SqlOutboxRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, entry: OutboxEntry) -> OutboxEntry:
        """entry.id and created_at are ignored (created_at is the database's time)."""
        new_id = inserted_id(self._session.execute(insert(_outbox).values(
            month=entry.month, revision=entry.revision, package=entry.package, sha256=entry.sha256,
            content_digest=entry.content_digest, state=entry.state.value, attempts=entry.attempts,
            next_try_at=entry.next_try_at, last_error=entry.last_error,
        )))
        return self.get(new_id)

    def get(self, entry_id: int) -> OutboxEntry:
        row = self._session.execute(select(*_o).where(_o.id == entry_id)).first()
        if row is None:
            raise NotFound("gói tổng hợp", entry_id)
        return _from_row(row)

    def latest(self, month: str) -> OutboxEntry | None:
        """The highest revision made for that month, whatever became of it."""
        row = self._session.execute(
            select(*_o).where(_o.month == month).order_by(_o.revision.desc()).limit(1)
        ).first()
        return None if row is None else _from_row(row)

    def in_state(self, state: OutboxState) -> list[OutboxEntry]:
        rows = self._session.execute(select(*_o).where(_o.state == state.value).order_by(_o.month, _o.revision))
        return [_from_row(r) for r in rows]

    def due(self, now: datetime | None) -> list[OutboxEntry]:
        """Queued packages to send now, oldest month first; ``now`` None: all of them, whatever their turn."""
        query = select(*_o).where(_o.state == OutboxState.QUEUED.value)
        if now is not None:
            query = query.where(or_(_o.next_try_at.is_(None), _o.next_try_at <= now))
        rows = self._session.execute(query.order_by(_o.month, _o.revision))
        return [_from_row(r) for r in rows]

    def count(self, state: OutboxState) -> int:
        return int(self._session.execute(
            select(func.count()).select_from(_outbox).where(_o.state == state.value)).scalar_one())

    def update(self, entry_id: int, **values: Any) -> OutboxEntry:
        """Set the given columns (state as OutboxState) of one package."""
        if "state" in values:
            values["state"] = OutboxState(values["state"]).value
        self._session.execute(update(_outbox).where(_o.id == entry_id).values(**values))
        return self.get(entry_id)

    def supersede_queued(self, month: str, below_revision: int) -> int:
        """Queued packages of that month older than a new revision: no need to send them any more."""
        result = self._session.execute(update(_outbox).where(
            _o.month == month, _o.revision < below_revision, _o.state == OutboxState.QUEUED.value,
        ).values(state=OutboxState.SUPERSEDED.value))
        return int(getattr(result, "rowcount", 0) or 0)

    def rule_sets_used(self, start: date, end: date) -> list[str]:
        """The codes of the rule sets the deadlines of the requests received in [start, end] were computed with."""
        rows = self._session.execute(
            select(_r.rule_set_code).distinct()
            .where(_r.received_on >= start, _r.received_on <= end, _r.rule_set_code.is_not(None))
        )
        return sorted(str(code) for (code,) in rows)
