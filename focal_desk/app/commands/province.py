"""`focal-desk province --db URL serve | add-office | import | report | publish-calendar | publish-rules |
add-user`:
the province server (Sở Tư pháp) and its administration. The province package is imported only inside handlers."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.errors import EnvironmentProblem
from ..argtypes import EXIT_OK, EXIT_USAGE, OneLineParser, count_up_to
from ..show import safe
from .common import add_json_flag, print_json, print_lines

if TYPE_CHECKING:
    from ...province.db import Database

DB_FILE = "province.sqlite3"
MAX_PASSWORD = 1024


def database_url(args: argparse.Namespace) -> str:
    """--db, or a SQLite file in the data folder (--data-dir, FOCAL_DESK_DATA_DIR, the user's data dir)."""
    if args.db:
        return str(args.db)
    from ..paths import resolve_paths

    folder = resolve_paths(args.data_dir).data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)  # the default place is ours to make; a --db folder is not
    except OSError as exc:
        raise EnvironmentProblem(f"Không tạo được thư mục dữ liệu {folder}: {exc.strerror or exc}") from None
    return f"sqlite:///{folder / DB_FILE}"


def _refused(reason: str) -> int:
    print(f"focal-desk: {safe(reason.splitlines()[0] if reason else '')}", file=sys.stderr)
    return EXIT_USAGE


def _with_db(run: Callable[[argparse.Namespace, Database], int]) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import DBAPIError

        from ...province.db import Database, problem
        from ...province.errors import DatabaseProblem, Refused

        url = database_url(args)
        try:
            db = Database(url)
        except DatabaseProblem as exc:  # PostgreSQL down, a damaged, emptied or foreign file: one sentence
            raise EnvironmentProblem(str(exc)) from None
        try:
            return run(args, db)
        except Refused as exc:
            return _refused(exc.reason)
        except DBAPIError as exc:  # a read-only file, a full disk, a lock held too long
            raise EnvironmentProblem(str(problem(url, exc, "ghi"))) from None
        finally:
            db.close()

    return handler


def serve(args: argparse.Namespace) -> int:
    import uvicorn
    from sqlalchemy.exc import DBAPIError

    from ...province.api import create_app
    from ...province.db import problem
    from ...province.errors import DatabaseProblem

    url = database_url(args)
    try:
        app = create_app(url)
    except DatabaseProblem as exc:
        raise EnvironmentProblem(str(exc)) from None
    except DBAPIError as exc:  # the province key written at first start: a read-only file
        raise EnvironmentProblem(str(problem(url, exc, "ghi"))) from None
    settings = app.state.dashboard.settings
    settings.due_day = args.due_day
    if args.province_name:  # the heading and the date line of the report to the Ministry
        settings.parent_agency = f"ỦY BAN NHÂN DÂN TỈNH {args.province_name.upper()}"
        settings.place = args.province_name
    host = f"[{args.host}]" if ":" in args.host else args.host
    print_lines([f"Bảng theo dõi của tỉnh: http://{host}:{args.port}/dashboard "
                 "(tạo tài khoản cán bộ bằng: focal-desk province add-user --name TÊN)"])
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", ws="none", lifespan="off")
    return EXIT_OK


def add_office(args: argparse.Namespace, db: Database) -> int:
    from ...province.offices import add_office as register

    done = register(db, args.code, args.name)
    if args.json:
        print_json({"office_code": done.code, "office_name": done.name, "enrollment_code": done.enrollment_code,
                    "reissued": done.reissued})
    else:
        what = "Đã cấp mã đăng ký mới cho" if done.reissued else "Đã thêm"
        print_lines([safe(f"{what} văn phòng {done.code} — {done.name}"),
                     f"Mã đăng ký (dùng một lần): {done.enrollment_code}"])
    return EXIT_OK


