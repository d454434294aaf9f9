"""The monthly summary package an office sends to the province: one UTF-8 JSON object, signed with the
office's Ed25519 key over a canonical form. Both sides use this module: the office builds and signs, the
province validates and verifies. Numbers only — never a requester's personal data."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SCHEMA = "focal_desk.summary/1"
MAX_BYTES = 256 * 1024  # a month of one office is a few KB; anything near this is not a summary
# What the province report sums at least (ND13 Đ12), as keys of domain/statistics.py or aliases of them.
REQUIRED_INDICATORS = ("received", "resolved", "refused", "complaints", "lawsuits")
ALIASES = {"resolved": "answered", "complaints": "complaints.filed", "lawsuits": "lawsuits.filed"}
_TOP_KEYS = {"schema", "office", "period", "revision", "generated_at", "app_version", "rule_sets", "indicators",
             "signature"}
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_KEY = re.compile(r"^[a-z_]+(\.[a-z_]+)*$")
_OFFICE_CODE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class PackageError(ValueError):
    """The package is not a valid summary; ``reason`` says why in one Vietnamese sentence."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Summary:
    """A validated package (signature not yet checked: that needs the office's enrolled key)."""

    office_code: str
    office_name: str
    month: str  # "2026-11"
    revision: int
    generated_at: str
    indicators: Mapping[str, int]
    key_id: str
    raw: Mapping[str, Any]


