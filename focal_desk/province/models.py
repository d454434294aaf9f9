"""The province's tables. The latest revision of an office's month is the highest stored one (see report.py);
lower revisions stay as the office's history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    enrollment_code_hash: Mapped[str] = mapped_column(String(64))  # sha256 hex of a random one-time code
    enrollment_used: Mapped[bool] = mapped_column(Boolean, default=False)
    public_key: Mapped[str | None] = mapped_column(String(64), default=None)  # base64 raw Ed25519
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Package(Base):
    __tablename__ = "packages"
    __table_args__ = (UniqueConstraint("office_id", "month", "revision", name="uq_packages_office_month_revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))  # of the canonical (signed) form
    indicators: Mapped[dict[str, Any]] = mapped_column(JSON)
    body: Mapped[str] = mapped_column(Text)  # the signed file as received, for audit
    via: Mapped[str] = mapped_column(String(10))  # "api" or "file"
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Announcement(Base):
    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    signed: Mapped[str] = mapped_column(Text)  # the signed JSON object, served as is


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ProvinceKey(Base):
    """The province's Ed25519 signing key, kept in its database so that it moves (and is backed up) with it."""

    __tablename__ = "province_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    private_key: Mapped[str] = mapped_column(String(64))  # base64 raw 32 bytes
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DashboardSession(Base):
    """A logged-in dashboard session. Only the SHA-256 of its random token is kept: a copy of the database
    logs nobody in. It ends at logout, after an idle spell, or at an absolute age (dashboard/settings.py)."""

    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
