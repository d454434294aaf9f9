"""What the dashboard can be told: the clock (tests inject one), the report due day, session lifetimes,
the failed-login limit and the name printed on the report's heading."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "ICT")  # no daylight saving: a fixed offset needs no tz database
DEFAULT_DUE_DAY = 10


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DashboardSettings:
    # A month M counts as late when its first revision arrived after this day of month M+1 (Vietnam time).
    due_day: int = DEFAULT_DUE_DAY
    clock: Callable[[], datetime] = utc_now
    idle: timedelta = timedelta(hours=1)  # a session unused this long ends
    absolute: timedelta = timedelta(hours=8)  # and every session ends this long after the login
    max_failures: int = 5  # failed logins of one name from one address ...
    failure_window: timedelta = timedelta(minutes=15)  # ... within this spell lock that pair out for it
    agency: str = "SỞ TƯ PHÁP"  # the heading of the report to the Ministry
    parent_agency: str = "ỦY BAN NHÂN DÂN TỈNH"
    place: str = ""  # "Hà Nội": the place of the date line; empty prints the date alone

    def __post_init__(self) -> None:
        if not 1 <= self.due_day <= 28:
            raise ValueError("due_day must be 1..28")
