"""`focal-desk demo | check`: demo data and the health of the data folder."""

from __future__ import annotations

import argparse
import sys

from ..argtypes import EXIT_ERROR, EXIT_OK, count_up_to, integer
from .common import opened

MAX_DEMO = 1_000_000


def demo(args: argparse.Namespace) -> int:
    from ...demo.seed import seed_demo

    with opened(args) as app:
        def progress(done: int, total: int) -> None:
            print(f"\rđang tạo dữ liệu mẫu {done}/{total}", end="", file=sys.stderr, flush=True)

        result = seed_demo(app.uow_factory, app.calendar, app.rulebook, app.clock, args.requests, args.seed,
                           progress=progress)
    print(file=sys.stderr)
    print(f"Đã tạo {result.created} yêu cầu mẫu trong {result.seconds:.1f} giây")
    return EXIT_OK


def check(args: argparse.Namespace) -> int:
    """The file, the register against its manifest, the calendar and the backups; exit 1 on any error."""
    from ...domain.errors import NoRegister, RegisterProblem
    from ...storage.integrity import check_database
    from ..safety_cli import safety_without_opening

    findings: list[tuple[str, str, str]] = []
    try:
        with opened(args, reading=True) as app:
            findings += check_database(app.paths.database)
            block = app.safety.write_block()
            if block is not None:
                findings.append(("error", "register", str(block)))
            else:
                findings.append(("ok", "register", "Sổ theo dõi khớp với tệp kê khai số đã cấp; được phép ghi."))
            findings += [("warning", "calendar", w) for w in app.calendar.coverage_warnings()]
            lost = app.safety.lost_numbers()
            if lost:
                findings.append(("warning", "register", "Các số cần vào sổ lại sau lần khôi phục: "
                                 + ", ".join(str(r) for r in lost)))
    except (RegisterProblem, NoRegister) as exc:
        findings.append(("error", "register", str(exc)))
    safety, close = safety_without_opening(args, create=False)
    try:
        newest = safety.backups()[:1]
    finally:
        close()
    if newest:
        findings.append(("ok", "backup", f"Bản sao lưu mới nhất: {newest[0].path} ({newest[0].made_at:%d/%m/%Y %H:%M})"))
    else:
        findings.append(("warning", "backup", "Chưa có bản sao lưu nào."))
    worst = EXIT_OK
    for level, topic, message in findings:
        print(f"[{level}] {topic}: {message}")
        worst = max(worst, {"ok": EXIT_OK, "warning": EXIT_OK, "error": EXIT_ERROR}[level])
    return worst


def add_parsers(sub: argparse._SubParsersAction) -> None:
    m = sub.add_parser("demo", help="tạo dữ liệu mẫu")
    m.add_argument("--requests", type=count_up_to(MAX_DEMO), required=True, metavar="N",
                   help=f"số yêu cầu mẫu cần tạo (tối đa {MAX_DEMO:,})".replace(",", "."))
    m.add_argument("--seed", type=integer, default=2026, metavar="S",
                   help="hạt giống ngẫu nhiên: cùng số cho cùng dữ liệu (mặc định: 2026)")
    m.set_defaults(handler=demo)

    c = sub.add_parser("check", help="kiểm tra cơ sở dữ liệu và lịch")
    c.set_defaults(handler=check)
