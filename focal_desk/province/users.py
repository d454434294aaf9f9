"""Province staff who will log in to the dashboard: a name and an argon2 password hash."""

from __future__ import annotations

import secrets
import unicodedata
from datetime import UTC, datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from .db import Database
from .errors import Refused
from .models import User

MIN_PASSWORD = 10


def user_name(name: str) -> str:
    """As stored and looked up: NFKC, so that "cán bộ" typed as decomposed letters (a Mac, a phone) or in
    full-width is the same name."""
    return unicodedata.normalize("NFKC", name).strip()


def add_user(db: Database, name: str, password: str) -> str:
    """Adds the user; returns the name as stored."""
    name = user_name(name)
    if not 0 < len(name) <= 100:
        raise Refused(400, "Tên người dùng không được để trống (tối đa 100 ký tự)")
    if not name.isprintable():  # a control or invisible character: a name nobody can type, or a look-alike
        raise Refused(400, "Tên người dùng không được chứa ký tự điều khiển hoặc ký tự vô hình")
    if len(password) < MIN_PASSWORD:
        raise Refused(400, f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự")
    hashed = PasswordHasher().hash(password)
    with db.transaction() as session:
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise Refused(409, f"Đã có người dùng {name}")
        session.add(User(name=name, password_hash=hashed, created_at=datetime.now(UTC)))
    return name


def authenticate(db: Database, name: str, password: str) -> int | None:
    """The user's id when the password is theirs. An unknown name costs the same argon2 work as a known one,
    so the answer's time does not tell which names exist."""
    name = user_name(name)
    user = None
    if name and not any(unicodedata.category(ch) == "Cc" for ch in name):  # PostgreSQL refuses NUL in text
        with db.transaction() as session:
            user = session.scalar(select(User).where(User.name == name))
    hashed = user.password_hash if user is not None else _dummy_hash()
    try:
        ok = PasswordHasher().verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return None
    return user.id if ok and user is not None else None


def check_password(db: Database, name: str, password: str) -> bool:
    return authenticate(db, name, password) is not None


@cache
def _dummy_hash() -> str:
    return PasswordHasher().hash(secrets.token_urlsafe(16))
