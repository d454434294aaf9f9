"""`focal-desk letter --request ID --form F --out PATH`: issue the paper the request's state calls for.

The PDF is issued into the data folder (numbered, hashed, immutable) and copied to PATH. A state that does
not call for the form, a missing fact or a bad number is refused before anything is taken (exit 2)."""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path

from ...domain.documents import FormCode
from ...domain.errors import EnvironmentProblem, ValidationError
from ..argtypes import EXIT_OK, VietnameseHelpFormatter, request_id
from .common import ID_HELP, add_json_flag, opened, print_json, refuse_inside_data_dir

# What each form takes from --set (the template's fields the register does not hold). Dates YYYY-MM-DD.
# tests/e2e/test_cli_letter.py checks this list against the fields of the shipped forms/.
SET_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "01a": (),
    "01b": (),
    "02": (),
    "03": (
        ("provide_place", "địa điểm cung cấp thông tin (bắt buộc)"),
        ("provide_due", "thời hạn cung cấp, YYYY-MM-DD (mặc định: hạn trả lời; không được sau hạn đó)"),
        ("payment_method", "phương thức thanh toán (bắt buộc khi có chi phí)"),
        ("tax_authority", "cơ quan thuế quản lý thu (bắt buộc khi có chi phí)"),
        ("treasury", "Kho bạc Nhà nước nơi nhận (bắt buộc khi có chi phí)"),
        ("note", "ghi chú (tùy chọn)"),
    ),
    "04": (),
    "05": (),
    "06": (
        ("consenter_name", "họ tên người (tên tổ chức) chấp thuận"),
        ("consenter_id", "số giấy tờ tùy thân / mã số doanh nghiệp"),
        ("consenter_address", "nơi cư trú / trụ sở"),
        ("consenter_capacity", "tư cách của người chấp thuận"),
    ),
    "supplement": (("supplement_place", "nơi gửi nội dung bổ sung (tùy chọn)"),),
    "transfer": (("responsible_address", "địa chỉ cơ quan có trách nhiệm (tùy chọn)"),),
    "provide": (
        ("provided_items", "thông tin, tài liệu được cung cấp (mặc định: thông tin được yêu cầu)"),
        ("partial_note", "phần chưa cung cấp và lý do (mặc định: như đã ghi khi cung cấp một phần)"),
    ),
    "correction": (("correction_reason", "lý do đính chính (tùy chọn)"),),
}
# What the register holds and the paper prints without being asked.
FROM_REGISTER = {
    "02": "hạn trả lời theo thời hạn đã tính",
    "03": "chi phí và thời hạn thanh toán theo chi phí đã ghi (payment_due)",
    "04": "lý do và thời hạn mới theo lần gia hạn đã ghi (request extend)",
    "05": "căn cứ và lý do theo quyết định từ chối đã ghi (request refuse)",
    "supplement": "nội dung cần bổ sung theo request supplement",
    "transfer": "cơ quan có trách nhiệm theo request transfer",
    "correction": "nội dung đính chính theo request correct",
}
WHEN = (
    "01a, 01b: bất cứ lúc nào; 02: khi yêu cầu đang mở (ngay sau khi vào sổ); 03: khi yêu cầu hợp lệ hoặc đã "
    "gia hạn; 04: sau khi gia hạn, chậm nhất ngày hết thời hạn được gia hạn; 05: sau khi từ chối; 06: khi yêu "
    "cầu đang mở; supplement: khi chờ bổ sung; transfer: sau khi hướng dẫn sang cơ quan khác; provide: sau khi "
    "cung cấp; correction: khi đang đính chính."
)


class _Formatter(argparse.RawDescriptionHelpFormatter, VietnameseHelpFormatter):
    """The list of fields keeps its lines."""


def _epilog() -> str:
    when = textwrap.fill(WHEN, width=100, initial_indent="  ", subsequent_indent="  ")
    lines = ["Mẫu nào, lúc nào:", when, "", "Các trường --set KEY=VALUE của từng mẫu (ngày: YYYY-MM-DD):"]
    for form, keys in SET_KEYS.items():
        head = f"  {form}:"
        if not keys:
            lines.append(f"{head} không cần trường nào")
        for i, (key, what) in enumerate(keys):
            lines.append(f"{head if i == 0 else ' ' * len(head)} {key} — {what}")
        if form in FROM_REGISTER:
            lines.append(f"{' ' * len(head)} (lấy từ sổ: {FROM_REGISTER[form]})")
    return "\n".join(lines)