def canonical(package: Mapping[str, Any]) -> bytes:
    """The signed bytes: every field but the signature, keys sorted, no spaces, UTF-8."""
    body = {k: v for k, v in package.items() if k != "signature"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def key_id(public: Ed25519PublicKey) -> str:
    return hashlib.sha256(public_key_bytes(public)).hexdigest()[:16]


def public_key_bytes(public: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_text(public: Ed25519PublicKey) -> str:
    return base64.b64encode(public_key_bytes(public)).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise PackageError("Khóa công khai không hợp lệ") from exc


def indicators_from(figures: Mapping[str, int]) -> dict[str, int]:
    """Every statistics figure under its own key, plus the required aliases (resolved, complaints, lawsuits)."""
    out = {k: int(v) for k, v in figures.items()}
    for alias, key in ALIASES.items():
        out[alias] = int(figures.get(key, 0))
    return out


def build(*, office_code: str, office_name: str, month: str, revision: int, generated_at: datetime,
          app_version: str, rule_sets: list[str], indicators: Mapping[str, int]) -> dict[str, Any]:
    package: dict[str, Any] = {
        "schema": SCHEMA,
        "office": {"code": office_code, "name": office_name},
        "period": {"month": month},
        "revision": revision,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "app_version": app_version,
        "rule_sets": sorted(rule_sets),
        "indicators": dict(sorted(indicators.items())),
    }
    validate(package, signed=False)
    return package


def sign(package: Mapping[str, Any], private: Ed25519PrivateKey) -> dict[str, Any]:
    signed = {k: v for k, v in package.items() if k != "signature"}
    signed["signature"] = {
        "alg": "Ed25519",
        "key_id": key_id(private.public_key()),
        "value": base64.b64encode(private.sign(canonical(signed))).decode("ascii"),
    }
    return signed


def dumps(package: Mapping[str, Any]) -> bytes:
    """The file as sent or written to a stick (readable, UTF-8)."""
    return json.dumps(package, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def loads(data: bytes) -> Summary:
    """Parse and validate a received package (size, JSON, schema); raises PackageError with the reason."""
    if len(data) > MAX_BYTES:
        raise PackageError(f"Gói quá lớn ({len(data)} byte, tối đa {MAX_BYTES})")
    try:
        package = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(f"Gói không phải JSON UTF-8 hợp lệ: {exc}") from None
    except RecursionError:  # "[[[[…" past Python's limit: a crash (a 500) before
        raise PackageError("Gói không phải JSON UTF-8 hợp lệ: lồng nhau quá sâu") from None
    return validate(package, signed=True)


def validate(package: Any, *, signed: bool) -> Summary:
    def bad(reason: str) -> PackageError:
        return PackageError(reason)

    if not isinstance(package, dict):
        raise bad("Gói phải là một đối tượng JSON")
    keys = set(package)
    expected = _TOP_KEYS if signed else _TOP_KEYS - {"signature"}
    if keys != expected:
        missing, extra = sorted(expected - keys), sorted(keys - expected)
        raise bad(f"Trường không đúng lược đồ: thiếu {missing}, thừa {extra}")
    if package["schema"] != SCHEMA:
        raise bad(f"Lược đồ không hỗ trợ: {package['schema']!r}")
    office = package["office"]
    if not (isinstance(office, dict) and set(office) == {"code", "name"}
            and isinstance(office["code"], str) and _OFFICE_CODE.match(office["code"])
            and isinstance(office["name"], str) and 0 < len(office["name"]) <= 300):
        raise bad("Trường office không hợp lệ")
    period = package["period"]
    if not (isinstance(period, dict) and set(period) == {"month"} and isinstance(period["month"], str)
            and _MONTH.match(period["month"])):
        raise bad("Trường period không hợp lệ (cần tháng YYYY-MM)")
    revision = package["revision"]
    if not (type(revision) is int and 1 <= revision <= 10_000):
        raise bad("Số lần sửa (revision) phải là số nguyên dương")
    try:
        datetime.fromisoformat(package["generated_at"])
    except (TypeError, ValueError):
        raise bad("Thời điểm lập gói không hợp lệ") from None
    if not (isinstance(package["app_version"], str) and len(package["app_version"]) <= 40):
        raise bad("Phiên bản chương trình không hợp lệ")
    rule_sets = package["rule_sets"]
    if not (isinstance(rule_sets, list) and len(rule_sets) <= 50
            and all(isinstance(r, str) and len(r) <= 80 for r in rule_sets)):
        raise bad("Danh sách bộ quy tắc không hợp lệ")
    indicators = package["indicators"]
    if not (isinstance(indicators, dict) and len(indicators) <= 500):
        raise bad("Trường indicators không hợp lệ")
    for k, v in indicators.items():
        if not (isinstance(k, str) and _KEY.match(k) and type(v) is int and 0 <= v < 10**15):
            raise bad(f"Chỉ tiêu không hợp lệ: {k!r}")
    missing = [k for k in REQUIRED_INDICATORS if k not in indicators]
    if missing:
        raise bad(f"Thiếu chỉ tiêu bắt buộc: {', '.join(missing)}")
    kid = ""
    if signed:
        sig = package["signature"]
        if not (isinstance(sig, dict) and set(sig) == {"alg", "key_id", "value"} and sig["alg"] == "Ed25519"
                and isinstance(sig["key_id"], str) and isinstance(sig["value"], str)):
            raise bad("Chữ ký của gói không đúng dạng")
        kid = sig["key_id"]
    return Summary(office["code"], office["name"], period["month"], revision, package["generated_at"],
                   dict(indicators), kid, package)


def verify(summary: Summary, public: Ed25519PublicKey, *, signed: bytes | None = None) -> None:
    """Raises PackageError when the signature does not match the content and the office's key. ``signed``:
    canonical(summary.raw), when the caller has it already."""
    try:
        signature = base64.b64decode(summary.raw["signature"]["value"], validate=True)
        public.verify(signature, canonical(summary.raw) if signed is None else signed)
    except (InvalidSignature, ValueError, TypeError):
        raise PackageError("Chữ ký không khớp: gói đã bị sửa hoặc không do văn phòng này ký") from None


def month_bounds(month: str) -> tuple[date, date]:
    y, m = int(month[:4]), int(month[5:])
    start = date(y, m, 1)
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return start, date.fromordinal(nxt.toordinal() - 1)
