"""`focal-desk request VERB ID …`: every step of the workflow, as the request file's buttons do it.

Each verb calls one RequestService method (one transaction) and prints the request as `request show`
does. A state that does not allow the verb is refused by the service (IllegalTransition): nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...domain.enums import Complexity, CorrectionKind
from ...domain.errors import ValidationError
from ...domain.refusal import RefusalGround
from ...domain.request import Request
from ..argtypes import EXIT_OK, request_day, request_id
from .common import ID_HELP, add_json_flag, opened, print_request

if TYPE_CHECKING:
    from ...services.requests import RequestService

Call = Callable[["RequestService", argparse.Namespace], Request]


def _handler(call: Call) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        with opened(args) as app:
            changed = call(app.requests, args)
            stored = app.requests.get(changed.id)  # print what was committed, exactly as `request show` does
        print_request(args, stored)
        return EXIT_OK

    return run


def _verb(rsub, name: str, help_text: str, call: Call, flags: dict[str, str], on: bool = True):
    p = rsub.add_parser(name, help=help_text)
    p.add_argument("id", type=request_id, metavar="ID", help=ID_HELP)
    if on:
        p.add_argument("--on", type=request_day, metavar="YYYY-MM-DD", help="ngày thực hiện, YYYY-MM-DD (mặc định: hôm nay)")
    add_json_flag(p, "in yêu cầu dạng JSON (như request show --json)")
    p.set_defaults(handler=_handler(call), flags=flags)
    return p


def _provide(s: RequestService, a: argparse.Namespace) -> Request:
    if a.detail and not a.partial:
        raise ValidationError.single("detail", "chỉ dùng cùng --partial (phần không cung cấp và lý do)")
    return s.provide(a.id, a.method, partial=a.partial, on=a.on, detail=a.detail or "")


def add_parsers(rsub: argparse._SubParsersAction) -> None:
    p = _verb(rsub, "supplement", "đề nghị người yêu cầu bổ sung (Điều 26.2)",
              lambda s, a: s.request_supplement(a.id, a.note, a.on), {"note": "--note"})
    p.add_argument("--note", required=True, help="nội dung cần bổ sung")

    p = _verb(rsub, "validate", "xác nhận yêu cầu hợp lệ: thời hạn bắt đầu tính",
              lambda s, a: s.mark_valid(a.id, a.valid_on, Complexity(a.complexity), a.reason),
              {"valid_on": "--valid-on", "complexity_reason": "--reason"}, on=False)
    p.add_argument("--valid-on", required=True, type=request_day, metavar="YYYY-MM-DD",
                   help="ngày yêu cầu hợp lệ, YYYY-MM-DD")
    p.add_argument("--complexity", required=True, choices=[c.value for c in Complexity],
                   help="simple (đơn giản, có sẵn) hoặc complex (phức tạp, cần tập hợp)")
    p.add_argument("--reason", default="", help="lý do xếp mức độ")

    _verb(rsub, "notice", "đã gửi thông báo thời hạn (Mẫu 03)", lambda s, a: s.send_notice(a.id, a.on), {})

    p = _verb(rsub, "extend", "gia hạn (một lần, trước khi hết hạn)",
              lambda s, a: s.extend(a.id, a.reason, a.on), {"extension_reason": "--reason"})
    p.add_argument("--reason", required=True, help="lý do gia hạn")

    p = _verb(rsub, "provide", "đã cung cấp thông tin (--partial: một phần)", _provide,
              {"provision_method": "--method", "detail": "--detail"})
    p.add_argument("--method", required=True, help="cách đã cung cấp (bản sao trao tay, thư điện tử …)")
    p.add_argument("--partial", action="store_true", help="chỉ cung cấp một phần")
    p.add_argument("--detail", default=None, help="phần không cung cấp và lý do (bắt buộc với --partial)")

    p = _verb(rsub, "refuse", "từ chối theo một căn cứ khoản 1 Điều 28",
              lambda s, a: s.refuse(a.id, RefusalGround(a.ground), a.detail, a.on, a.earlier_provisions),
              {"refusal_detail": "--detail", "earlier_provisions_note": "--earlier-provisions"})
    p.add_argument("--ground", required=True, choices=[g.value for g in RefusalGround],
                   help="điểm của khoản 1 Điều 28 (dd = điểm đ)")
    p.add_argument("--detail", required=True, help="lý do từ chối cụ thể")
    p.add_argument("--earlier-provisions", default="", metavar="T",
                   help="với điểm d, khi sổ không cho thấy hai lần đã cung cấp: các lần đó được ghi ở đâu")

    p = _verb(rsub, "transfer", "hướng dẫn sang cơ quan có trách nhiệm cung cấp",
              lambda s, a: s.transfer(a.id, a.to, a.on), {"transferred_to": "--to"})
    p.add_argument("--to", required=True, metavar="AGENCY", help="cơ quan có trách nhiệm cung cấp")

    p = _verb(rsub, "withdraw", "người yêu cầu rút yêu cầu",
              lambda s, a: s.withdraw(a.id, a.reason, a.on), {"withdrawal_reason": "--reason"})
    p.add_argument("--reason", required=True, help="lý do rút")

    p = _verb(rsub, "correct", "mở đính chính thông tin đã cung cấp (Điều 32)",
              lambda s, a: s.open_correction(a.id, CorrectionKind(a.kind), a.reason, a.on), {"reason": "--reason"})
    p.add_argument("--kind", required=True, choices=[k.value for k in CorrectionKind],
                   help="agency_found (cơ quan tự phát hiện), requester_claim (người yêu cầu phản ánh), "
                        "forwarded (chuyển cơ quan tạo ra thông tin)")
    p.add_argument("--reason", required=True, help="nội dung cần đính chính")

    p = _verb(rsub, "close-correction", "hoàn tất đính chính",
              lambda s, a: s.close_correction(a.id, a.result, a.on), {"result": "--result"})
    p.add_argument("--result", required=True, help="kết quả đính chính")