def _pairs(items: list[str], form: str) -> dict[str, str]:
    allowed = {k for k, _ in SET_KEYS[form]}
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValidationError.single("set", f"'{item}' không có dạng KEY=VALUE")
        if key not in allowed:
            known = ", ".join(sorted(allowed)) or "không có trường nào"
            raise ValidationError.single("set", f"mẫu {form} không có trường {key} (các trường: {known})")
        if key in out:
            raise ValidationError.single("set", f"trường {key} được cho hai lần")
        out[key] = value
    return out


def _check_out(out: Path) -> None:
    """Before anything is issued: the copy must have somewhere to go."""
    if out.is_dir():
        raise ValidationError.single("out", f"{out} là một thư mục; cần đường dẫn tệp PDF")
    if not out.parent.is_dir():
        raise ValidationError.single("out", f"thư mục {out.parent} không tồn tại")


def run(args: argparse.Namespace) -> int:
    from ...documents.renderer import FormRenderer  # reportlab and the forms load only for this command

    form = FormCode(args.form)
    extra = _pairs(args.set or [], form.value)
    out = Path(args.out).expanduser().absolute()
    _check_out(out)
    with opened(args) as app:
        refuse_inside_data_dir(out, app.paths.data_dir, "out")  # before the letter takes its number
        docs = app.documents(FormRenderer())
        document = docs.issue(args.request, form, extra, typed_number=args.number)
        issued = docs.open(document.id)
    try:
        shutil.copyfile(issued, out)
    except OSError as exc:
        raise EnvironmentProblem(
            f"đã phát hành văn bản {document.number_text or form.value} ({issued}) nhưng không chép được sang "
            f"{out}: {exc}"
        ) from exc
    if args.json:
        print_json({
            "id": document.id,
            "request_id": document.request_id,
            "kind": document.kind,
            "number": document.number_text,
            "template_id": document.template_id,
            "template_version": document.template_version,
            "issued_on": document.issued_on.isoformat(),
            "printed_due": document.printed_due.isoformat() if document.printed_due else None,
            "sha256": document.sha256,
            "path": str(issued),
            "out": str(out),
        })
    else:
        number = f" số {document.number_text}" if document.number_text else ""
        sys.stdout.write(f"Đã phát hành mẫu {document.kind}{number}: {out} (SHA-256 {document.sha256})\n")
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "letter",
        help="lập và phát hành văn bản của một yêu cầu (Mẫu 01a–06, công văn) ra tệp PDF",
        description="Phát hành văn bản mà tình trạng của yêu cầu đòi hỏi: lấy số, ghi tệp PDF vào thư mục\n"
                    "dữ liệu (không sửa được nữa) rồi chép ra --out. Phát hành lại cùng văn bản cho cùng việc\n"
                    "trả về văn bản đã có, không lấy số mới.",
        epilog=_epilog(),
        formatter_class=_Formatter,
    )
    p.add_argument("--request", required=True, type=request_id, metavar="ID", help=ID_HELP)
    p.add_argument("--form", required=True, choices=[f.value for f in FormCode], metavar="MẪU",
                   help="mẫu văn bản: " + ", ".join(f.value for f in FormCode))
    p.add_argument("--out", required=True, metavar="TỆP.pdf", help="đường dẫn tệp PDF chép ra (ghi đè nếu có)")
    p.add_argument("--number", default=None, metavar="SỐ",
                   help="số do văn thư cấp, khi cơ quan tự ghi số (ví dụ: 5, 05 hoặc 05/TB-UBND); bỏ trống "
                        "khi chương trình cấp số")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="một trường của mẫu mà sổ không có (lặp lại được; danh sách ở cuối trợ giúp)")
    add_json_flag(p, "in kết quả dạng JSON: kind, number, template_version, sha256, path (tệp trong thư mục "
                     "dữ liệu), out")
    set_flags = {key: f"--set {key}" for keys in SET_KEYS.values() for key, _ in keys}
    p.set_defaults(handler=run, flags={**set_flags, "number": "--number", "set": "--set", "out": "--out",
                                       "issued_on": "--form", "agency": "cơ quan"})
