"""Time comes in through a Clock so that domain and services never read "today" themselves."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Protocol

VN_TZ = timezone(timedelta(hours=7), "ICT")


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware datetime in Vietnam time."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(VN_TZ)


class FixedClock:
    """A clock that only moves when told to (tests, demo seeding)."""

    def __init__(self, at: datetime):
        self.at = at if at.tzinfo else at.replace(tzinfo=VN_TZ)

    def now(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at if at.tzinfo else at.replace(tzinfo=VN_TZ)


def today(clock: Clock) -> date:
    return clock.now().astimezone(VN_TZ).date()
