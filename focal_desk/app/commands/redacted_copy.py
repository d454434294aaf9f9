"""`focal-desk request redact ID --file-id N --area PAGE:x0,y0,x1,y1 … [--phrase TEXT …] --ground CODE`: a
redacted copy of a catalogue file made for a request, stored in the data folder and recorded (its ID is what
`request package --redacted-id` takes). The original file is never changed."""

from __future__ import annotations

import argparse
from typing import Any

from ...domain.catalogue import vocabulary
from ...domain.errors import ValidationError
from ...domain.provision import RedactedCopy
from ...domain.redaction_area import RedactionArea
from ...domain.text import control_problem
from ..argtypes import EXIT_OK, request_id
from ..show import safe
from .common import ID_HELP, add_json_flag, opened, print_json
from .package import positive_id
from .redact import AREA_FORMAT, area_arg

FLAGS = {"areas": "--area", "phrase": "--phrase", "ground": "--ground", "file": "--file-id", "dpi": "--dpi"}


def copy_json(c: RedactedCopy) -> dict[str, Any]:
    return {
        "id": c.id,
        "file_id": c.file_id,
        "request_id": c.request_id,
        "sha256": c.sha256,
        "page_count": c.page_count,
        "areas": [a.as_json() for a in c.areas],
        "created_by": c.created_by,
    }


def redact(args: argparse.Namespace) -> int:
    if not args.area and not args.phrase:
        raise ValidationError.single("areas", "cần ít nhất một --area hoặc --phrase")
    areas = [RedactionArea(p, x0, y0, x1, y1, ground=args.ground) for p, x0, y0, x1, y1 in args.area]
    with opened(args) as app:
        service = app.redaction()
        for phrase in args.phrase:
            problem = control_problem(phrase, "Cụm từ")
            if problem:
                raise ValidationError.single("phrase", problem)
            found = service.find_phrase(args.file_id, phrase, ground=args.ground)
            if not found:  # the officer expects it gone: say so rather than record a copy that still has it
                raise ValidationError.single(
                    "phrase",
                    f"không tìm thấy '{safe(phrase)}' trong lớp chữ của tệp "
                    "(ảnh quét không có lớp chữ: hãy đánh dấu bằng --area)",
                )
            areas += found
        made = service.make_copy(args.file_id, areas, request_id=args.id, actor=app.officer.actor())
    if args.json:
        print_json(copy_json(made))
    else:
        print(
            safe(
                f"Đã tạo bản đã che (ID {made.id}) của tệp ID {made.file_id} cho yêu cầu ID {made.request_id}: "
                f"{made.page_count} trang, {len(made.areas)} vùng bị xóa; SHA-256 {made.sha256}"
            )
        )
    return EXIT_OK


def add_request_parsers(rsub: argparse._SubParsersAction) -> None:
    vocab = vocabulary()
    codes = [c.code for c in (*vocab.secret_points, *vocab.conditional_grounds)]
    p = rsub.add_parser(
        "redact", help="tạo bản đã che của một tệp trong danh mục cho yêu cầu (tệp gốc giữ nguyên)"
    )
    p.add_argument("id", type=request_id, metavar="ID", help=ID_HELP)
    p.add_argument(
        "--file-id",
        required=True,
        type=positive_id,
        metavar="N",
        help="ID tệp của mục danh mục (catalogue list --json, trường files[].id)",
    )
    p.add_argument(
        "--area",
        action="append",
        type=area_arg,
        default=[],
        metavar=AREA_FORMAT,
        help="vùng cần xóa: trang (từ 1) và hai góc tính bằng point PDF từ góc trên bên trái trang; "
        "lặp lại cho nhiều vùng",
    )
    p.add_argument(
        "--phrase",
        action="append",
        default=[],
        metavar="CỤM_TỪ",
        help="xóa mọi chỗ cụm từ này xuất hiện trong lớp chữ của PDF (không phân biệt hoa thường, "
        "có dấu hay không); lặp lại cho nhiều cụm từ",
    )
    p.add_argument(
        "--ground",
        required=True,
        choices=codes,
        metavar="MÃ",
        help="căn cứ xóa: một điểm Điều 6 hoặc khoản Điều 7 (" + ", ".join(codes) + ")",
    )
    add_json_flag(p, "in bản đã che dạng JSON")
    p.set_defaults(handler=redact, flags=FLAGS)
