"""What the province publishes for its offices (issue 10.4): a signed announcement — the year's calendar (the
rows of data/official_calendar_notices.csv as objects) or a deadline rule set (the form of
data/rule_sets/*.json, checked by rule_check.py; its year is that of its valid_from). Signed with the province's Ed25519 key
over the same canonical form as the summary packages (package.canonical); the office verifies it with the
key it received at enrollment. Validation here; applying it is the office's calendar service's job."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.rules import RuleSet
from .package import PackageError, canonical, key_id
from .rule_check import strict_rule_set

SCHEMA = "focal_desk.announcement/1"
MAX_BYTES = 512 * 1024
KINDS = ("calendar", "rule_set")
NOTICE_COLUMNS = ("date", "kind", "name_vi", "source")
_KEYS = {"schema", "id", "kind", "year", "published_at", "content", "signature"}


@dataclass(frozen=True)
class Announcement:
    id: int
    kind: str
    year: int
    published_at: str
    notices: list[dict[str, str]]
    raw: Mapping[str, Any]
    rule_set: RuleSet | None = None  # kind "rule_set"

    def notices_csv(self) -> str:
        """The rows as the calendar's CSV (domain/notices.py parses and checks them)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(NOTICE_COLUMNS)
        for row in self.notices:
            writer.writerow([row[c] for c in NOTICE_COLUMNS])
        return out.getvalue()


def build(*, announcement_id: int, year: int, published_at: datetime, notices: list[dict[str, str]]) -> dict[str, Any]:
    body = {"schema": SCHEMA, "id": announcement_id, "kind": "calendar", "year": year,
            "published_at": published_at.isoformat(timespec="seconds"), "content": {"notices": notices}}
    validate({**body, "signature": {"alg": "Ed25519", "key_id": "", "value": ""}})
    return body


def sign(announcement: Mapping[str, Any], private: Ed25519PrivateKey) -> dict[str, Any]:
    signed = {k: v for k, v in announcement.items() if k != "signature"}
    signed["signature"] = {"alg": "Ed25519", "key_id": key_id(private.public_key()),
                           "value": base64.b64encode(private.sign(canonical(signed))).decode("ascii")}
    return signed


def loads(data: bytes) -> Announcement:
    if len(data) > MAX_BYTES:
        raise PackageError(f"Thông báo quá lớn ({len(data)} byte, tối đa {MAX_BYTES})")
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(f"Thông báo không phải JSON UTF-8 hợp lệ: {exc}") from None
    except RecursionError:  # "[[[[…" past Python's limit
        raise PackageError("Thông báo không phải JSON UTF-8 hợp lệ: lồng nhau quá sâu") from None
    return validate(obj)


def validate(obj: Any) -> Announcement:
    if not isinstance(obj, dict) or set(obj) != _KEYS:
        raise PackageError("Thông báo của tỉnh không đúng lược đồ")
    if obj["schema"] != SCHEMA:
        raise PackageError(f"Lược đồ thông báo không hỗ trợ: {obj['schema']!r}")
    if not (type(obj["id"]) is int and obj["id"] >= 1):
        raise PackageError("Số thông báo không hợp lệ")
    if obj["kind"] not in KINDS:
        raise PackageError(f"Loại thông báo không hỗ trợ: {obj['kind']!r}")
    if not (type(obj["year"]) is int and 2000 <= obj["year"] <= 2200):
        raise PackageError("Năm của thông báo không hợp lệ")
    try:
        datetime.fromisoformat(obj["published_at"])
    except (TypeError, ValueError):
        raise PackageError("Thời điểm công bố không hợp lệ") from None
    content = obj["content"]
    rule_set = None
    if obj["kind"] == "rule_set":
        if not (isinstance(content, dict) and set(content) == {"rule_set"}):
            raise PackageError("Nội dung thông báo bộ quy tắc không hợp lệ")
        rule_set = strict_rule_set(content["rule_set"])
        if rule_set.valid_from.year != obj["year"]:
            raise PackageError("Năm của thông báo khác năm hiệu lực của bộ quy tắc")
        notices: Any = []
    else:
        notices = content.get("notices") if isinstance(content, dict) and set(content) == {"notices"} else None
        if not (isinstance(notices, list) and len(notices) <= 1000 and all(
                isinstance(r, dict) and set(r) == set(NOTICE_COLUMNS) and all(isinstance(v, str) for v in r.values())
                for r in notices)):
            raise PackageError("Nội dung thông báo lịch không hợp lệ")
    sig = obj["signature"]
    if not (isinstance(sig, dict) and set(sig) == {"alg", "key_id", "value"} and sig["alg"] == "Ed25519"
            and isinstance(sig["value"], str)):
        raise PackageError("Chữ ký của thông báo không đúng dạng")
    return Announcement(obj["id"], obj["kind"], obj["year"], obj["published_at"], notices, obj, rule_set)


def verify(announcement: Announcement, public: Ed25519PublicKey) -> None:
    try:
        public.verify(base64.b64decode(announcement.raw["signature"]["value"], validate=True),
                      canonical(announcement.raw))
    except (InvalidSignature, ValueError, TypeError):
        raise PackageError("Chữ ký của thông báo không khớp khóa của tỉnh: không áp dụng") from None
