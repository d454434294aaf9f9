"""`focal-desk stats --from D --to D | --month YYYY-MM [--json] [--report FILE.pdf]`: the figures of a period
(domain/statistics.py), and the Báo cáo PDF with the same tables."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.statistics import FIGURES, Period, Statistics
from ..argtypes import EXIT_OK, LAW_IN_FORCE, cli_today, day_between, month
from ..show import safe
from .common import (
    add_json_flag,
    opened,
    print_json,
    print_lines,
    refuse_inside_data_dir,
    refuse_special_file,
)

period_day = day_between(lambda: LAW_IN_FORCE, lambda: date(cli_today().year, 12, 31),
                         "kỳ thống kê không vượt quá năm nay")


def statistics_lines(stats: Statistics) -> list[str]:
    from ...documents.report import value_text  # reportlab only for this command

    lines = [f"Thống kê {stats.period.in_sentence}"]
    section = None
    for f in FIGURES:
        if f.section is not section:
            section = f.section
            lines += ["", section.label_vi]
        indent = "    " if f.parent else "  "
        lines.append(f"{indent}{f.label_vi}: {value_text(f.key, stats[f.key])}")
    return lines


def _period(args: argparse.Namespace) -> Period:
    if args.month is not None:
        if args.start is not None or args.end is not None:
            raise ValidationError.single("month", "dùng --month hoặc --from/--to, không dùng cả hai")
        return Period.month(*args.month)
    if args.start is None or args.end is None:
        raise ValidationError.single("from", "cần --from và --to (hoặc --month)")
    if args.end < args.start:
        raise ValidationError.single("to", "ngày --to trước ngày --from")
    return Period(args.start, args.end)


def _write_report(pdf: bytes, target: str) -> Path:
    out = Path(target)
    refuse_special_file(out, "report")
    part = out.with_name(out.name + ".part")
    try:
        part.write_bytes(pdf)
        os.replace(part, out)  # never a half-written report under its name
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError.single("report", f"không ghi được tệp: {exc.strerror or exc}") from None
    return out


def run(args: argparse.Namespace) -> int:
    period = _period(args)
    with opened(args, reading=True) as app:
        if args.report:
            refuse_inside_data_dir(Path(args.report), app.paths.data_dir, "report")
        service = app.statistics()
        stats = service.compute(period)
        pdf = service.report_pdf(period, args.difficulties, args.recommendations) if args.report else None
    written = _write_report(pdf, args.report) if pdf is not None else None
    if args.json:
        print_json({**stats.as_json(), "report": str(written) if written else None})
    else:
        print_lines([safe(line) for line in statistics_lines(stats)])
        if written:
            print_lines(["", safe(f"Đã ghi báo cáo: {written}")])
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("stats", help="thống kê yêu cầu trong một kỳ; in báo cáo (PDF)")
    s.add_argument("--from", dest="start", type=period_day, metavar="YYYY-MM-DD", help="ngày đầu kỳ, YYYY-MM-DD")
    s.add_argument("--to", dest="end", type=period_day, metavar="YYYY-MM-DD", help="ngày cuối kỳ, YYYY-MM-DD (tính cả ngày này)")
    s.add_argument("--month", type=month, metavar="YYYY-MM", help="cả một tháng, YYYY-MM, thay cho --from/--to")
    s.add_argument("--report", metavar="TỆP.pdf", help="ghi báo cáo (Báo cáo, ký hiệu BC) ra tệp PDF này")
    s.add_argument("--difficulties", default="", metavar="NỘI_DUNG",
                   help="khó khăn, vướng mắc in trong báo cáo")
    s.add_argument("--recommendations", default="", metavar="NỘI_DUNG",
                   help="kiến nghị, đề xuất in trong báo cáo")
    add_json_flag(s)
    s.set_defaults(handler=run, flags={"start": "--from", "end": "--to", "month": "--month", "report": "--report"})
