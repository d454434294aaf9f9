"""`focal-desk export-log`: the log book of a month, a quarter, a year or any range of dates as PDF, XLSX
or CSV, full or public (personal data masked); recorded in the audit trail."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ...domain.log_book import ExportFormat
from ...domain.period import Period
from ..argtypes import EXIT_OK, OneLineParser, integer, month, request_day

FORMAT_HELP = "pdf (A4 ngang, để in và ký), xlsx (Excel: ngày thật, có dòng tổng công thức), csv (UTF-8 có BOM, ngày ISO)"


def quarter(text: str) -> tuple[int, int]:
    """YYYY-Q (2026-1 … 2026-4) or YYYY-QN."""
    try:
        y, q = text.upper().replace("Q", "").split("-")
        year, number = int(y), int(q)
        if len(y) != 4 or not 1 <= number <= 4:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' không đúng dạng YYYY-Q (ví dụ 2026-1)") from None
    return year, number


def year(text: str) -> int:
    value = integer(text)
    if not 2018 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"năm '{text}' không hợp lệ")
    return value


def period_of(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Period:
    if args.date_to is not None and args.date_from is None:
        parser.error("--to chỉ dùng cùng --from")
    if args.month is not None:
        return Period.month(*args.month)
    if args.quarter is not None:
        return Period.quarter(*args.quarter)
    if args.year is not None:
        return Period.year(args.year)
    if args.date_from is None or args.date_to is None:
        parser.error("cần --month, --quarter, --year, hoặc cả --from và --to")
    if args.date_to < args.date_from:
        parser.error(f"--to {args.date_to:%d/%m/%Y} trước --from {args.date_from:%d/%m/%Y}")
    return Period.between(args.date_from, args.date_to)


def format_of(args: argparse.Namespace, parser: argparse.ArgumentParser) -> ExportFormat:
    if args.format is not None:
        return ExportFormat(args.format)
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix in {f.value for f in ExportFormat}:
        return ExportFormat(suffix)
    parser.error("cần --format (pdf, xlsx hoặc csv): không đoán được từ đuôi tệp --out")


def export_log(args: argparse.Namespace) -> int:
    from .common import opened, refuse_inside_data_dir

    parser: argparse.ArgumentParser = args.parser
    period = period_of(args, parser)
    fmt = format_of(args, parser)
    out = Path(args.out).expanduser().absolute()
    with opened(args, reading=True) as app:
        refuse_inside_data_dir(out, app.paths.data_dir, "out")
        result = app.log_book().export(period, fmt, out, public=args.public)
    kind = "bản công khai (đã che thông tin cá nhân)" if args.public else "bản đầy đủ"
    print(f"Đã xuất {result.entries} yêu cầu — {period.label_vi}, {kind}: {result.path}", file=sys.stdout)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p: OneLineParser = sub.add_parser(
        "export-log", help="xuất sổ theo dõi của một kỳ ra tệp PDF, XLSX hoặc CSV",
        description="Xuất sổ theo dõi cung cấp thông tin theo yêu cầu của một tháng, một quý, một năm hoặc "
                    "một khoảng ngày (theo ngày tiếp nhận), theo thứ tự số vào sổ. Mỗi lần xuất được ghi "
                    "vào nhật ký thao tác. Định dạng: " + FORMAT_HELP + ".")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--month", type=month, metavar="YYYY-MM", help="một tháng (YYYY-MM), ví dụ 2026-03")
    which.add_argument("--quarter", type=quarter, metavar="YYYY-Q", help="một quý (YYYY-Q), ví dụ 2026-1")
    which.add_argument("--year", type=year, metavar="YYYY", help="một năm (YYYY), ví dụ 2026")
    which.add_argument("--from", dest="date_from", type=request_day, metavar="YYYY-MM-DD",
                       help="từ ngày (YYYY-MM-DD), cùng --to")
    p.add_argument("--to", dest="date_to", type=request_day, metavar="YYYY-MM-DD", help="đến ngày (YYYY-MM-DD), cùng --from")
    p.add_argument("--format", choices=[f.value for f in ExportFormat],
                   help=f"định dạng: {FORMAT_HELP}; mặc định theo đuôi tệp --out")
    p.add_argument("--public", action="store_true",
                   help="bản công khai: che số giấy tờ, điện thoại, thư điện tử và địa chỉ chi tiết "
                        "(giữ xã/phường), cả khi chúng nằm trong nội dung yêu cầu hay ghi chú")
    p.add_argument("--out", required=True, metavar="TỆP", help="tệp sẽ ghi (ghi đè nếu đã có)")
    p.set_defaults(handler=export_log, parser=p, flags={"out": "--out", "period": "--from/--to",
                                                         "agency": "cơ quan"})
