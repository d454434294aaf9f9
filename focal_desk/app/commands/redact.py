"""`focal-desk redact --file PATH --area PAGE:x0,y0,x1,y1 … [--phrase TEXT …] [--ground CODE] --out PATH`:
a redacted copy whose marked areas are gone (digitise/redact.py). Works on files, not on the register."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from ...domain.errors import ValidationError
from ...domain.text import ascii_digits, control_problem
from ..argtypes import EXIT_OK, OneLineParser
from ..paths import resolve_paths
from ..show import safe
from .common import add_json_flag, print_json, print_lines, refuse_inside_data_dir

AREA_FORMAT = "TRANG:x0,y0,x1,y1"


def area_arg(text: str) -> tuple[int, float, float, float, float]:
    """PAGE:x0,y0,x1,y1 (page from 1; points from the page's top-left corner). The page and the corners are
    checked against the file later, once it is read."""
    bad = argparse.ArgumentTypeError(f"'{text}' không đúng dạng {AREA_FORMAT} (ví dụ 1:72,100,300,130)")
    try:
        page_text, corners = ascii_digits(text).replace(" ", "").split(":")
        page = int(page_text)
        x0, y0, x1, y1 = (float(v) for v in corners.split(","))
    except ValueError:
        raise bad from None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        raise argparse.ArgumentTypeError(f"'{text}': tọa độ phải là số hữu hạn")
    if page < 1:
        raise argparse.ArgumentTypeError(f"'{text}': trang đánh số từ 1")
    return page, x0, y0, x1, y1


def dpi_arg(text: str) -> int:
    try:
        value = int(ascii_digits(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' không phải số nguyên") from None
    if not 72 <= value <= 600:
        raise argparse.ArgumentTypeError(f"độ phân giải {value} ngoài khoảng 72–600 dpi")
    return value


def run(args: argparse.Namespace) -> int:
    from ...digitise.redact import (  # pdfium and Pillow only for this command
        RedactionArea,
        find_phrase,
        redact,
    )

    source = Path(args.file).expanduser().absolute()
    out = Path(args.out).expanduser().absolute()
    if not args.area and not args.phrase:
        raise ValidationError.single("areas", "cần ít nhất một --area hoặc --phrase")
    if not args.out.strip() or out.is_dir():  # refused now, not after every page is drawn
        raise ValidationError.single("out", "hãy ghi tên tệp PDF sẽ ghi, không phải một thư mục")
    refuse_inside_data_dir(out, resolve_paths(args.data_dir).data_dir, "out")
    if source == out or (out.exists() and source.exists() and out.samefile(source)):
        raise ValidationError.single(
            "out", "tệp ghi ra phải khác tệp gốc (--file): tệp gốc không bao giờ bị sửa"
        )
    ground = args.ground or ""
    areas = [RedactionArea(p, x0, y0, x1, y1, ground=ground) for p, x0, y0, x1, y1 in args.area or ()]
    for phrase in args.phrase or ():
        problem = control_problem(phrase, "Cụm từ")
        if problem:
            raise ValidationError.single("phrase", problem)
        found = find_phrase(source, phrase, ground=ground)
        if not found:  # the officer expects it gone: say so rather than write a copy that still has it
            raise ValidationError.single(
                "phrase",
                f"không tìm thấy '{phrase}' trong lớp chữ của tệp "
                "(ảnh quét không có lớp chữ: hãy đánh dấu bằng --area)",
            )
        areas += found
    result = redact(source, areas, out, dpi=args.dpi)
    if args.json:
        print_json(
            {
                "out": str(result.out),
                "pages": result.page_count,
                "sha256": result.sha256,
                "areas": [a.as_json() for a in result.areas],
            }
        )
    else:
        print_lines(
            [
                f"Đã ghi bản đã che {safe(str(result.out))}: {result.page_count} trang, "
                f"{len(result.areas)} vùng bị xóa; SHA-256 {result.sha256}"
            ]
        )
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p: OneLineParser = sub.add_parser(
        "redact",
        help="tạo bản sao PDF đã xóa các vùng cần che (Điều 6, Điều 7), tệp gốc giữ nguyên",
        description="Tạo bản sao của tệp PDF hoặc ảnh quét, trong đó các vùng đánh dấu bị xóa hẳn (không chỉ "
        "bị phủ): mỗi trang được vẽ thành ảnh, tô đen các vùng rồi ghép lại thành PDF cùng cỡ "
        "trang. Bản sao không còn lớp chữ. Tệp gốc không bị thay đổi.",
    )
    p.add_argument("--file", required=True, metavar="TỆP", help="tệp gốc (PDF, PNG, JPEG, TIFF)")
    p.add_argument(
        "--area",
        action="append",
        type=area_arg,
        metavar=AREA_FORMAT,
        help="vùng cần xóa: trang (từ 1) và hai góc tính bằng point PDF (1/72 inch) từ góc trên "
        "bên trái trang; lặp lại cho nhiều vùng",
    )
    p.add_argument(
        "--phrase",
        action="append",
        metavar="CỤM_TỪ",
        help="xóa mọi chỗ cụm từ này xuất hiện trong lớp chữ của PDF (không phân biệt hoa thường, "
        "có dấu hay không); lặp lại cho nhiều cụm từ",
    )
    p.add_argument(
        "--ground",
        metavar="MÃ",
        help="căn cứ xóa ghi cho mọi vùng: một điểm Điều 6 (ví dụ 6.2.b) hoặc Điều 7 (ví dụ 7.2)",
    )
    p.add_argument(
        "--dpi",
        type=dpi_arg,
        default=150,
        metavar="DPI",
        help="độ phân giải ảnh trang trong bản sao (72–600, mặc định 150)",
    )
    p.add_argument(
        "--out", required=True, metavar="TỆP", help="tệp PDF sẽ ghi (ghi đè nếu đã có; khác --file)"
    )
    add_json_flag(p, "in dạng JSON những gì đã ghi: out, pages, sha256, areas")
    p.set_defaults(
        handler=run, parser=p, flags={"areas": "--area", "phrase": "--phrase", "out": "--out", "dpi": "--dpi"}
    )
