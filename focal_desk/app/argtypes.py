"""Argument types of the command line: every number and date is checked at the door.

A value out of range is an argparse error, so it ends as one line naming the flag, exit 2, before the
database is opened — nothing can be written, and no calendar is computed for the year 9999.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from ..domain.calendar import fmt_date
from ..domain.clock import SystemClock, today

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

# Luật Tiếp cận thông tin 104/2016/QH13 took effect on this day (the first rule set's valid_from): no request
# can have been received, become valid or been acted on before it.
LAW_IN_FORCE = date(2018, 7, 1)
CALENDAR_FIRST_YEAR = 2018  # calendar_policy.json "first_year": the base layer starts here
CALENDAR_YEARS_AHEAD = 5  # as far ahead as the calendar page lets the officer browse and add days
SQLITE_MAX_INT = 2**63 - 1


class VietnameseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "cách dùng: " if prefix is None else prefix)


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line naming the argument, exit code 2. ``--help`` in Vietnamese, argparse's own
    words included, like every option's help."""

    def __init__(self, *args, **kwargs) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", VietnameseHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="in trợ giúp này rồi thoát")

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"focal-desk: lỗi tham số / bad argument: {message}\n")


def cli_today() -> date:
    return today(SystemClock())


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày '{text}' không đúng dạng YYYY-MM-DD") from None


def day_between(earliest: Callable[[], date], latest: Callable[[], date], why_latest: str) -> Callable[[str], date]:
    def parse(text: str) -> date:
        day = _parse_day(text)
        lo, hi = earliest(), latest()
        if day < lo:
            why = "Luật Tiếp cận thông tin có hiệu lực từ ngày này" if lo == LAW_IN_FORCE else "lịch bắt đầu từ ngày này"
            raise argparse.ArgumentTypeError(f"ngày {fmt_date(day)} trước {fmt_date(lo)} ({why})")
        if day > hi:
            raise argparse.ArgumentTypeError(f"ngày {fmt_date(day)} sau {fmt_date(hi)} ({why_latest})")
        return day

    return parse


# --received-on, --valid-on, --on: what happened to a request happened between the law and today.
request_day = day_between(lambda: LAW_IN_FORCE, cli_today, "không được ở tương lai")
# `deadline --valid-on`: a preview may look ahead, as far as next year's calendar is known.
preview_day = day_between(lambda: LAW_IN_FORCE, lambda: date(cli_today().year + 1, 12, 31),
                          "chỉ xem trước được đến hết năm sau")
# calendar --date: the years the calendar page shows.
calendar_day = day_between(lambda: date(CALENDAR_FIRST_YEAR, 1, 1),
                           lambda: date(cli_today().year + CALENDAR_YEARS_AHEAD, 12, 31),
                           f"lịch chỉ quản lý đến {CALENDAR_YEARS_AHEAD} năm tới")


def calendar_year(text: str) -> int:
    year = integer(text)
    last = cli_today().year + CALENDAR_YEARS_AHEAD
    if not CALENDAR_FIRST_YEAR <= year <= last:
        raise argparse.ArgumentTypeError(f"năm phải từ {CALENDAR_FIRST_YEAR} đến {last}")
    return year


def month(text: str) -> tuple[int, int]:
    """YYYY-MM, from the month the law took effect to this month."""
    try:
        y, m = text.split("-")
        year, month_no = int(y), int(m)
        if len(y) != 4 or not 1 <= month_no <= 12:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' không đúng dạng YYYY-MM") from None
    now = cli_today()
    if not (LAW_IN_FORCE.year, LAW_IN_FORCE.month) <= (year, month_no) <= (now.year, now.month):
        raise argparse.ArgumentTypeError(
            f"tháng phải từ {LAW_IN_FORCE:%m/%Y} (Luật có hiệu lực) đến {now:%m/%Y}")
    return year, month_no


def integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' không phải số nguyên") from None


def count_up_to(limit: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        n = integer(text)
        if not 1 <= n <= limit:
            raise argparse.ArgumentTypeError(f"phải từ 1 đến {limit:,}".replace(",", "."))
        return n

    return parse


def request_id(text: str) -> int:
    """A request id as the register shows it: a positive integer SQLite can hold."""
    n = integer(text)
    if not 1 <= n <= SQLITE_MAX_INT:
        raise argparse.ArgumentTypeError(f"'{text}' không phải ID của yêu cầu nào (ID là số nguyên dương)")
    return n
