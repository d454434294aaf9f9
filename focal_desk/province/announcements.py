"""Signed announcements from the province to the offices (the year's calendar, a deadline rule set), served
oldest first."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.calendar import Layer
from ..domain.errors import ValidationError
from ..domain.notices import decode_notices, parse_notices
from ..sync import announcement as ann
from ..sync import package
from ..sync.rule_check import strict_rule_set
from .db import Database
from .errors import Refused
from .keys import province_key
from .models import Announcement

SCHEMA = "focal_desk.announcement/1"
MAX_CALENDAR_BYTES = 4 * 1024 * 1024  # years of holidays are a few KB


def calendar_rows(data: bytes) -> dict[int, list[dict[str, str]]]:
    """The notices of a calendar CSV (the format `focal-desk calendar import` reads), by year; "same" sources
    resolved, dates as YYYY-MM-DD."""
    try:
        entries = parse_notices(decode_notices(data), Layer.LOCAL)
    except ValidationError as exc:
        raise Refused(400, "; ".join(exc.errors.values())) from None
    by_year: dict[int, list[dict[str, str]]] = {}
    for e in sorted(entries, key=lambda e: e.day):
        by_year.setdefault(e.day.year, []).append(
            {"date": e.day.isoformat(), "kind": e.kind.value, "name_vi": e.reason, "source": e.source})
    return by_year


def publish_calendar(db: Database, path: Path, year: int | None = None) -> list[dict[str, Any]]:
    """One signed announcement per year of the file (or only ``year``); returns them."""
    try:
        with path.open("rb") as f:  # bounded: a huge file or /dev/zero is refused, not read into memory
            data = f.read(MAX_CALENDAR_BYTES + 1)
    except OSError as exc:
        raise Refused(400, f"Không đọc được tệp: {exc.strerror or exc}") from None
    if len(data) > MAX_CALENDAR_BYTES:
        raise Refused(413, f"Tệp lịch quá lớn (tối đa {MAX_CALENDAR_BYTES} byte)")
    by_year = calendar_rows(data)
    if year is not None:
        if year not in by_year:
            raise Refused(400, f"Tệp không có ngày nào của năm {year}")
        by_year = {year: by_year[year]}
    key = province_key(db)
    published = []
    with db.transaction() as session:
        for y, rows in sorted(by_year.items()):
            now = datetime.now(UTC)
            row = Announcement(kind="calendar", year=y, published_at=now, signed="")
            session.add(row)
            session.flush()  # the id is part of the signed content
            body = {"schema": SCHEMA, "id": row.id, "kind": "calendar", "year": y,
                    "published_at": now.isoformat(timespec="seconds"), "content": {"notices": rows}}
            signed = package.sign(body, key)
            row.signed = json.dumps(signed, ensure_ascii=False, sort_keys=True)
            published.append(signed)
    return published


def _signed(db: Database, kind: str, year: int, content: dict[str, Any]) -> dict[str, Any]:
    """Stored and signed in one transaction: the id (part of the signed content) is the row's."""
    key = province_key(db)
    with db.transaction() as session:
        now = datetime.now(UTC)
        row = Announcement(kind=kind, year=year, published_at=now, signed="")
        session.add(row)
        session.flush()
        body = {"schema": SCHEMA, "id": row.id, "kind": kind, "year": year,
                "published_at": now.isoformat(timespec="seconds"), "content": content}
        signed = package.sign(body, key)
        row.signed = json.dumps(signed, ensure_ascii=False, sort_keys=True)
    return signed


def publish_rules(db: Database, path: Path) -> dict[str, Any]:
    """A deadline rule set (the JSON form of data/rule_sets/*.json), checked as the offices will check it,
    signed and published; returns the announcement."""
    try:
        with path.open("rb") as f:
            data = f.read(ann.MAX_BYTES + 1)
    except OSError as exc:
        raise Refused(400, f"Không đọc được tệp: {exc.strerror or exc}") from None
    if len(data) > ann.MAX_BYTES:
        raise Refused(413, f"Tệp bộ quy tắc quá lớn (tối đa {ann.MAX_BYTES} byte)")
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # nested past Python's limit
        raise Refused(400, "Tệp bộ quy tắc không phải JSON UTF-8 hợp lệ") from None
    try:
        rule_set = strict_rule_set(obj)
    except package.PackageError as exc:
        raise Refused(400, exc.reason) from None
    return _signed(db, "rule_set", rule_set.valid_from.year, {"rule_set": obj})


def announcements_after(db: Database, after: int) -> list[dict[str, Any]]:
    with db.transaction() as session:
        rows = session.scalars(select(Announcement).where(Announcement.id > after).order_by(Announcement.id))
        return [json.loads(r.signed) for r in rows]
