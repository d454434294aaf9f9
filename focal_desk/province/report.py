"""The province's numbers for a month: every office's latest revision, summed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from .db import Database
from .models import Office, Package


def month_report(db: Database, month: str) -> dict[str, Any]:
    latest = (select(Package.office_id, func.max(Package.revision).label("revision"))
              .where(Package.month == month).group_by(Package.office_id).subquery())
    with db.transaction() as session:
        rows = session.execute(
            select(Office.code, Office.name, Package.revision, Package.indicators, Package.received_at)
            .join(Package, Package.office_id == Office.id)
            .join(latest, (latest.c.office_id == Package.office_id) & (latest.c.revision == Package.revision))
            .where(Package.month == month).order_by(Office.code)).all()
        registered = session.scalars(select(Office.code).order_by(Office.code)).all()
    totals: dict[str, int] = {}
    for row in rows:
        for k, v in row.indicators.items():
            totals[k] = totals.get(k, 0) + int(v)
    reported = {r.code for r in rows}
    return {
        "month": month,
        "offices": len(rows),
        "offices_registered": len(registered),
        "missing": [c for c in registered if c not in reported],
        "received": totals.get("received", 0),
        "indicators": dict(sorted(totals.items())),
        "by_office": [{"office_code": r.code, "office_name": r.name, "revision": r.revision,
                       "received": int(r.indicators.get("received", 0)),
                       "received_at": _utc(r.received_at).isoformat(timespec="seconds")} for r in rows],
    }


def _utc(moment: datetime) -> datetime:
    """SQLite gives back the stored UTC time without its zone, PostgreSQL with it: the same text from both."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
