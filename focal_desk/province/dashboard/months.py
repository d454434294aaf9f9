"""Months as "YYYY-MM" text (as packages carry them): parsing what a user typed, ranges, the due date."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from .settings import VIETNAM

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the Law on Access to Information dates from 2016


def parse_month(text: str | None) -> str | None:
    """ "2026-11" (full-width digits and stray spaces or invisible characters forgiven) or None."""
    if text is None or len(text) > 40:
        return None
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isprintable() and not ch.isspace())
    if len(text) > 10 or not (m := _MONTH.match(text)):
        return None
    year, month = int(m[1]), int(m[2])
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def parse_year(text: str | None) -> int | None:
    if text is None or len(text) > 40:
        return None
    text = unicodedata.normalize("NFKC", text).strip()
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        return None
    year = int(text)
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def shift(month: str, by: int) -> str:
    n = int(month[:4]) * 12 + int(month[5:]) - 1 + by
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def span(first: str, last: str) -> list[str]:
    out, m = [], first
    while m <= last:
        out.append(m)
        m = shift(m, 1)
    return out


def year_months(year: int) -> list[str]:
    return span(f"{year:04d}-01", f"{year:04d}-12")


def current_month(now: datetime) -> str:
    local = now.astimezone(VIETNAM)
    return f"{local.year:04d}-{local.month:02d}"


def last_twelve(now: datetime) -> list[str]:
    """The twelve months before the current one (the current month is not over: nothing to report yet)."""
    last = shift(current_month(now), -1)
    return span(shift(last, -11), last)


def due_date(month: str, due_day: int) -> date:
    """The last day (Vietnam time) on which month's package is on time: ``due_day`` of the next month."""
    nxt = shift(month, 1)
    return date(int(nxt[:4]), int(nxt[5:]), due_day)


def label(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"
