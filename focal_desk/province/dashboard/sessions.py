"""Server-side sessions of the dashboard: a random token in an HttpOnly cookie, its SHA-256 in the database.
A session ends at logout, after ``idle`` without a request, or ``absolute`` after the login, whichever first.
CSRF tokens are an HMAC of the session token (or, before login, of a random cookie) under a server secret
derived from the province key: nothing extra is stored and a restart keeps open forms valid."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from ..db import Database
from ..models import DashboardSession, User
from ..report import as_utc
from .settings import DashboardSettings

TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often: not one write per page


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LoggedIn:
    user_id: int
    user_name: str
    token: str


class Sessions:
    def __init__(self, db: Database, settings: DashboardSettings, secret: bytes):
        self.db = db
        self.settings = settings
        self._secret = secret

    def csrf(self, purpose: str, value: str) -> str:
        return hmac.new(self._secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, purpose: str, value: str | None, token: str | None) -> bool:
        if not value or not token:
            return False
        return hmac.compare_digest(self.csrf(purpose, value), token)

    def open(self, user_id: int) -> str:
        """A new session (a fresh token at every login: a token planted before it is worth nothing)."""
        token = secrets.token_urlsafe(32)
        now = self.settings.clock()
        with self.db.transaction() as session:
            session.add(
                DashboardSession(token_hash=_hash(token), user_id=user_id, created_at=now, last_seen_at=now)
            )
            # the expired sessions of everyone go at each login: the table stays small
            session.execute(
                delete(DashboardSession).where(
                    (DashboardSession.created_at < now - self.settings.absolute)
                    | (DashboardSession.last_seen_at < now - self.settings.idle)
                )
            )
        return token

    def find(self, token: str | None) -> LoggedIn | None:
        if not token or len(token) > 100:
            return None
        now = self.settings.clock()
        with self.db.transaction() as session:
            row = session.execute(
                select(DashboardSession, User.name)
                .join(User, User.id == DashboardSession.user_id)
                .where(DashboardSession.token_hash == _hash(token))
            ).first()
            if row is None:
                return None
            found, name = row
            created, seen = as_utc(found.created_at), as_utc(found.last_seen_at)
            if now - created >= self.settings.absolute or now - seen >= self.settings.idle:
                session.delete(found)
                return None
            if now - seen >= TOUCH_EVERY:
                found.last_seen_at = now
            return LoggedIn(found.user_id, name, token)

    def close(self, token: str | None) -> None:
        if token:
            with self.db.transaction() as session:
                session.execute(delete(DashboardSession).where(DashboardSession.token_hash == _hash(token)))


class FailedLogins:
    """Failed logins per (name, address) in memory: after ``max_failures`` within ``failure_window`` that
    pair is refused until the oldest failure leaves the window — a password guesser gets a handful of tries
    per quarter hour, a colleague at another desk is not locked out."""

    def __init__(self, settings: DashboardSettings):
        self.settings = settings
        self._failures: dict[tuple[str, str], list[datetime]] = {}
        self._lock = threading.Lock()  # the login handler runs in the server's thread pool

    def _recent(self, key: tuple[str, str]) -> list[datetime]:
        since = self.settings.clock() - self.settings.failure_window
        kept = [t for t in self._failures.get(key, []) if t > since]
        if kept:
            self._failures[key] = kept
        else:
            self._failures.pop(key, None)
        return kept

    def blocked(self, name: str, address: str) -> bool:
        with self._lock:
            return len(self._recent((name.strip().casefold(), address))) >= self.settings.max_failures

    def failed(self, name: str, address: str) -> None:
        key = (name.strip().casefold(), address)
        with self._lock:
            self._recent(key)
            if len(self._failures) > 10_000:  # a flood of made-up names must not grow memory without end
                self._failures.clear()
            self._failures.setdefault(key, []).append(self.settings.clock())

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._failures.pop((name.strip().casefold(), address), None)
