"""The working-day calendar: Mon–Fri, minus days off, plus announced working Saturdays.

Entries come in layers; for one date the highest layer wins, and within a layer the later entry wins.
Every non-working day has a reason and a source so that each deadline can say why it skipped a day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum

from .errors import CalendarGap

WEEKDAY_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


class DayKind(StrEnum):
    OFF = "off"  # a weekday that is not worked (holiday, compensatory day, swap)
    WORK = "work"  # a weekend day (or overridden day off) that is worked


class Layer(IntEnum):
    BASE = 0  # computed by python-holidays (Labour Code Art. 112 + lunar dates)
    OFFICIAL = 1  # announcements shipped with the app
    LOCAL = 2  # added or imported by the officer, or published by the province


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: DayKind
    reason: str
    source: str
    layer: int = Layer.LOCAL
    id: int | None = None
    added_at: datetime | None = None


@dataclass(frozen=True)
class DayInfo:
    day: date
    working: bool
    reason: str  # why it is (not) a working day; "" for an ordinary weekday
    entry: CalendarEntry | None


@dataclass(frozen=True)
class SkippedDay:
    """A day the count passed over — or, with ``counted``, a weekend day it counted (a working Saturday)."""

    day: date
    reason: str
    counted: bool = False

    def describe(self) -> str:
        return f"{fmt_date(self.day)} — {self.reason}"


def fmt_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")


class WorkCalendar:
    def __init__(self, entries: Iterable[CalendarEntry], covered_years: Iterable[int] | None = None):
        winners: dict[date, CalendarEntry] = {}
        for e in entries:  # the caller passes them oldest first
            held = winners.get(e.day)
            if held is None or e.layer >= held.layer:
                winners[e.day] = e
        self._entries = winners
        self._covered = frozenset(covered_years) if covered_years is not None else None

    @property
    def covered_years(self) -> frozenset[int] | None:
        return self._covered

    def entries(self) -> list[CalendarEntry]:
        return sorted(self._entries.values(), key=lambda e: e.day)

    def _check_covered(self, d: date) -> None:
        if self._covered is not None and d.year not in self._covered:
            raise CalendarGap(f"Lịch làm việc chưa có dữ liệu năm {d.year}")

    def info(self, d: date) -> DayInfo:
        self._check_covered(d)
        weekend = d.weekday() >= 5
        e = self._entries.get(d)
        if e is None:
            return DayInfo(d, not weekend, WEEKDAY_VI[d.weekday()] if weekend else "", None)
        if e.kind is DayKind.WORK:
            return DayInfo(d, True, e.reason, e)
        reason = f"{e.reason} ({WEEKDAY_VI[d.weekday()]})" if weekend else e.reason
        return DayInfo(d, False, reason, e)

    def is_working_day(self, d: date) -> bool:
        """Fast path of ``info(d).working`` (the deadline loops call it for every day they pass)."""
        self._check_covered(d)
        e = self._entries.get(d)
        if e is None:
            return d.weekday() < 5
        return e.kind is DayKind.WORK

    def next_working_day(self, d: date) -> tuple[date, list[SkippedDay]]:
        """``d`` itself if it is a working day, else the first working day after it."""
        skipped: list[SkippedDay] = []
        for _ in range(400):
            i = self.info(d)
            if i.working:
                return d, skipped
            skipped.append(SkippedDay(d, i.reason))
            d += timedelta(days=1)
        raise CalendarGap("Không tìm thấy ngày làm việc trong 400 ngày")

    def add_working_days(self, start: date, n: int) -> tuple[date, list[SkippedDay]]:
        """Civil Code Art. 147: ``start`` is not counted; count ``n`` working days after it."""
        if n < 0:
            raise ValueError("n must be >= 0")
        d, counted, notes = start, 0, []
        while counted < n:
            d += timedelta(days=1)
            if self.is_working_day(d):
                counted += 1
                if d.weekday() >= 5:  # worth saying: an announced working Saturday counts
                    reason = self.info(d).reason
                    notes.append(SkippedDay(d, f"{WEEKDAY_VI[d.weekday()]} làm việc: {reason}", counted=True))
            else:
                notes.append(SkippedDay(d, self.info(d).reason))
        return d, notes

    def add_calendar_days(self, start: date, n: int) -> tuple[date, date, list[SkippedDay]]:
        """Civil Code Art. 147–148: count ``n`` days after ``start``; an end on a non-working day moves to
        the next working day. Returns (due, nominal end, the non-working days the end moved over)."""
        nominal = start + timedelta(days=n)
        due, skipped = self.next_working_day(nominal)
        return due, nominal, skipped

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]; negative when b is before a."""
        if b < a:
            return -self.working_days_between(b, a)
        count, d = 0, a
        while d < b:
            d += timedelta(days=1)
            if self.is_working_day(d):
                count += 1
        return count

    def year_days(self, year: int) -> list[DayInfo]:
        d, out = date(year, 1, 1), []
        while d.year == year:
            out.append(self.info(d))
            d += timedelta(days=1)
        return out
