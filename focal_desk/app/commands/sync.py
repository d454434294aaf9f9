"""`focal-desk summary --month YYYY-MM [--json] [--out FILE]` and `focal-desk sync enroll | push | status | key`:
the month's signed summary for the province (Sở Tư pháp), its outbox, and the link to the province server."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ...domain.errors import ValidationError
from ..argtypes import EXIT_ERROR, EXIT_OK, OneLineParser, month
from ..show import safe
from .common import (
    add_json_flag,
    opened,
    print_json,
    print_lines,
    refuse_inside_data_dir,
    refuse_special_file,
)

OUTCOME_VI = {"sent": "đã gửi", "refused": "bị từ chối", "queued": "chưa gửi được"}
ANSWER_VI = {"accepted": "tỉnh đã nhận", "duplicate": "tỉnh đã có gói này", "stale": "tỉnh đã có bản mới hơn"}


def _when(at) -> str:
    return f"{at:%H:%M %d/%m/%Y}"


def _write(data: bytes, target: str) -> Path:
    out = Path(target)
    refuse_special_file(out, "out")
    part = out.with_name(out.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, out)  # never a half-written package under its name
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError.single("out", f"không ghi được tệp: {exc.strerror or exc}") from None
    return out


def summary(args: argparse.Namespace) -> int:
    year, month_no = args.month
    with opened(args) as app:
        if args.out:
            refuse_inside_data_dir(Path(args.out), app.paths.data_dir, "out")
        built = app.sync().build_month(year, month_no, export=args.out is not None)
    entry = built.entry
    written = _write(entry.package, args.out) if args.out else None
    if args.json:
        sys.stdout.write(entry.package.decode("utf-8") + "\n")
        return EXIT_OK
    what = f"Gói tổng hợp tháng {entry.month}, lần {entry.revision}"
    news = "mới lập" if built.new_revision else "số liệu không đổi so với gói đã lập"
    if written:
        print_lines([safe(f"{what} ({news}): đã ghi ra tệp {written} để chuyển cho tỉnh")])
    elif entry.state.value == "queued":
        print_lines([f"{what} ({news}): đang chờ gửi"])
    else:
        print_lines([f"{what} ({news}): đã gửi, tỉnh trả lời: {ANSWER_VI.get(entry.answer, entry.answer)}"])
    return EXIT_OK


def enroll(args: argparse.Namespace) -> int:
    with opened(args) as app:
        enrollment = app.sync().enroll(args.server, args.office_code, args.code)
    if args.json:
        print_json({"server": enrollment.server_url, "office_code": enrollment.office_code,
                    "office_name": enrollment.office_name, "province_public_key": enrollment.province_key})
    else:
        name = f" ({enrollment.office_name})" if enrollment.office_name else ""
        print_lines([safe(f"Đã đăng ký với tỉnh: văn phòng {enrollment.office_code}{name}, máy chủ "
                          f"{enrollment.server_url}")])
    return EXIT_OK


def offline(args: argparse.Namespace) -> int:
    with opened(args) as app:
        sync = app.sync()
        enrollment = sync.set_up_offline(args.office_code, args.office_name, args.province_key)
        key_id, public = sync.public_key()
    if args.json:
        print_json({"office_code": enrollment.office_code, "office_name": enrollment.office_name,
                    "key_id": key_id, "public_key": public})
    else:
        print_lines([safe(f"Văn phòng {enrollment.office_code} gửi tỉnh bằng tệp (focal-desk summary --out)."),
                     f"Khóa công khai của văn phòng, để tỉnh đăng ký ({key_id}): {public}"])
    return EXIT_OK


def push(args: argparse.Namespace) -> int:
    with opened(args) as app:
        report = app.sync().push(now=args.now)
    lines = []
    for line in report.lines:
        e = line.entry
        detail = ANSWER_VI.get(line.detail, line.detail) if line.outcome == "sent" else line.detail
        if line.outcome == "queued" and e.next_try_at is not None:
            detail += f"; thử lại sau {_when(e.next_try_at)}"
        lines.append(safe(f"{e.month} lần {e.revision}: {OUTCOME_VI[line.outcome]} — {detail}"))
    if args.json:
        print_json({"delivered": report.delivered, "queued": report.queued, "failure": report.failure or None,
                    "packages": [{"month": x.entry.month, "revision": x.entry.revision, "outcome": x.outcome,
                                  "detail": x.detail} for x in report.lines]})
    if not report.lines and report.queued == 0:
        if not args.json:
            print_lines(["Không có gói nào chờ gửi"])
        return EXIT_OK
    if report.delivered == 0:
        # nothing reached the province: one line on stderr, the exit code says so
        why = report.failure or next((x.detail for x in report.lines if x.outcome != "sent"), "")
        if not report.lines and report.next_try_at is not None:
            why = f"chưa đến lượt gửi lại (sớm nhất {_when(report.next_try_at)}; dùng --now để gửi ngay)"
        sys.stderr.write(safe(f"focal-desk: Không gửi được: {why}; {report.queued} gói vẫn chờ gửi") + "\n")
        return EXIT_ERROR
    if not args.json:
        print_lines(lines)
        if report.queued:
            print_lines([f"{report.queued} gói vẫn chờ gửi"])
    return EXIT_OK


def status(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as app:
        state = app.sync().status()
    e = state.enrollment
    if args.json:
        print_json({
            "enrolled": e is not None, "server": e.server_url if e else None,
            "office_code": e.office_code if e else None, "queued": state.queued,
            "next_try_at": state.next_try_at.isoformat() if state.next_try_at else None,
            "refused": [{"month": r.month, "revision": r.revision, "status": r.answer, "reason": r.last_error}
                        for r in state.refused],
        })
        return EXIT_OK
    if e is None:
        lines = ["Chưa đăng ký với tỉnh (focal-desk sync enroll)"]
    elif e.server_url:
        lines = [safe(f"Đã đăng ký: văn phòng {e.office_code}, máy chủ {e.server_url}")]
    else:
        lines = [safe(f"Văn phòng {e.office_code} gửi tỉnh bằng tệp (không có máy chủ)")]
    turn = f" (lượt gửi lại sớm nhất {_when(state.next_try_at)})" if state.next_try_at else ""
    lines.append(f"{state.queued} chờ gửi{turn}")
    for r in state.refused:
        lines.append(safe(f"{r.month} lần {r.revision}: bị từ chối ({r.answer}) — {r.last_error}"))
    print_lines(lines)
    return EXIT_OK


def _applied_lines(applied) -> list[str]:
    from ..show import report_lines

    lines = []
    for a in applied:
        if a.rule_set:
            lines.append(safe(f"Thông báo số {a.id} của tỉnh: đã áp dụng bộ quy tắc thời hạn {a.rule_set}"))
        else:
            lines.append(f"Thông báo số {a.id} của tỉnh (lịch năm {a.year}): đã áp dụng {a.days} ngày")
        lines += report_lines(a.report)
    return lines


def _applied_json(applied) -> list[dict]:
    from ..serialize import report_json

    return [{"id": a.id, "kind": a.kind, "year": a.year, "days": a.days, "rule_set": a.rule_set or None,
             **report_json(a.report)} for a in applied]


def fetch(args: argparse.Namespace) -> int:
    with opened(args) as app:
        applied = app.sync().fetch_announcements()
    if args.json:
        print_json({"applied": _applied_json(applied)})
    else:
        print_lines(_applied_lines(applied) or ["Không có thông báo mới của tỉnh"])
    return EXIT_OK


def import_announcement(args: argparse.Namespace) -> int:
    from ...sync.announcement import MAX_BYTES

    try:
        with Path(args.file).open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # a huge file or /dev/zero: never more than one byte past the limit
    except OSError as exc:
        raise ValidationError.single("file", f"không đọc được tệp: {exc.strerror or exc}") from None
    with opened(args) as app:
        found = app.sync().import_announcement(data)
    applied = [found] if found is not None else []
    if args.json:
        print_json({"applied": _applied_json(applied)})
    else:
        print_lines(_applied_lines(applied) or ["Thông báo này đã được áp dụng trước đây"])
    return EXIT_OK


def key(args: argparse.Namespace) -> int:
    with opened(args) as app:
        key_id, public = app.sync().public_key()
    if args.json:
        print_json({"key_id": key_id, "public_key": public})
    else:
        print_lines([f"Khóa công khai của văn phòng ({key_id}): {public}"])
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("summary", help="lập gói tổng hợp số liệu của một tháng gửi tỉnh (Sở Tư pháp), ký số")
    s.add_argument("--month", required=True, type=month, metavar="YYYY-MM", help="tháng, YYYY-MM")
    s.add_argument("--out", metavar="TỆP.json",
                   help="ghi gói ra tệp này (chuyển cho tỉnh bằng USB) thay vì xếp vào hàng chờ gửi")
    add_json_flag(s, "in nội dung gói (JSON)")
    s.set_defaults(handler=summary, flags={"out": "--out", "month": "--month", "office_code": "sync enroll"})

    y = sub.add_parser("sync", help="liên kết với máy chủ của tỉnh: đăng ký, gửi gói tổng hợp, tình trạng")
    ysub = y.add_subparsers(dest="sync_command", parser_class=OneLineParser, required=True, metavar="VERB")
    e = ysub.add_parser("enroll", help="đăng ký văn phòng với máy chủ của tỉnh bằng mã một lần do tỉnh cấp")
    e.add_argument("--server", required=True, metavar="URL", help="địa chỉ máy chủ của tỉnh, http(s)://…")
    e.add_argument("--office-code", required=True, metavar="MÃ", help="mã văn phòng do tỉnh cấp")
    e.add_argument("--code", required=True, metavar="MÃ_MỘT_LẦN", help="mã đăng ký dùng một lần do tỉnh cấp")
    add_json_flag(e)
    e.set_defaults(handler=enroll, flags={"server": "--server", "office_code": "--office-code", "code": "--code"})
    o = ysub.add_parser("offline", help="văn phòng không có internet: ghi mã văn phòng và khóa của tỉnh, "
                                         "gửi tỉnh bằng tệp")
    o.add_argument("--office-code", required=True, metavar="MÃ", help="mã văn phòng do tỉnh cấp")
    o.add_argument("--office-name", required=True, metavar="TÊN", help="tên văn phòng như tỉnh đã đăng ký")
    o.add_argument("--province-key", required=True, metavar="KHÓA", help="khóa công khai của tỉnh (base64)")
    add_json_flag(o)
    o.set_defaults(handler=offline, flags={"office_code": "--office-code", "office_name": "--office-name",
                                           "province_key": "--province-key"})
    p = ysub.add_parser("push", help="gửi các gói đến lượt; in mỗi gói một dòng")
    p.add_argument("--now", action="store_true", help="gửi cả những gói đang chờ lượt gửi lại")
    add_json_flag(p)
    p.set_defaults(handler=push, flags={"server": "sync enroll"})
    st = ysub.add_parser("status", help="số gói chờ gửi, các gói bị từ chối và lý do")
    add_json_flag(st)
    st.set_defaults(handler=status)
    f = ysub.add_parser("fetch", help="nhận thông báo mới của tỉnh (lịch nghỉ, bộ quy tắc), kiểm tra chữ ký, áp dụng")
    add_json_flag(f)
    f.set_defaults(handler=fetch, flags={"server": "sync enroll"})
    i = ysub.add_parser("import-announcement", help="áp dụng tệp thông báo của tỉnh mang đến bằng USB")
    i.add_argument("file", metavar="TỆP.json", help="tệp thông báo do tỉnh ký")
    add_json_flag(i)
    i.set_defaults(handler=import_announcement, flags={"file": "TỆP.json", "server": "sync enroll"})
    k = ysub.add_parser("key", help="in khóa công khai của văn phòng (để tỉnh đăng ký thủ công)")
    add_json_flag(k)
    k.set_defaults(handler=key)
