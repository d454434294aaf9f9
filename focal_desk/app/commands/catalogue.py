"""`focal-desk catalogue add | add-folder | list` and `focal-desk request link ID --entry E`: the office's catalogue of
information (Danh mục thông tin) from the command line."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ...domain.calendar import fmt_date
from ...domain.catalogue import AccessClass, CatalogueEntry, CatalogueFile, Publication, vocabulary
from ...domain.catalogue_export import CatalogueFormat
from ...domain.errors import ValidationError
from ...domain.text import ascii_digits, strip_invisible
from ...services.catalogue_folder import folder_scans
from ..argtypes import EXIT_ERROR, EXIT_OK, OneLineParser, cli_today, count_up_to, request_id
from ..show import safe
from .common import ID_HELP, add_json_flag, opened, print_json, print_lines, refuse_inside_data_dir

FIRST_DAY = date(1945, 9, 2)  # no office's document predates the Republic
PUBLICATION_YEARS_AHEAD = 50
MAX_LIST = 1_000_000
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
FLAGS = {
    "title": "--title",
    "number": "--number",
    "issuing_body": "--body",
    "kind": "--kind",
    "publication_end": "--pub-end",
    "pub_where": "--where",
    "consent_of": "--consent-of",
    "conditional_ground": "--ground",
    "secret_point": "--point",
    "keywords": "--keywords",
    "files": "--file",
}


def _day(text: str) -> date:
    """YYYY-MM-DD or DD/MM/YYYY; full-width digits and invisible characters are forgiven."""
    raw = ascii_digits(strip_invisible(text)).strip()
    try:
        if m := _DMY.fullmatch(raw):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày '{raw[:40]}' không đúng dạng YYYY-MM-DD hoặc DD/MM/YYYY") from None


def issue_day(text: str) -> date:
    day = _day(text)
    if day < FIRST_DAY or day > cli_today():
        raise argparse.ArgumentTypeError(
            f"ngày {fmt_date(day)} phải từ {fmt_date(FIRST_DAY)} đến hôm nay ({fmt_date(cli_today())})")
    return day


def publication_day(text: str) -> date:
    day = _day(text)
    last = date(cli_today().year + PUBLICATION_YEARS_AHEAD, 12, 31)
    if day < FIRST_DAY or day > last:
        raise argparse.ArgumentTypeError(f"ngày {fmt_date(day)} phải từ {fmt_date(FIRST_DAY)} đến {fmt_date(last)}")
    return day


def entry_id(text: str) -> int:
    n = request_id(text.strip()) if text.strip().isdigit() else 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' không phải ID của mục danh mục nào (số nguyên dương)")
    return n


def file_json(f: CatalogueFile) -> dict[str, Any]:
    return {"id": f.id, "filename": f.filename, "sha256": f.sha256, "size_bytes": f.size_bytes,
            "media_type": f.media_type, "page_count": f.page_count, "text_source": f.text_source}


def entry_json(e: CatalogueEntry) -> dict[str, Any]:
    pub = e.publication
    return {
        "id": e.id, "title": e.title, "number": e.number,
        "issued_on": e.issued_on.isoformat() if e.issued_on else None,
        "issuing_body": e.issuing_body, "kind": e.kind, "access": e.access.value,
        "publication": {"where": pub.where, "start": pub.start.isoformat() if pub.start else None,
                        "end": pub.end.isoformat() if pub.end else None, "published": pub.published},
        "consent_of": e.consent_of, "conditional_ground": e.conditional_ground, "secret_point": e.secret_point,
        "keywords": e.keywords, "files": [file_json(f) for f in e.files],
        "created_by": e.created_by, "updated_by": e.updated_by,
    }


def entry_line(e: CatalogueEntry) -> str:
    day = fmt_date(e.issued_on) if e.issued_on else "—"
    number = f"{e.number} " if e.number else ""
    files = f" ({len(e.files)} tệp)" if e.files else ""
    return safe(f"{e.id:>6}  {day:<10}  {number}{e.title} [{e.access.label_vi}]{files}")


def add(args: argparse.Namespace) -> int:
    entry = CatalogueEntry(
        id=None, title=args.title, number=args.number, issued_on=args.date, issuing_body=args.body,
        kind=args.kind, access=AccessClass(args.access_class),
        publication=Publication(args.where, args.pub_start, args.pub_end, args.published),
        consent_of=args.consent_of, conditional_ground=args.ground, secret_point=args.point,
        keywords=args.keywords,
    )
    with opened(args) as app:
        saved = app.catalogue().add(entry, app.officer.actor(), args.file)
    if args.json:
        print_json(entry_json(saved))
    else:
        print(safe(f"Đã thêm vào danh mục (ID {saved.id}): {saved.title}"))
        print_lines([safe(f"  tệp: {f.filename}, {f.page_count} trang") for f in saved.files])
    return EXIT_OK


def add_folder(args: argparse.Namespace) -> int:
    template = CatalogueEntry(
        id=None, title="", kind=args.kind, access=AccessClass(args.access_class),
        publication=Publication(args.where, args.pub_start, args.pub_end, args.published),
        consent_of=args.consent_of, conditional_ground=args.ground, secret_point=args.point,
        keywords=args.keywords,
    )
    folder_scans(Path(args.folder))  # a folder that is not one of scans: refused before the register is opened
    with opened(args) as app:
        service = app.catalogue_folder()
        if args.ocr and (reason := service.ocr_unavailable_reason()):
            print(safe(f"Không nhận dạng chữ được: {reason}"), file=sys.stderr)
        done = service.add_folder(Path(args.folder), template, app.officer.actor(), ocr=args.ocr)
    if args.json:
        print_json({"added": [entry_json(e) for e in done.added],
                    "skipped": [{"file": f, "reason": r} for f, r in done.skipped],
                    "unread": [{"file": f, "reason": r} for f, r in done.unread]})
    else:
        print_lines([safe(f"Đã thêm (ID {e.id}): {e.title} — {e.files[0].filename}" if e.files
                          else f"Đã thêm (ID {e.id}): {e.title}") for e in done.added])
        print_lines([safe(f"Bỏ qua {f}: {r}") for f, r in done.skipped])
        print_lines([safe(f"Chưa đọc được chữ của {f}: {r}") for f, r in done.unread])
        sys.stdout.flush()
        print(f"Đã thêm {len(done.added)} mục, bỏ qua {len(done.skipped)} tệp", file=sys.stderr)
    return EXIT_ERROR if not done.added and done.failed else EXIT_OK


def list_(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as app:
        entries = app.catalogue().search(args.search or None, args.limit)
    if args.json:
        print_json([entry_json(e) for e in entries])
        return EXIT_OK
    print_lines([entry_line(e) for e in entries])
    sys.stdout.flush()
    print(f"{len(entries)} mục", file=sys.stderr)
    return EXIT_OK


def link(args: argparse.Namespace) -> int:
    with opened(args) as app:
        service = app.catalogue()
        added = service.link(args.id, args.entry, app.officer.actor())
        linked = service.links_of(args.id)
    if args.json:
        print_json({"request_id": args.id, "linked": added, "entries": [entry_json(e) for e in linked]})
    else:
        print(f"Yêu cầu ID {args.id} {'đã liên kết với' if added else 'vốn đã liên kết với'} mục danh mục ID {args.entry}")
        print_lines([entry_line(e) for e in linked])
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    with opened(args) as app:
        added = app.catalogue_transfer().import_xlsx(Path(args.file), app.officer.actor())
    if args.json:
        print_json({"imported": len(added), "entries": [entry_json(e) for e in added]})
    else:
        print(f"Đã nhập {len(added)} mục vào danh mục từ {safe(str(args.file))}")
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    if not args.out.strip():  # Path("") is the current folder: its index.html and files/ would be replaced
        raise ValidationError.single("out", "chưa ghi tệp hoặc thư mục sẽ ghi")
    fmt = CatalogueFormat(args.format or _format_of(args.out))
    with opened(args, reading=True) as app:
        refuse_inside_data_dir(Path(args.out), app.paths.data_dir, "out")
        done = app.catalogue_transfer().export(fmt, Path(args.out), whole=args.whole, actor=app.officer.actor())
    if args.json:
        print_json({"path": str(done.path), "format": fmt.value, "entries": done.listed, "whole": args.whole})
    else:
        what = "mục" if args.whole else "mục đã công khai"
        print(safe(f"Đã ghi {done.listed} {what} vào {done.path}"))
    return EXIT_OK


def _format_of(out: str) -> str:
    suffix = Path(out).suffix.lower().lstrip(".")
    if suffix in {f.value for f in CatalogueFormat}:
        return suffix
    if suffix == "":
        return CatalogueFormat.HTML.value  # a folder: the portal page with its files
    raise ValidationError.single("format", f"không biết định dạng của '{safe(out)[:60]}': "
                                           "chọn --format xlsx, csv, html hoặc pdf")


def _shared_fields(a: argparse.ArgumentParser) -> None:
    """The fields `add` and `add-folder` share: kind, access class and what the class asks for, keywords."""
    vocab = vocabulary()
    a.add_argument("--kind", default="other", choices=[k.code for k in vocab.kinds], metavar="MÃ",
                   help="loại thông tin theo khoản 1 Điều 17: " + ", ".join(k.code for k in vocab.kinds)
                   + " (mặc định: other)")
    a.add_argument("--class", dest="access_class", default=AccessClass.PUBLIC.value,
                   choices=[x.value for x in AccessClass],
                   help="public (công khai, mặc định), conditional (tiếp cận có điều kiện, Điều 7), "
                        "secret (không được tiếp cận, Điều 6)")
    a.add_argument("--where", default="", help="nơi công khai (cổng thông tin, bảng tin …)")
    a.add_argument("--published", action="store_true", help="đã công khai")
    a.add_argument("--pub-start", type=publication_day, metavar="YYYY-MM-DD",
                   help="ngày công khai, YYYY-MM-DD (hoặc DD/MM/YYYY)")
    a.add_argument("--pub-end", type=publication_day, metavar="YYYY-MM-DD",
                   help="ngày hết thời hạn công khai, YYYY-MM-DD (hoặc DD/MM/YYYY)")
    a.add_argument("--consent-of", default="", help="với --class conditional: cần sự đồng ý của ai")
    a.add_argument("--ground", default="", choices=["", *(g.code for g in vocab.conditional_grounds)],
                   metavar="MÃ", help="với --class conditional: khoản của Điều 7 ("
                   + ", ".join(g.code for g in vocab.conditional_grounds) + ")")
    a.add_argument("--point", default="", choices=["", *(p.code for p in vocab.secret_points)], metavar="MÃ",
                   help="với --class secret: khoản, điểm của Điều 6 ("
                   + ", ".join(p.code for p in vocab.secret_points) + ")")
    a.add_argument("--keywords", default="", help="từ khóa")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("catalogue", help="danh mục thông tin của cơ quan (Điều 17, 6, 7) và tệp số hóa")
    csub = c.add_subparsers(dest="catalogue_command", parser_class=OneLineParser, required=True, metavar="VERB")

    a = csub.add_parser("add", help="thêm một mục vào danh mục thông tin, kèm tệp số hóa")
    a.add_argument("--title", required=True, help="tên thông tin (trích yếu văn bản)")
    a.add_argument("--number", default="", help="số, ký hiệu (ví dụ 12/QĐ-UBND)")
    a.add_argument("--date", type=issue_day, metavar="YYYY-MM-DD",
                   help="ngày ban hành, YYYY-MM-DD (hoặc DD/MM/YYYY)")
    a.add_argument("--body", default="", help="cơ quan ban hành")
    _shared_fields(a)
    a.add_argument("--file", action="append", default=[], metavar="TỆP",
                   help="tệp số hóa PDF, JPG, PNG hoặc TIFF (lặp lại cho nhiều tệp); tệp hỏng thì không thêm gì")
    add_json_flag(a, "in mục đã thêm dạng JSON")
    a.set_defaults(handler=add, flags=FLAGS)

    af = csub.add_parser("add-folder", help="thêm cả một thư mục bản quét: mỗi tệp PDF, JPG, PNG, TIFF một mục, "
                                           "tên lấy từ tên tệp; tệp hỏng hoặc đã có trong danh mục thì bỏ qua")
    af.add_argument("folder", metavar="DIR", help="thư mục chứa các bản quét (không lấy thư mục con)")
    _shared_fields(af)
    af.add_argument("--ocr", action="store_true",
                    help="nhận dạng chữ (Tesseract, tiếng Việt) cho bản quét chưa có lớp chữ, để tìm được theo chữ")
    add_json_flag(af, "in dạng JSON: {added: [...], skipped: [{file, reason}]}")
    af.set_defaults(handler=add_folder, flags={**FLAGS, "folder": "DIR"})

    ls = csub.add_parser("list", help="liệt kê danh mục (mới nhất trước) hoặc tìm")
    ls.add_argument("--search", default="", metavar="CHỮ",
                    help="tìm trong tên, số ký hiệu, từ khóa và chữ trong tệp (gõ không dấu cũng được)")
    ls.add_argument("--limit", type=count_up_to(MAX_LIST), default=1000, metavar="N",
                    help="in nhiều nhất N mục (mặc định: 1000)")
    add_json_flag(ls)
    ls.set_defaults(handler=list_)

    im = csub.add_parser("import", help="nhập danh mục từ tệp Excel (.xlsx) của cơ quan: nhập hết hoặc không nhập "
                                        "dòng nào; lỗi ghi rõ số dòng")
    im.add_argument("file", metavar="FILE.xlsx", help="tệp Excel có dòng tiêu đề (Tên thông tin, Số/ký hiệu, Ngày …)")
    add_json_flag(im, "in các mục đã nhập dạng JSON")
    im.set_defaults(handler=import_, flags={"file": "FILE.xlsx"})

    ex = csub.add_parser("export", help="xuất danh mục thông tin đã công khai để đăng lên cổng thông tin, hoặc in "
                                        "(PDF theo Nghị định 30) để niêm yết")
    ex.add_argument("--format", choices=[f.value for f in CatalogueFormat],
                    help="xlsx, csv, html (một thư mục: index.html và các tệp) hoặc pdf (danh mục in); "
                         "mặc định theo đuôi của --out")
    ex.add_argument("--out", required=True, metavar="ĐƯỜNG_DẪN", help="tệp (hoặc thư mục, với html) sẽ ghi")
    ex.add_argument("--whole", action="store_true",
                    help="cả danh mục, mọi mức tiếp cận (chỉ xlsx, csv; để lưu trong cơ quan, không đăng công khai)")
    add_json_flag(ex, "in kết quả dạng JSON")
    ex.set_defaults(handler=export, flags={"format": "--format", "agency": "cơ quan", "out": "--out"})


def add_request_parsers(rsub: argparse._SubParsersAction) -> None:
    p = rsub.add_parser("link", help="liên kết yêu cầu với một mục của danh mục thông tin")
    p.add_argument("id", type=request_id, metavar="ID", help=ID_HELP)
    p.add_argument("--entry", required=True, type=entry_id, metavar="E",
                   help="ID của mục danh mục (catalogue list --json, trường id)")
    add_json_flag(p, "in các mục đã liên kết dạng JSON")
    p.set_defaults(handler=link)
