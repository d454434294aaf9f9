"""One office's history: every package revision it sent, with its arrival time (Vietnam time) and numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db import Database
from ..models import Office, Package
from ..report import MINISTRY_INDICATORS, as_utc
from .settings import VIETNAM


@dataclass(frozen=True)
class Revision:
    month: str
    revision: int
    received_at: datetime  # Vietnam time
    via: str
    numbers: dict[str, int]
    latest: bool  # the revision the report counts


@dataclass(frozen=True)
class OfficeHistory:
    code: str
    name: str
    enrolled_at: datetime | None
    revisions: list[Revision]


def office_history(db: Database, code: str) -> OfficeHistory | None:
    with db.transaction() as session:
        office = session.scalar(select(Office).where(Office.code == code))
        if office is None:
            return None
        rows = session.execute(
            select(Package.month, Package.revision, Package.received_at, Package.via, Package.indicators)
            .where(Package.office_id == office.id)
            .order_by(Package.month.desc(), Package.revision.desc())
        ).all()
    top: dict[str, int] = {}
    for r in rows:
        top.setdefault(r.month, r.revision)
    revisions = [
        Revision(
            r.month,
            r.revision,
            as_utc(r.received_at).astimezone(VIETNAM),
            r.via,
            {k: int(r.indicators.get(k, 0)) for k in MINISTRY_INDICATORS},
            top[r.month] == r.revision,
        )
        for r in rows
    ]
    enrolled = as_utc(office.enrolled_at).astimezone(VIETNAM) if office.enrolled_at else None
    return OfficeHistory(office.code, office.name, enrolled, revisions)
