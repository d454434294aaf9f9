"""The province's numbers for a month (or a period of months): every office's latest revision, summed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from .db import Database
from .models import Office, Package

# The five numbers of the report to the Ministry of Justice (ND13 Đ12), in its order.
MINISTRY_INDICATORS = ("received", "resolved", "refused", "complaints", "lawsuits")


def _latest(session: Session, months: Sequence[str]) -> Sequence[Row[Any]]:
    """Each office's latest revision of each of ``months``: code, name, month, revision, indicators, time."""
    latest = (select(Package.office_id, Package.month, func.max(Package.revision).label("revision"))
              .where(Package.month.in_(months)).group_by(Package.office_id, Package.month).subquery())
    return session.execute(
        select(Office.code, Office.name, Package.month, Package.revision, Package.indicators,
               Package.received_at)
        .join(Package, Package.office_id == Office.id)
        .join(latest, (latest.c.office_id == Package.office_id) & (latest.c.month == Package.month)
              & (latest.c.revision == Package.revision))
        .order_by(Office.code, Package.month)).all()


def month_report(db: Database, month: str) -> dict[str, Any]:
    with db.transaction() as session:
        rows = _latest(session, [month])
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
                       "received_at": as_utc(r.received_at).isoformat(timespec="seconds")} for r in rows],
    }


def period_report(db: Database, months: Sequence[str]) -> dict[str, Any]:
    """The Ministry's five numbers over ``months``, per registered office (an office that sent nothing counts
    zero) and in total: for every month, the office's latest revision; the months summed."""
    with db.transaction() as session:
        rows = _latest(session, months)
        offices = session.execute(select(Office.code, Office.name).order_by(Office.code)).all()
    per: dict[str, dict[str, int]] = {o.code: dict.fromkeys(MINISTRY_INDICATORS, 0) for o in offices}
    sent: dict[str, set[str]] = {o.code: set() for o in offices}
    for r in rows:
        sent[r.code].add(r.month)
        for k in MINISTRY_INDICATORS:
            per[r.code][k] += int(r.indicators.get(k, 0))
    total = {k: sum(p[k] for p in per.values()) for k in MINISTRY_INDICATORS}
    return {
        "months": list(months),
        "by_office": [{"office_code": o.code, "office_name": o.name, "months_reported": len(sent[o.code]),
                       **per[o.code]} for o in offices],
        "total": total,
    }


def as_utc(moment: datetime) -> datetime:
    """SQLite gives back the stored UTC time without its zone, PostgreSQL with it: the same text from both."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
