"""The base layer: statutory holidays computed by python-holidays (VN, Vietnamese names).

It lags behind the government's yearly announcements, which is why announcements are layered above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib.metadata import version

from ..domain.calendar import CalendarEntry, DayKind, Layer


def library_version() -> str:
    return version("holidays")


def base_entries(years: Iterable[int], excluded_names: Sequence[str] = ()) -> list[CalendarEntry]:
    import holidays  # imported here: start-up of the window must not pay for it

    years = sorted(set(years))
    if not years:
        return []
    vn = holidays.country_holidays("VN", years=years, language="vi")
    source = f"python-holidays {library_version()} (Bộ luật Lao động 2019 Điều 112; ngày âm lịch tính tự động)"
    entries = []
    for day, names in sorted(vn.items()):
        kept = [n for n in names.split("; ") if not any(x in n for x in excluded_names)]
        if kept:
            entries.append(CalendarEntry(day, DayKind.OFF, "; ".join(kept), source, Layer.BASE))
    for day in sorted(getattr(vn, "weekend_workdays", ())):
        if day.year in years:
            entries.append(CalendarEntry(day, DayKind.WORK, "Ngày làm bù", source, Layer.BASE))
    return entries
