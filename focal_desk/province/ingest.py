"""Receiving packages — one from the API or a file brought on a stick, or a batch from the API — with the same
checks and outcome for each.

Idempotent on (office, month, revision): the same content again is a "duplicate"; a lower revision than the
stored one is "stale" (acknowledged, not applied). Concurrent submits of the same package meet the UNIQUE
constraint: the loser re-reads and answers "duplicate".

A batch is one transaction: one query for its offices and their keys, one for what they already sent, one
multi-row INSERT (insertmanyvalues), one commit; each package still gets its own answer (a refused one refuses only itself)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..sync import package
from .db import Database
from .errors import Refused
from .models import Office, Package

MAX_BATCH = 500  # packages per batch: a province's month for one office is one; an office's backlog a dozen
_PACKAGES = Package.__table__
_KEY_CACHE: dict[str, Ed25519PublicKey] = {}  # enrolled key text → key object (the text is the whole key)


@dataclass(frozen=True)
class Outcome:
    status: str  # accepted | duplicate | stale
    office_code: str
    month: str
    revision: int

    def as_json(self) -> dict[str, object]:
        return {"status": self.status, "office_code": self.office_code, "month": self.month,
                "revision": self.revision}


@dataclass(frozen=True)
class _Item:
    summary: package.Summary
    signed: bytes  # the canonical form: what the signature covers, and what the digest is of
    body: str  # the file as received, kept for audit


def _public(text: str) -> Ed25519PublicKey:
    key = _KEY_CACHE.get(text)
    if key is None:
        if len(_KEY_CACHE) > 20_000:  # more than a country's offices: enrollments changed, start again
            _KEY_CACHE.clear()
        key = _KEY_CACHE[text] = package.public_key_from_text(text)
    return key


def _parsed(data: bytes) -> _Item:
    if len(data) > package.MAX_BYTES:
        raise Refused(413, f"Gói quá lớn ({len(data)} byte, tối đa {package.MAX_BYTES})")
    try:
        summary = package.loads(data)
    except package.PackageError as exc:
        raise Refused(400, exc.reason) from None
    return _Item(summary, package.canonical(summary.raw), data.decode("utf-8"))


def _validated(text: Any) -> _Item:
    """One package of a batch: the package file's text, as it would be sent alone (kept as is, for audit)."""
    if not isinstance(text, str):
        raise Refused(400, "Mỗi gói trong lô phải là nội dung tệp gói (một chuỗi JSON)")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate escaped in the batch's JSON
        raise Refused(400, "Gói không phải JSON UTF-8 hợp lệ") from None
    return _parsed(data)


def receive(db: Database, data: bytes, *, via: str) -> Outcome:
    found = _store(db, [_parsed(data)], via)[0]
    if isinstance(found, Refused):
        raise found
    return found


def receive_batch(db: Database, packages: Sequence[Any], *, via: str = "api") -> list[Outcome | Refused]:
    """Each package of the batch (the package files' texts) with its own answer, in the batch's order."""
    if len(packages) > MAX_BATCH:
        raise Refused(413, f"Lô quá lớn ({len(packages)} gói, tối đa {MAX_BATCH})")
    results: list[Outcome | Refused | None] = []
    items: list[_Item] = []
    for obj in packages:
        try:
            items.append(_validated(obj))
            results.append(None)
        except Refused as exc:
            results.append(exc)
    stored = iter(_store(db, items, via) if items else [])
    return [next(stored) if r is None else r for r in results]


def _store(db: Database, items: list[_Item], via: str) -> list[Outcome | Refused]:
    try:
        return _store_once(db, items, via)
    except IntegrityError:  # the same (office, month, revision) was stored meanwhile by another request
        return _store_once(db, items, via)


def _store_once(db: Database, items: list[_Item], via: str) -> list[Outcome | Refused]:
    codes = {i.summary.office_code for i in items}
    results: list[Outcome | Refused] = []
    with db.transaction() as session:
        offices = {code: (id_, key) for id_, code, key in session.execute(
            select(Office.id, Office.code, Office.public_key).where(Office.code.in_(codes)))}
        months = {i.summary.month for i in items}
        held: dict[tuple[int, str], dict[int, str]] = {}
        if offices:
            for office_id, month, revision, sha in session.execute(
                    select(_PACKAGES.c.office_id, _PACKAGES.c.month, _PACKAGES.c.revision, _PACKAGES.c.sha256)
                    .where(_PACKAGES.c.office_id.in_([o[0] for o in offices.values()]),
                           _PACKAGES.c.month.in_(months))):
                held.setdefault((office_id, month), {})[revision] = sha
        now = datetime.now(UTC)
        rows: list[Package] = []
        for item in items:
            s = item.summary
            try:
                office_id, digest = _checked(item, offices.get(s.office_code))
            except Refused as exc:
                results.append(exc)
                continue
            revisions = held.setdefault((office_id, s.month), {})
            status = "accepted"
            if s.revision in revisions:
                if revisions[s.revision] != digest:
                    results.append(Refused(409, f"Lần sửa {s.revision} của tháng {s.month} đã nhận với nội dung "
                                                "khác; gói mới phải mang số lần sửa lớn hơn"))
                    continue
                status = "duplicate"
            elif revisions and max(revisions) > s.revision:
                status = "stale"
            else:
                revisions[s.revision] = digest
                rows.append(Package(office_id=office_id, month=s.month, revision=s.revision, sha256=digest,
                                    indicators=dict(s.indicators), body=item.body, via=via, received_at=now))
            results.append(Outcome(status, s.office_code, s.month, s.revision))
        if rows:  # one multi-row INSERT; the UNIQUE constraint speaks here, inside the transaction
            session.add_all(rows)
            session.flush()
    return results


def _checked(item: _Item, office: tuple[int, str | None] | None) -> tuple[int, str]:
    """The office's id and the package's digest, once its signature matched the office's enrolled key."""
    s = item.summary
    if office is None or office[1] is None:
        raise Refused(404, f"Văn phòng {s.office_code} chưa được đăng ký với tỉnh")
    try:
        package.verify(s, _public(office[1]), signed=item.signed)
    except package.PackageError as exc:
        raise Refused(403, exc.reason) from None
    return office[0], hashlib.sha256(item.signed).hexdigest()


def batch_json(results: Sequence[Outcome | Refused]) -> list[dict[str, object]]:
    return [r.as_json() if isinstance(r, Outcome) else {"status": "refused", "code": r.status, "detail": r.reason}
            for r in results]


def loads_batch(data: bytes) -> list[Any]:
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # nested past Python's limit: a 500 before
        raise Refused(400, "Lô gói không phải JSON UTF-8 hợp lệ") from None
    if not (isinstance(obj, dict) and set(obj) == {"packages"} and isinstance(obj["packages"], list)):
        raise Refused(400, "Lô gói phải là {\"packages\": [nội dung tệp gói, …]}")
    if not obj["packages"]:
        raise Refused(400, "Lô gói không có gói nào")
    return obj["packages"]
