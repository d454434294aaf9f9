"""`focal-desk calendar list | add-day | remove-day | import`: the working-day calendar deadlines count on."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

from ...domain.calendar import CalendarEntry, DayKind, Layer, fmt_date
from ...domain.errors import ValidationError
from ...domain.notices import parse_notices
from ..argtypes import (
    CALENDAR_FIRST_YEAR,
    CALENDAR_YEARS_AHEAD,
    EXIT_OK,
    OneLineParser,
    calendar_day,
    calendar_year,
    cli_today,
)
from ..serialize import calendar_json, report_json
from ..show import calendar_lines, report_lines, safe
from .common import add_json_flag, opened, print_json, print_lines


def list_(args: argparse.Namespace) -> int:
    year = args.year or cli_today().year
    with opened(args, reading=True) as app:
        cal = app.calendar.calendar_covering(date(year, 1, 1))  # computes the base layer of a new year once
        days = cal.year_days(year)
        warnings = app.calendar.coverage_warnings()
    if args.json:
        print_json(calendar_json(year, days, warnings))
        return EXIT_OK
    print_lines(calendar_lines(year, days))
    sys.stdout.flush()
    for w in warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    return EXIT_OK


def add_day(args: argparse.Namespace) -> int:
    kind = DayKind(args.kind)
    with opened(args) as app:
        report = app.calendar.add_day(args.date, kind, args.reason, args.source)
    if args.json:
        print_json({"date": args.date.isoformat(), "kind": kind.value, **report_json(report)})
    else:
        what = "ngày nghỉ" if kind is DayKind.OFF else "ngày làm việc"
        print_lines([safe(f"Đã thêm {what} {fmt_date(args.date)}: {args.reason} — {args.source}"),
                     *report_lines(report)])
    return EXIT_OK


def remove_day(args: argparse.Namespace) -> int:
    with opened(args) as app:
        report = app.calendar.remove_local_day(args.date)
    print_lines([f"Đã xoá ghi chú của cơ quan cho ngày {fmt_date(args.date)}", *report_lines(report)])
    return EXIT_OK


def _read_entries(path: str) -> list[CalendarEntry]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError.single("file", "tệp không phải văn bản UTF-8 (hãy lưu dạng CSV UTF-8)") from None
    except OSError as exc:
        raise ValidationError.single("file", f"không đọc được tệp: {exc.strerror or exc}") from None
    try:
        entries = parse_notices(text, Layer.LOCAL)
    except csv.Error as exc:
        raise ValidationError.single("file", f"tệp CSV hỏng: {exc}") from None
    # The same bounds as `calendar add-day --date`: a row for the year 9999 would make the base layer
    # cover every year up to it.
    lo, hi = date(CALENDAR_FIRST_YEAR, 1, 1), date(cli_today().year + CALENDAR_YEARS_AHEAD, 12, 31)
    outside = sorted({e.day for e in entries if not lo <= e.day <= hi})
    if outside:
        shown = ", ".join(fmt_date(d) for d in outside[:3]) + (" …" if len(outside) > 3 else "")
        raise ValidationError.single("file", f"ngày nằm ngoài {fmt_date(lo)}–{fmt_date(hi)}: {shown}")
    return entries


def import_(args: argparse.Namespace) -> int:
    entries = _read_entries(args.file)  # a bad file is refused before the database is opened
    with opened(args) as app:
        report = app.calendar.import_entries(entries)
    if args.json:
        print_json({"imported": len(entries), **report_json(report)})
    else:
        print_lines([f"Đã nhập {len(entries)} ngày từ {args.file}", *report_lines(report)])
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("calendar", help="lịch làm việc: ngày nghỉ, ngày làm bù")
    csub = c.add_subparsers(dest="calendar_command", parser_class=OneLineParser, required=True, metavar="VERB")

    ls = csub.add_parser("list", help="các ngày nghỉ lễ, nghỉ bù, làm bù của một năm, kèm lý do và nguồn")
    ls.add_argument("--year", type=calendar_year, metavar="YYYY", help="năm, YYYY (mặc định: năm nay)")
    add_json_flag(ls)
    ls.set_defaults(handler=list_)

    a = csub.add_parser("add-day", help="thêm một ngày nghỉ hoặc ngày làm việc theo văn bản thông báo")
    a.add_argument("--date", required=True, type=calendar_day, metavar="YYYY-MM-DD", help="ngày, YYYY-MM-DD")
    a.add_argument("--kind", required=True, choices=[k.value for k in DayKind],
                   help="off: ngày nghỉ; work: ngày làm việc (làm bù)")
    a.add_argument("--reason", required=True, help="lý do nghỉ / làm bù")
    a.add_argument("--source", required=True, help="văn bản thông báo")
    add_json_flag(a, "in các yêu cầu đổi thời hạn dạng JSON")
    a.set_defaults(handler=add_day, flags={"day": "--date"})

    r = csub.add_parser("remove-day", help="xoá một ngày do cơ quan thêm")
    r.add_argument("--date", required=True, type=calendar_day, metavar="YYYY-MM-DD",
                   help="ngày cần xoá, YYYY-MM-DD")
    r.set_defaults(handler=remove_day, flags={"day": "--date"})

    i = csub.add_parser("import", help="nhập thông báo lịch nghỉ (CSV: date,kind,name_vi,source)")
    i.add_argument("file", metavar="FILE", help="tệp CSV UTF-8, các cột date,kind,name_vi,source (date: YYYY-MM-DD)")
    add_json_flag(i, "in các yêu cầu đổi thời hạn dạng JSON")
    i.set_defaults(handler=import_, flags={"file": "FILE"})
