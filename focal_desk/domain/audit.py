"""Audit trail: who changed what, when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    actor: str
    action: str  # "register", "mark_valid", "extend", "edit", "recompute", …
    entity: str = "request"
    entity_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)  # field -> [old, new] (JSON-safe values)
    id: int | None = None
