"""focal-desk [--data-dir DIR] COMMAND — the command line, for scripting and support.

Heavy modules are imported inside each command so that every command starts quickly.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import NoReturn

from ..domain.enums import Channel, Complexity, IdType, ProvisionForm, RequesterKind, Status
from ..domain.errors import FocalDeskError, RegisterProblem, ValidationError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

# service field -> command-line flag, so that a message names what the user typed
FLAG_OF = {
    "full_name": "--name",
    "id_number": "--id-number",
    "address": "--address",
    "phone": "--phone",
    "email": "--email",
    "channel": "--channel",
    "received_at": "--received-on",
    "info_requested": "--info",
    "purpose": "--purpose",
    "delivery_address": "--delivery",
    "delivery_email": "--delivery",
    "valid_on": "--valid-on",
    "complexity": "--complexity",
    "copies": "--copies",
    "nationality": "--nationality",
    "on_behalf_of_name": "--on-behalf-of",
    "members": "--member",
    "officer": "--officer",
}


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line naming the argument, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"focal-desk: lỗi tham số / bad argument: {message}\n")


def _date(field: str):
    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{field}: ngày '{text}' không đúng dạng YYYY-MM-DD") from None

    return parse


def _month(text: str) -> tuple[int, int]:
    try:
        y, m = text.split("-")
        year, month = int(y), int(m)
        if not (1 <= month <= 12 and len(y) == 4):
            raise ValueError
        return year, month
    except ValueError:
        raise argparse.ArgumentTypeError(f"--month: '{text}' không đúng dạng YYYY-MM") from None


def build_parser() -> argparse.ArgumentParser:
    p = OneLineParser(prog="focal-desk", description="Sổ theo dõi cung cấp thông tin theo yêu cầu")
    p.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng; biến FOCAL_DESK_DATA_DIR)")
    p.add_argument("--officer", metavar="HỌ_TÊN",
                   help="tên cán bộ ghi vào nhật ký thao tác cho lần chạy này (biến FOCAL_DESK_OFFICER; "
                        "mặc định: cán bộ đặt lần cuối trong ứng dụng)")
    sub = p.add_subparsers(dest="command", parser_class=OneLineParser)

    g = sub.add_parser("gui", help="mở ứng dụng")
    g.add_argument("--lang", default="vi", choices=["vi", "en"], help="ngôn ngữ giao diện / UI language")
    g.add_argument("--exit-when-ready", action="store_true",
                   help="mở cửa sổ, nạp sổ theo dõi, in {\"ready_ms\", \"rows\"} rồi thoát")

    d = sub.add_parser("deadline", help="tính thời hạn và giải thích")
    d.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    d.add_argument("--complexity", required=True, choices=[c.value for c in Complexity])
    d.add_argument("--valid-on", required=True, type=_date("--valid-on"))
    d.add_argument("--json", action="store_true")

    r = sub.add_parser("request", help="sổ theo dõi yêu cầu")
    rsub = r.add_subparsers(dest="request_command", parser_class=OneLineParser, required=True)
    a = rsub.add_parser("add", help="vào sổ một yêu cầu")
    a.add_argument("--name", required=True)
    a.add_argument("--id-number", required=True)
    a.add_argument("--id-type", default=IdType.CCCD.value, choices=[t.value for t in IdType])
    a.add_argument("--kind", default=RequesterKind.CITIZEN.value, choices=[k.value for k in RequesterKind])
    a.add_argument("--address", required=True)
    a.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    a.add_argument("--received-on", required=True, type=_date("--received-on"))
    a.add_argument("--info", required=True)
    a.add_argument("--purpose", required=True)
    a.add_argument("--phone", default="")
    a.add_argument("--email", default="")
    a.add_argument("--fax", default="")
    a.add_argument("--delivery", default="", help="địa chỉ hoặc thư điện tử nhận thông tin")
    a.add_argument("--form", default=None, choices=[f.value for f in ProvisionForm], help="hình thức cung cấp")
    a.add_argument("--copies", type=int, default=1)
    a.add_argument("--complexity", choices=[c.value for c in Complexity])
    a.add_argument("--complexity-reason", default="")
    a.add_argument("--valid-on", type=_date("--valid-on"))
    a.add_argument("--nationality", default="")
    a.add_argument("--on-behalf-of", default="", help="người được đại diện / tổ chức")
    a.add_argument("--member", action="append", default=[], help="thành viên: 'Họ tên|số giấy tờ|mục đích'")
    a.add_argument("--officer-assisted", action="store_true")
    a.add_argument("--json", action="store_true")

    ls = rsub.add_parser("list", help="liệt kê yêu cầu")
    ls.add_argument("--month", type=_month)
    ls.add_argument("--search", default="")
    ls.add_argument("--status", choices=[s.value for s in Status])
    ls.add_argument("--limit", type=int, default=None)
    ls.add_argument("--json", action="store_true")

    s = rsub.add_parser("show", help="xem một yêu cầu")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true")

    m = sub.add_parser("demo", help="tạo dữ liệu mẫu")
    m.add_argument("--requests", type=int, required=True)
    m.add_argument("--seed", type=int, default=2026)

    sub.add_parser("check", help="kiểm tra cơ sở dữ liệu và lịch")

    b = sub.add_parser("backup", help="sao lưu sổ theo dõi (bản sao được kiểm tra toàn vẹn)")
    b.add_argument("--out", help="tệp sao lưu (mặc định: thư mục backups/manual trong thư mục dữ liệu)")
    rs = sub.add_parser("restore", help="khôi phục sổ theo dõi từ một bản sao lưu")
    rs.add_argument("file", help="tệp sao lưu (.sqlite3)")
    rs.add_argument("--other-register", action="store_true",
                    help="cho phép khôi phục sổ của máy/cơ quan khác (chuyển máy)")
    sub.add_parser("backups", help="liệt kê các bản sao lưu")
    return p


def _field_message(exc: ValidationError) -> str:
    parts = [f"{FLAG_OF.get(f.split('[')[0].split('.')[-1], f)}: {m}" for f, m in exc.errors.items()]
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "gui":
            from .gui_entry import run_gui

            return run_gui(args)
        from . import commands

        return getattr(commands, f"cmd_{command}")(args)
    except ValidationError as exc:
        print(f"focal-desk: dữ liệu không hợp lệ — {_field_message(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except RegisterProblem as exc:
        print(f"focal-desk: {exc}", file=sys.stderr)
        print(_restore_hint(args), file=sys.stderr)
        return EXIT_ERROR
    except FocalDeskError as exc:
        print(f"focal-desk: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _restore_hint(args) -> str:
    """Where the way back is: the newest backup and the command that puts it in place."""
    try:
        from .safety_cli import safety_without_opening

        safety, close = safety_without_opening(args)
        try:
            newest = safety.backups()[:1]
        finally:
            close()
    except Exception:  # the hint must never hide the message itself
        newest = []
    if not newest:
        return "focal-desk: chưa tìm thấy bản sao lưu trong thư mục dữ liệu; khôi phục bằng: focal-desk restore TỆP"
    return f"focal-desk: bản sao lưu mới nhất: {newest[0].path} — khôi phục bằng: focal-desk restore \"{newest[0].path}\""


def print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
