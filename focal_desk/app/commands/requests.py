"""`focal-desk request add | list | show` — intake and reading; the workflow verbs are in actions.py."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time

from ...domain.clock import VN_TZ, today
from ...domain.enums import Channel, Complexity, IdType, ProvisionForm, RequesterKind, Status
from ...domain.errors import ValidationError
from ...domain.listing import RequestQuery
from ...domain.request import RequestDraft
from ...domain.requester import Member, Requester
from ..argtypes import EXIT_OK, OneLineParser, count_up_to, month, request_day, request_id
from ..serialize import request_json, summary_json
from ..show import summary_line
from . import actions, catalogue, package, redacted_copy
from .common import ID_HELP, add_json_flag, opened, print_json, print_lines, print_request

MAX_LIST = 10_000_000


def _members(raw: list[str]) -> tuple[Member, ...]:
    members = []
    for i, text in enumerate(raw, start=1):
        parts = [p.strip() for p in text.split("|")]
        if len(parts) < 2:
            raise ValidationError.single("members", f"thành viên {i}: cần dạng 'Họ tên|số giấy tờ|mục đích'")
        members.append(Member(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return tuple(members)


def add(args: argparse.Namespace) -> int:
    delivery_email = args.delivery if "@" in args.delivery else ""
    delivery_address = "" if delivery_email else args.delivery
    channel = Channel(args.channel)
    form = ProvisionForm(args.form) if args.form else (
        ProvisionForm.EMAIL if channel is Channel.ELECTRONIC else
        ProvisionForm.POST if channel in (Channel.POSTAL, Channel.FAX) else ProvisionForm.COPY
    )
    complexity = Complexity(args.complexity) if args.complexity else None
    valid_on = args.valid_on or (args.received_on if complexity else None)
    requester = Requester(
        kind=RequesterKind(args.kind),
        full_name=args.name,
        id_type=IdType(args.id_type),
        id_number=args.id_number,
        address=args.address,
        phone=args.phone,
        email=args.email,
        fax=args.fax,
        nationality=args.nationality,
        on_behalf_of_name=args.on_behalf_of,
        members=_members(args.member),
    )
    with opened(args) as app:
        now = app.clock.now()
        at = now if args.received_on == today(app.clock) else datetime.combine(args.received_on, time(8, 0), VN_TZ)
        r = app.requests.register(RequestDraft(
            requester=requester,
            channel=channel,
            received_at=at,
            info_requested=args.info,
            purpose=args.purpose,
            provision_form=form,
            copies=args.copies,
            delivery_address=delivery_address,
            delivery_email=delivery_email,
            officer_assisted=args.officer_assisted,
            valid_on=valid_on,
            complexity=complexity,
            complexity_reason=args.complexity_reason,
        ))
    if args.json:
        print_json(request_json(r))
    else:
        due = r.due_now
        print(f"Đã vào sổ số {r.register_number} (ID {r.id}), trạng thái: {r.status.label_vi}"
              + (f", hạn: {due:%d/%m/%Y}" if due else ""))
    return EXIT_OK


def list_(args: argparse.Namespace) -> int:
    year, month_no = args.month if args.month else (None, None)
    query = RequestQuery(
        year=year,
        month=month_no,
        search=args.search,
        statuses=(Status(args.status),) if args.status else (),
        limit=args.limit,
    )
    with opened(args, reading=True) as app:
        rows = app.requests.summaries(query)
    if args.json:
        print_json([summary_json(s) for s in rows])
        return EXIT_OK
    print_lines([summary_line(s) for s in rows])
    sys.stdout.flush()  # the rows before the count, when both go to one terminal
    print(f"{len(rows)} yêu cầu", file=sys.stderr)
    return EXIT_OK


def show(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as app:
        r = app.requests.get(args.id)
    print_request(args, r)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("request", help="sổ theo dõi yêu cầu")
    rsub = r.add_subparsers(dest="request_command", parser_class=OneLineParser, required=True, metavar="VERB")

    a = rsub.add_parser("add", help="vào sổ một yêu cầu")
    a.add_argument("--name", required=True, help="họ tên người yêu cầu")
    a.add_argument("--id-number", required=True, help="số giấy tờ tùy thân (loại: --id-type)")
    a.add_argument("--id-type", default=IdType.CCCD.value, choices=[t.value for t in IdType],
                   help="loại giấy tờ: cccd, personal_id (số định danh cá nhân), cmnd, passport (hộ chiếu), "
                        "other (mặc định: cccd)")
    a.add_argument("--kind", default=RequesterKind.CITIZEN.value, choices=[k.value for k in RequesterKind],
                   help="người yêu cầu: citizen (công dân, mặc định), authorised (được ủy quyền), "
                        "legal_representative (đại diện theo pháp luật), guardian (giám hộ), "
                        "foreign_resident (người nước ngoài cư trú tại Việt Nam), organisation (tổ chức)")
    a.add_argument("--address", required=True, help="nơi cư trú")
    a.add_argument("--channel", required=True, choices=[c.value for c in Channel],
                   help="cách nhận yêu cầu: in_person (trực tiếp), electronic (mạng điện tử), postal (bưu chính), fax")
    a.add_argument("--received-on", required=True, type=request_day, metavar="YYYY-MM-DD",
                   help="ngày nhận yêu cầu, YYYY-MM-DD")
    a.add_argument("--info", required=True, help="thông tin được yêu cầu")
    a.add_argument("--purpose", required=True, help="mục đích sử dụng thông tin")
    a.add_argument("--phone", default="", help="số điện thoại")
    a.add_argument("--email", default="", help="thư điện tử của người yêu cầu")
    a.add_argument("--fax", default="", help="số fax")
    a.add_argument("--delivery", default="", help="địa chỉ hoặc thư điện tử nhận thông tin")
    a.add_argument("--form", default=None, choices=[f.value for f in ProvisionForm], help="hình thức cung cấp (mặc định theo --channel: email, post hoặc copy)")
    a.add_argument("--copies", type=int, default=1, help="số bản sao (mặc định: 1)")
    a.add_argument("--complexity", choices=[c.value for c in Complexity],
                   help="yêu cầu đã hợp lệ khi nhận: simple (đơn giản, có sẵn) hoặc complex (phức tạp); "
                        "thời hạn bắt đầu tính")
    a.add_argument("--complexity-reason", default="", help="lý do xếp mức độ")
    a.add_argument("--valid-on", type=request_day, metavar="YYYY-MM-DD",
                   help="ngày yêu cầu hợp lệ, YYYY-MM-DD (mặc định với --complexity: ngày nhận)")
    a.add_argument("--nationality", default="", help="quốc tịch (bắt buộc với --kind foreign_resident)")
    a.add_argument("--on-behalf-of", default="", help="người được đại diện / tổ chức")
    a.add_argument("--member", action="append", default=[], help="thành viên: 'Họ tên|số giấy tờ|mục đích'")
    a.add_argument("--officer-assisted", action="store_true",
                   help="cán bộ viết giúp phiếu yêu cầu (người yêu cầu không tự viết được)")
    add_json_flag(a)
    a.set_defaults(handler=add, flags={"complexity_reason": "--complexity-reason"})

    ls = rsub.add_parser("list", help="liệt kê yêu cầu")
    ls.add_argument("--month", type=month, metavar="YYYY-MM", help="tháng nhận yêu cầu, YYYY-MM")
    ls.add_argument("--search", default="", metavar="CHỮ",
                    help="tìm theo họ tên, số vào sổ, số giấy tờ, số điện thoại … (gõ không dấu cũng được)")
    ls.add_argument("--status", choices=[s.value for s in Status], help="chỉ các yêu cầu ở trạng thái này")
    ls.add_argument("--limit", type=count_up_to(MAX_LIST), default=None, metavar="N", help="in nhiều nhất N yêu cầu")
    add_json_flag(ls)
    ls.set_defaults(handler=list_)

    s = rsub.add_parser("show", help="xem một yêu cầu: các mục có nhãn, rồi giải thích thời hạn")
    s.add_argument("id", type=request_id, metavar="ID", help=ID_HELP)
    add_json_flag(s)
    s.set_defaults(handler=show)

    actions.add_parsers(rsub)
    catalogue.add_request_parsers(rsub)
    package.add_request_parsers(rsub)
    redacted_copy.add_request_parsers(rsub)
