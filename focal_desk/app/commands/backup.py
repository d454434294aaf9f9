"""`focal-desk backup | backups | restore`: the register's copies and the way back to one."""

from __future__ import annotations

import argparse
import sys

from ..argtypes import EXIT_OK
from .common import opened, print_lines

KIND_VI = {"daily": "hằng ngày", "monthly": "hằng tháng", "manual": "thủ công", "migration": "trước nâng cấp",
           "before-restore": "trước khôi phục"}


def backup(args: argparse.Namespace) -> int:
    with opened(args) as app:
        path = app.safety.backup(args.out)
    print(f"Đã sao lưu và kiểm tra toàn vẹn: {path}")
    return EXIT_OK


def backups(args: argparse.Namespace) -> int:
    from ..safety_cli import safety_without_opening

    safety, close = safety_without_opening(args, create=False)
    try:
        found = safety.backups()
    finally:
        close()
    print_lines([f"{b.made_at:%d/%m/%Y %H:%M}  {KIND_VI.get(b.kind, b.kind):<15} {b.size / 1e6:8.1f} MB  {b.path}"
                 for b in found])
    print(f"{len(found)} bản sao lưu", file=sys.stderr)
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    """Works when the register cannot be opened at all (that is when it is needed): it does not open it."""
    from ..safety_cli import safety_without_opening

    safety, close = safety_without_opening(args)
    try:
        report = safety.restore(args.file, other_register=args.other_register)
    finally:
        close()
    print_lines(report.describe().splitlines())
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("backup", help="sao lưu sổ theo dõi (bản sao được kiểm tra toàn vẹn)")
    b.add_argument("--out", help="tệp sao lưu (mặc định: thư mục backups/manual trong thư mục dữ liệu)")
    b.set_defaults(handler=backup)
    ls = sub.add_parser("backups", help="liệt kê các bản sao lưu, mới nhất trước")
    ls.set_defaults(handler=backups)
    r = sub.add_parser("restore", help="khôi phục sổ theo dõi từ một bản sao lưu")
    r.add_argument("file", help="tệp sao lưu (.sqlite3)")
    r.add_argument("--other-register", action="store_true",
                   help="cho phép khôi phục sổ của máy/cơ quan khác (chuyển máy)")
    r.set_defaults(handler=restore)
