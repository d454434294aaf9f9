"""`focal-desk request package ID --file-id N … --method {print,email,folder,zip} --out PATH`: the provision
package of a request — the catalogue files provided (or their redacted copies), the covering letter, written
as an .eml to send from the officer's own mail program, a folder or ZIP for a USB stick, or the folder of
files to print — recorded on the request with every file's SHA-256."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ...domain.provision import ItemSource, Provision, ProvisionItem, ProvisionMethod
from ...domain.text import ascii_digits, strip_invisible
from ..argtypes import EXIT_OK, SQLITE_MAX_INT, request_id
from ..show import safe
from .common import ID_HELP, add_json_flag, opened, print_json, print_lines, refuse_inside_data_dir

FLAGS = {
    "items": "--file-id",
    "files": "--file-id",
    "destination": "--out",
    "method": "--method",
    "dpi": "--dpi",
}


def positive_id(text: str) -> int:
    """A file or copy ID; full-width digits and invisible characters are forgiven."""
    raw = ascii_digits(strip_invisible(text)).strip()
    if not (raw.isascii() and raw.isdigit() and 1 <= int(raw) <= SQLITE_MAX_INT):
        raise argparse.ArgumentTypeError(f"'{safe(text[:40])}' không phải ID hợp lệ (số nguyên dương)")
    return int(raw)


def out_path(text: str) -> Path:
    if not text.strip() or "\x00" in text:
        raise argparse.ArgumentTypeError("cần đường dẫn nơi ghi gói tài liệu")
    return Path(text)


def provision_json(p: Provision) -> dict[str, Any]:
    return {
        "id": p.id,
        "request_id": p.request_id,
        "method": p.method.value,
        "destination": p.destination,
        "page_count": p.page_count,
        "letter_document_id": p.letter_document_id,
        "files": [
            {
                "name": f.name,
                "sha256": f.sha256,
                "source": f.source,
                "ref_id": f.ref_id,
                "page_count": f.page_count,
            }
            for f in p.files
        ],
        "created_by": p.created_by,
    }


def package(args: argparse.Namespace) -> int:
    items = [ProvisionItem(ItemSource.ORIGINAL, n) for n in args.file_id]
    items += [ProvisionItem(ItemSource.REDACTED, n) for n in args.redacted_id]
    with opened(args) as app:
        refuse_inside_data_dir(Path(args.out), app.paths.data_dir, "destination")
        made = app.provision().build(
            args.id,
            items,
            ProvisionMethod(args.method),
            args.out,
            actor=app.officer.actor(),
            with_letter=not args.no_letter,
        )
    if args.json:
        print_json(provision_json(made))
        return EXIT_OK
    print(
        safe(
            f"Đã lập gói cung cấp thông tin (ID {made.id}) cho yêu cầu ID {made.request_id}: "
            f"{made.method.label_vi}, ghi tại {made.destination}"
        )
    )
    print_lines([safe(f"  {f.sha256}  {f.name} ({f.page_count} trang)") for f in made.files])
    pages = f"Số trang thông tin cung cấp: {made.page_count}"
    if made.method is ProvisionMethod.PRINT:
        pages += " (tính chi phí sao chụp khổ A4 đen trắng theo Thông tư 46/2018/TT-BTC)"
    print(pages)
    return EXIT_OK


def add_request_parsers(rsub: argparse._SubParsersAction) -> None:
    p = rsub.add_parser(
        "package",
        help="lập gói cung cấp thông tin: tệp của danh mục (bản gốc hoặc bản đã che) "
        "kèm công văn, in ra, tệp .eml, thư mục hoặc ZIP",
    )
    p.add_argument("id", type=request_id, metavar="ID", help=ID_HELP)
    p.add_argument(
        "--file-id",
        action="append",
        type=positive_id,
        default=[],
        metavar="N",
        help="ID tệp của mục danh mục đã liên kết, cung cấp nguyên bản (lặp lại cho nhiều tệp)",
    )
    p.add_argument(
        "--redacted-id",
        action="append",
        type=positive_id,
        default=[],
        metavar="M",
        help="ID bản đã che của yêu cầu này (lặp lại cho nhiều bản)",
    )
    p.add_argument(
        "--method",
        required=True,
        choices=[m.value for m in ProvisionMethod],
        help="print (thư mục các tệp để in), email (tệp .eml gửi bằng chương trình thư của cán bộ), "
        "folder (thư mục, ví dụ trên USB), zip",
    )
    p.add_argument(
        "--out",
        required=True,
        type=out_path,
        metavar="ĐƯỜNG_DẪN",
        help="nơi ghi: tệp .eml hoặc .zip; thư mục mới hoặc trống với print và folder",
    )
    p.add_argument(
        "--no-letter",
        action="store_true",
        help="không kèm công văn cung cấp thông tin (mặc định: phát hành và kèm công văn)",
    )
    add_json_flag(p, "in gói đã lập dạng JSON")
    p.set_defaults(handler=package, flags=FLAGS)
