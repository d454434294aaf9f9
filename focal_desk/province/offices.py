"""Registering an office (a one-time enrollment code) and its enrollment (its public key, sent with the code)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from ..sync import package
from .db import Database
from .errors import Refused
from .models import Office

OFFICE_CODE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")  # what a package may carry (sync.package)


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode("utf-8")).hexdigest()


def new_code() -> str:
    """20 random base32 characters in groups of 5 (100 bits): easy to read over the phone."""
    text = base64.b32encode(secrets.token_bytes(15)).decode("ascii")
    return "-".join(text[i:i + 5] for i in range(0, 20, 5))


@dataclass(frozen=True)
class Registered:
    code: str
    name: str
    enrollment_code: str
    reissued: bool


def add_office(db: Database, code: str, name: str) -> Registered:
    """Register an office; for an office already registered, a new one-time code (a lost or replaced
    computer): the next enrollment with it replaces the office's key."""
    code, name = code.strip(), " ".join(name.split())
    if not OFFICE_CODE.match(code):
        raise Refused(400, "Mã văn phòng chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự)")
    if not 0 < len(name) <= 300:
        raise Refused(400, "Tên văn phòng không được để trống (tối đa 300 ký tự)")
    enrollment_code = new_code()
    with db.transaction() as session:
        office = session.scalar(select(Office).where(Office.code == code))
        reissued = office is not None
        if office is None:
            office = Office(code=code, name=name, created_at=datetime.now(UTC))
            session.add(office)
        office.name = name
        office.enrollment_code_hash = _hash(enrollment_code)
        office.enrollment_used = False
    return Registered(code, name, enrollment_code, reissued)


@dataclass(frozen=True)
class Enrolled:
    office_code: str
    office_name: str


def enroll(db: Database, office_code: str, enrollment_code: str, public_key: str) -> Enrolled:
    try:
        key = package.public_key_from_text(public_key)
    except package.PackageError as exc:
        raise Refused(400, exc.reason) from None
    key_text = package.public_key_text(key)
    with db.transaction() as session:
        office = session.scalar(select(Office).where(Office.code == office_code).with_for_update())
        if office is None:
            raise Refused(404, "Không có văn phòng với mã này trong danh sách của tỉnh")
        if not hmac.compare_digest(office.enrollment_code_hash, _hash(enrollment_code)):
            raise Refused(403, "Mã đăng ký không đúng")
        if office.enrollment_used:
            if office.public_key == key_text:  # the office retries after a lost answer
                return Enrolled(office.code, office.name)
            raise Refused(409, "Mã đăng ký đã được dùng: văn phòng đã đăng ký với một khóa khác "
                               "(xin tỉnh cấp mã mới nếu đã thay máy)")
        office.public_key = key_text
        office.enrollment_used = True
        office.enrolled_at = datetime.now(UTC)
        return Enrolled(office.code, office.name)


@dataclass(frozen=True)
class KeyRegistered:
    office_code: str
    office_name: str
    key_id: str  # read back to the office over the phone: both sides must see the same
    replaced: bool


def register_key(db: Database, office_code: str, public_key: str) -> KeyRegistered:
    """An office with no internet at all: the province types in (or reads from a file) the public key the
    office printed with `focal-desk sync key`, and compares its key id over the phone. Replaces any earlier
    key and uses up the office's one-time code, as an enrollment would."""
    try:
        key = package.public_key_from_text(public_key.strip())
    except package.PackageError as exc:
        raise Refused(400, exc.reason) from None
    key_text = package.public_key_text(key)
    with db.transaction() as session:
        office = session.scalar(select(Office).where(Office.code == office_code.strip()).with_for_update())
        if office is None:
            raise Refused(404, "Không có văn phòng với mã này trong danh sách của tỉnh (thêm bằng add-office)")
        replaced = office.public_key is not None and office.public_key != key_text
        office.public_key = key_text
        office.enrollment_used = True
        office.enrolled_at = datetime.now(UTC)
        return KeyRegistered(office.code, office.name, package.key_id(key), replaced)