def register_key(args: argparse.Namespace, db: Database) -> int:
    from ...province.offices import register_key as register

    if args.key_file:
        path = Path(args.key_file)
        try:
            with path.open("rb") as f:  # a key is 44 characters: never read a huge file or /dev/zero whole
                key = f.read(1000).decode("utf-8", errors="replace")
        except OSError as exc:
            return _refused(f"Không đọc được tệp khóa {path}: {exc.strerror or exc}")
    else:
        key = args.key
    done = register(db, args.code, key)
    from ...province.keys import province_key
    from ...sync.package import public_key_text

    ours = public_key_text(province_key(db).public_key())  # what the office types into `sync offline`
    if args.json:
        print_json({"office_code": done.office_code, "office_name": done.office_name, "key_id": done.key_id,
                    "replaced": done.replaced, "province_key": ours})
    else:
        what = "Đã thay khóa của" if done.replaced else "Đã ghi khóa của"
        print_lines([safe(f"{what} văn phòng {done.office_code} — {done.office_name}"),
                     f"Mã khóa: {done.key_id} (đọc lại cho văn phòng qua điện thoại: phải trùng với máy của họ)",
                     f"Khóa của tỉnh (văn phòng nhập vào `focal-desk sync offline --province-key`): {ours}"])
    return EXIT_OK


def import_(args: argparse.Namespace, db: Database) -> int:
    from ...province.errors import Refused
    from ...province.ingest import receive
    from ...sync.package import MAX_BYTES

    path = Path(args.file)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # never more than one byte past the limit
    except OSError as exc:
        raise Refused(400, f"Không đọc được tệp {path}: {exc.strerror or exc}") from None
    outcome = receive(db, data, via="file")
    if args.json:
        print_json(outcome.as_json())
    else:
        said = {"accepted": "đã nhận", "duplicate": "đã có từ trước, không tính lại",
                "stale": "cũ hơn lần sửa đã nhận, không áp dụng"}[outcome.status]
        print_lines([safe(f"Gói của {outcome.office_code}, tháng {outcome.month}, lần sửa {outcome.revision}: "
                          f"{said}")])
    return EXIT_OK


def report(args: argparse.Namespace, db: Database) -> int:
    from ...province.dashboard.months import parse_month
    from ...province.report import month_report

    month = parse_month(args.month)  # as the dashboard reads it: full-width digits forgiven, "2026-11\n" not kept
    if month is None:
        return _refused(f"tháng '{args.month}' không đúng dạng YYYY-MM")
    data = month_report(db, month)
    if args.json:
        print_json(data)
        return EXIT_OK
    lines = [f"Tháng {data['month']}: {data['offices']}/{data['offices_registered']} văn phòng đã gửi, "
             f"{data['received']} yêu cầu đã nhận"]
    lines += [safe(f"  {o['office_code']} — {o['office_name']}: {o['received']} (lần sửa {o['revision']})")
              for o in data["by_office"]]
    if data["missing"]:
        lines.append(safe(f"Chưa gửi: {', '.join(data['missing'])}"))
    print_lines(lines)
    return EXIT_OK


def publish_calendar(args: argparse.Namespace, db: Database) -> int:
    from ...province.announcements import publish_calendar as publish

    published = publish(db, Path(args.file), args.year)
    if args.json:
        print_json({"announcements": published})
    else:
        print_lines([f"Đã phát thông báo lịch năm {a['year']} (số {a['id']}, {len(a['content']['notices'])} ngày)"
                     for a in published])
    return EXIT_OK


def publish_rules(args: argparse.Namespace, db: Database) -> int:
    from ...province.announcements import publish_rules as publish

    a = publish(db, Path(args.file))
    if args.json:
        print_json({"announcements": [a]})
    else:
        r = a["content"]["rule_set"]
        print_lines([safe(f"Đã phát bộ quy tắc {r['code']} (hiệu lực từ {r['valid_from']}, thông báo số {a['id']})")])
    return EXIT_OK


