"""`focal-desk self-test`: the installed (or frozen) app checks itself in a temporary folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..argtypes import EXIT_ERROR, EXIT_OK


def self_test(args: argparse.Namespace) -> int:
    from ..self_test import run_checks

    lines, failed = [], 0
    for check in run_checks():
        lines.append(check.line())
        print(lines[-1], flush=True)
        failed += not check.ok
    summary = f"Tự kiểm tra: {failed} mục lỗi." if failed else "Tự kiểm tra: mọi mục đều đạt."
    if args.report is not None:  # the windowed Windows bundle has no console to print to
        Path(args.report).write_text("\n".join([*lines, summary]) + "\n", encoding="utf-8")
    print(summary, file=sys.stderr if failed else sys.stdout)
    return EXIT_ERROR if failed else EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "self-test", help="tự kiểm tra bản cài đặt (chạy sau mỗi lần đóng gói)",
        description="Tự kiểm tra bản cài đặt trong một thư mục tạm (không đụng đến dữ liệu): tạo sổ mới, ghi và "
                    "đọc lại một yêu cầu, in thử mọi mẫu văn bản, nạp thư viện ký số và bản dịch. Mỗi mục một "
                    "dòng; mã thoát 0 khi mọi mục đạt, 1 khi có mục lỗi.")
    p.add_argument("--report", metavar="TỆP", default=None,
                   help="ghi kết quả vào tệp này nữa (bản đóng gói Windows chạy dạng cửa sổ, không in ra màn hình)")
    p.set_defaults(handler=self_test)
