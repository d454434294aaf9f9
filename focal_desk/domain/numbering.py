"""Document numbers (ND30 Đ15) and which paper a request's state calls for.

Pure rules: the series key a number is counted in, a typed number read back to its sequence, and the
table of forms each state allows. Storage takes the numbers; the service ties them to the issue."""

from __future__ import annotations

import re
from datetime import date

from .agency import AgencyProfile, NumberingMode, SeriesScope
from .documents import DocumentNumber, FormCode
from .enums import Status
from .errors import IllegalTransition, ValidationError
from .request import Request

COMMON_SERIES = "*"  # the key of the one series shared by every type
NO_TYPE_SERIES = "CV"  # a công văn has no type abbreviation; its own series under PER_TYPE
MAX_SEQ = 99_999
_TYPED = re.compile(r"^\s*0*(\d{1,5})\s*(?:/\s*(\S+?)\s*)?$")


def series_key(scope: SeriesScope, type_abbr: str) -> str:
    """The counter a document of this type draws from."""
    if scope is SeriesScope.COMMON:
        return COMMON_SERIES
    return type_abbr or NO_TYPE_SERIES


def document_number(seq: int, year: int, type_abbr: str, agency: AgencyProfile) -> DocumentNumber:
    return DocumentNumber(seq=seq, year=year, type_abbr=type_abbr, agency_symbol=agency.symbol)


def parse_typed_number(text: str, type_abbr: str, agency: AgencyProfile, year: int) -> DocumentNumber:
    """The number the clerk typed: "5", "05" or the whole "05/TB-UBND" (its symbol must be this document's).
    Returned as ND30 writes it (two digits at least)."""
    found = _TYPED.match(text or "")
    if not text or not text.strip():
        raise ValidationError.single("number", "Cần nhập số văn bản do văn thư cấp")
    if found is None or int(found.group(1)) == 0:
        raise ValidationError.single("number", f"Số văn bản không hợp lệ: {text.strip()} (ví dụ: 05)")
    number = document_number(int(found.group(1)), year, type_abbr, agency)
    symbol = found.group(2)
    if symbol is not None and symbol.upper() != number.text.split("/", 1)[-1].upper():
        raise ValidationError.single(
            "number", f"Ký hiệu {symbol} không khớp với văn bản này ({number.text}); chỉ cần nhập số"
        )
    return number


def check_numbering_input(mode: NumberingMode, numbered: bool, typed: str | None) -> None:
    """The app's series gives the number itself; a typed number is required when the clerk gives it."""
    if not numbered:
        if typed:
            raise ValidationError.single("number", "Văn bản này không ghi số")
        return
    if mode is NumberingMode.SERIES and typed:
        raise ValidationError.single("number", "Cơ quan dùng sổ số của chương trình: số được cấp tự động")
    if mode is NumberingMode.TYPED and not (typed and typed.strip()):
        raise ValidationError.single("number", "Cần nhập số văn bản do văn thư cấp")


_OPEN = (Status.RECEIVED, Status.AWAITING_SUPPLEMENT, Status.VALID, Status.EXTENDED)
_RUNNING = (Status.VALID, Status.EXTENDED)

# form -> the states in which the request calls for it
FORM_STATES: dict[FormCode, tuple[Status, ...]] = {
    FormCode.REQUEST_FORM: tuple(Status),  # the requester's own form, printable at any time
    FormCode.REQUEST_FORM_ORG: tuple(Status),
    FormCode.RECEIPT: _OPEN,  # right after intake, or late while the request is open
    FormCode.RESOLUTION: _RUNNING,  # Đ27: once valid, while it is being answered
    FormCode.EXTENSION: (Status.EXTENDED,),  # Đ29–31: the recorded extension, inside the deadline it extends
    FormCode.REFUSAL: (Status.REFUSED,),  # the refusal is recorded with its ground, then notified
    FormCode.CONSENT: _OPEN,
    FormCode.SUPPLEMENT: (Status.AWAITING_SUPPLEMENT,),  # Đ26.2
    FormCode.TRANSFER: (Status.TRANSFERRED,),  # Đ26.3
    FormCode.PROVIDE: (Status.PROVIDED, Status.PARTIALLY_PROVIDED),
    FormCode.CORRECTION: (Status.CORRECTING,),  # Đ32
}


def check_form_allowed(form: FormCode, request: Request, on: date, title: str) -> None:
    """IllegalTransition when the request's state does not call for this paper; ValidationError when a
    Mẫu 04 would be dated after the deadline it extends (nothing is issued)."""
    if request.status not in FORM_STATES[form]:
        raise IllegalTransition(request.status.label_vi, f"Lập {title}")
    if form is FormCode.EXTENSION:
        extended = request.deadlines.provide_due  # the deadline the extension was granted within
        if extended is not None and on > extended:
            raise ValidationError.single(
                "issued_on",
                f"Thông báo gia hạn (Mẫu 04) phải được phát hành chậm nhất ngày {extended:%d/%m/%Y}, là thời hạn "
                f"được gia hạn; hôm nay {on:%d/%m/%Y} đã quá hạn đó",
            )


def action_key(form: FormCode, request: Request) -> str:
    """What makes two issues of a form "the same action": issuing again returns the live one. A correction
    notice belongs to its correction; every other form is issued once per request."""
    if form is FormCode.CORRECTION and request.open_correction is not None:
        return f"{form.value}#{request.open_correction.id}"
    return form.value