def add_user(args: argparse.Namespace, db: Database) -> int:
    from ...province.errors import Refused
    from ...province.users import add_user as create

    try:
        if args.password_file:
            with Path(args.password_file).open("rb") as f:  # bounded: a huge file or /dev/zero is refused
                text = f.read(MAX_PASSWORD * 4 + 1).decode("utf-8")
        else:
            text = sys.stdin.read(MAX_PASSWORD + 1)
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused(400, f"Không đọc được mật khẩu: {exc}") from None
    if len(text.rstrip("\r\n")) > MAX_PASSWORD:
        raise Refused(400, f"Mật khẩu quá dài (tối đa {MAX_PASSWORD} ký tự)")
    name = create(db, args.name, text.rstrip("\r\n"))
    print_lines([safe(f"Đã thêm người dùng {name}")])
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("province", help="máy chủ của tỉnh (Sở Tư pháp): nhận báo cáo tháng của các văn phòng")
    p.add_argument("--db", metavar="URL",
                   help="cơ sở dữ liệu của tỉnh, URL SQLAlchemy (vd. postgresql+psycopg://user@host/db; "
                        f"mặc định: tệp SQLite {DB_FILE} trong thư mục dữ liệu)")
    psub = p.add_subparsers(dest="province_command", parser_class=OneLineParser, required=True, metavar="VERB")

    s = psub.add_parser("serve", help="chạy máy chủ HTTP: API v1 cho các văn phòng và bảng theo dõi (/dashboard)")
    s.add_argument("--host", default="127.0.0.1", help="địa chỉ lắng nghe (mặc định: 127.0.0.1)")
    s.add_argument("--port", type=count_up_to(65535), default=8750, help="cổng (mặc định: 8750)")
    s.add_argument("--due-day", type=count_up_to(28), default=10, metavar="NGÀY",
                   help="hạn gửi báo cáo tháng M: ngày này của tháng M+1, 1–28 (mặc định: 10)")
    s.add_argument("--province-name", metavar="TÊN", default="",
                   help="tên tỉnh in trên báo cáo gửi Bộ Tư pháp (vd. Vĩnh Phúc)")
    s.set_defaults(handler=serve)

    a = psub.add_parser("add-office", help="thêm văn phòng (hoặc cấp lại mã) và in mã đăng ký dùng một lần")
    a.add_argument("--code", required=True, help="mã văn phòng (chữ, số, . _ -)")
    a.add_argument("--name", required=True, help="tên văn phòng")
    add_json_flag(a)
    a.set_defaults(handler=_with_db(add_office))

    k = psub.add_parser("register-key", help="ghi khóa công khai của văn phòng không có Internet "
                                             "(khóa in bằng `focal-desk sync key`)")
    k.add_argument("--code", required=True, help="mã văn phòng (đã thêm bằng add-office)")
    given = k.add_mutually_exclusive_group(required=True)
    given.add_argument("--key", help="khóa công khai (base64) văn phòng đọc hoặc gửi")
    given.add_argument("--key-file", metavar="TỆP", help="tệp chứa khóa công khai")
    add_json_flag(k)
    k.set_defaults(handler=_with_db(register_key))

    i = psub.add_parser("import", help="nhận một gói báo cáo từ tệp (USB, ứng dụng nhắn tin)")
    i.add_argument("file", metavar="FILE", help="tệp gói báo cáo (.json) do văn phòng xuất ra")
    add_json_flag(i)
    i.set_defaults(handler=_with_db(import_))

    r = psub.add_parser("report", help="tổng hợp một tháng từ lần sửa mới nhất của mỗi văn phòng")
    r.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng, YYYY-MM")
    add_json_flag(r)
    r.set_defaults(handler=_with_db(report))

    c = psub.add_parser("publish-calendar", help="phát thông báo lịch nghỉ có chữ ký của tỉnh cho các văn phòng")
    c.add_argument("file", metavar="FILE", help="tệp CSV UTF-8, các cột date,kind,name_vi,source")
    c.add_argument("--year", type=int, metavar="YYYY", help="chỉ phát năm này, YYYY (mặc định: mỗi năm có trong tệp)")
    add_json_flag(c)
    c.set_defaults(handler=_with_db(publish_calendar))

    rs = psub.add_parser("publish-rules", help="phát bộ quy tắc thời hạn có chữ ký của tỉnh cho các văn phòng")
    rs.add_argument("file", metavar="FILE", help="tệp JSON UTF-8 của bộ quy tắc (dạng data/rule_sets/*.json)")
    add_json_flag(rs)
    rs.set_defaults(handler=_with_db(publish_rules))

    u = psub.add_parser("add-user", help="thêm cán bộ của tỉnh (mật khẩu đọc từ stdin hoặc --password-file)")
    u.add_argument("--name", required=True, help="tên đăng nhập")
    u.add_argument("--password-file", metavar="TỆP", help="tệp chứa mật khẩu (mặc định: đọc từ stdin)")
    u.set_defaults(handler=_with_db(add_user))
