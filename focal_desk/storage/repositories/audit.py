"""Audit trail rows: append-only, read back per entity in the order they were written."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ...domain.audit import AuditEvent
from ..models import AuditEventRow, table_of

_audit = table_of(AuditEventRow)
_INSERT = insert(_audit)  # built once: services write one row per action, the demo 100,000


class SqlAuditRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, event: AuditEvent) -> None:
        # JsonText writes dates as ISO strings and enums as their values (ensure_ascii=False).
        self._session.execute(
            _INSERT,
            {
                "at": event.at,
                "actor": event.actor,
                "action": event.action,
                "entity": event.entity,
                "entity_id": event.entity_id,
                "changes": event.changes,
            },
        )

    def for_entity(self, entity: str, entity_id: int) -> list[AuditEvent]:
        rows = self._session.execute(
            select(*_audit.c)
            .where(_audit.c.entity == entity, _audit.c.entity_id == entity_id)
            .order_by(_audit.c.id)
        )
        return [
            AuditEvent(
                at=r.at,
                actor=r.actor,
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                changes=r.changes,
                id=r.id,
            )
            for r in rows
        ]
