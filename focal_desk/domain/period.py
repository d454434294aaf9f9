"""A reporting period: a month, a quarter, a year or any range of dates, counted on the received date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError

ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    """Both ends included. ``label_vi`` says it as a report heading does."""

    start: date
    end: date
    label_vi: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError.single("period", "Ngày kết thúc trước ngày bắt đầu")
        if not self.label_vi:
            object.__setattr__(self, "label_vi", f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}")

    @property
    def end_exclusive(self) -> date:
        return self.end + timedelta(days=1)

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise ValidationError.single("period", f"Tháng không hợp lệ: {month}")
        start = date(year, month, 1)
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return cls(start, following - timedelta(days=1), f"Tháng {month:02d} năm {year}")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValidationError.single("period", f"Quý không hợp lệ: {quarter}")
        start = date(year, 3 * quarter - 2, 1)
        following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(start, following - timedelta(days=1), f"Quý {ROMAN[quarter - 1]} năm {year}")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), f"Năm {year}")

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        return cls(start, end)

    @property
    def in_sentence(self) -> str:
        """The label inside a sentence: "… theo yêu cầu tháng 03 năm 2026 như sau"."""
        return self.label_vi[:1].lower() + self.label_vi[1:]

    def months(self) -> Iterator[Period]:
        """The calendar months the period touches, each cut to the period."""
        y, m = self.start.year, self.start.month
        while date(y, m, 1) <= self.end:
            whole = Period.month(y, m)
            yield Period(max(whole.start, self.start), min(whole.end, self.end))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
