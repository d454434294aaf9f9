"""Province staff who will log in to the dashboard: a name and an argon2 password hash."""

from __future__ import annotations

from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select

from .db import Database
from .errors import Refused
from .models import User

MIN_PASSWORD = 10


def add_user(db: Database, name: str, password: str) -> None:
    name = name.strip()
    if not 0 < len(name) <= 100:
        raise Refused(400, "Tên người dùng không được để trống (tối đa 100 ký tự)")
    if len(password) < MIN_PASSWORD:
        raise Refused(400, f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự")
    hashed = PasswordHasher().hash(password)
    with db.transaction() as session:
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise Refused(409, f"Đã có người dùng {name}")
        session.add(User(name=name, password_hash=hashed, created_at=datetime.now(UTC)))


def check_password(db: Database, name: str, password: str) -> bool:
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.name == name))
    if user is None:
        return False
    try:
        return PasswordHasher().verify(user.password_hash, password)
    except VerificationError:
        return False
