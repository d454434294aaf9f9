"""Receiving one package — from the API or a file brought on a stick, with the same checks and outcome.

Idempotent on (office, month, revision): the same content again is a "duplicate"; a lower revision than the
stored one is "stale" (acknowledged, not applied). Concurrent submits of the same package meet the UNIQUE
constraint: the loser re-reads and answers "duplicate"."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..sync import package
from .db import Database
from .errors import Refused
from .models import Office, Package


@dataclass(frozen=True)
class Outcome:
    status: str  # accepted | duplicate | stale
    office_code: str
    month: str
    revision: int

    def as_json(self) -> dict[str, object]:
        return {"status": self.status, "office_code": self.office_code, "month": self.month,
                "revision": self.revision}


def receive(db: Database, data: bytes, *, via: str) -> Outcome:
    if len(data) > package.MAX_BYTES:
        raise Refused(413, f"Gói quá lớn ({len(data)} byte, tối đa {package.MAX_BYTES})")
    try:
        summary = package.loads(data)
    except package.PackageError as exc:
        raise Refused(400, exc.reason) from None
    digest = hashlib.sha256(package.canonical(summary.raw)).hexdigest()
    try:
        return _store(db, summary, digest, data, via)
    except IntegrityError:  # the same (office, month, revision) was stored meanwhile by another request
        return _store(db, summary, digest, data, via)


def _store(db: Database, summary: package.Summary, digest: str, data: bytes, via: str) -> Outcome:
    def outcome(status: str) -> Outcome:
        return Outcome(status, summary.office_code, summary.month, summary.revision)

    with db.transaction() as session:
        office = session.scalar(select(Office).where(Office.code == summary.office_code))
        if office is None or office.public_key is None:
            raise Refused(404, f"Văn phòng {summary.office_code} chưa được đăng ký với tỉnh")
        try:
            package.verify(summary, package.public_key_from_text(office.public_key))
        except package.PackageError as exc:
            raise Refused(403, exc.reason) from None
        same = session.scalar(select(Package).where(Package.office_id == office.id,
                                                    Package.month == summary.month,
                                                    Package.revision == summary.revision))
        if same is not None:
            if same.sha256 == digest:
                return outcome("duplicate")
            raise Refused(409, f"Lần sửa {summary.revision} của tháng {summary.month} đã nhận với nội dung khác; "
                               "gói mới phải mang số lần sửa lớn hơn")
        latest = session.scalar(select(func.max(Package.revision)).where(Package.office_id == office.id,
                                                                        Package.month == summary.month))
        if latest is not None and latest > summary.revision:
            return outcome("stale")
        session.add(Package(office_id=office.id, month=summary.month, revision=summary.revision, sha256=digest,
                            indicators=dict(summary.indicators), body=data.decode("utf-8"), via=via,
                            received_at=datetime.now(UTC)))
        session.flush()  # the UNIQUE constraint speaks here, inside the transaction
    return outcome("accepted")
