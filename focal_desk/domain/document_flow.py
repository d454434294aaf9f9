"""The papers the workflow asks for: what a form takes from the recorded request, which date it prints for
the register to keep, and which papers a request still owes.

A refusal is complete only with its Mẫu 05; an extension only with its Mẫu 04, issued no later than the
deadline it extends; a walk-in intake is offered its receipt (Mẫu 02) at once."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from .documents import FormCode
from .enums import Channel, Status
from .errors import ValidationError
from .numbering import FORM_STATES
from .request import Request

# The date each form prints that the register keeps as Request.printed_due ("a printed date never moves").
PRINTED_DUE_KEY: dict[FormCode, str] = {
    FormCode.RECEIPT: "answer_due",
    FormCode.RESOLUTION: "provide_due",
    FormCode.EXTENSION: "new_due",
}


def recorded_facts(form: FormCode, request: Request, payment_due: date | None = None) -> dict[str, str]:
    """What the request already holds for this form, keyed by the template's field names (dates ISO).
    These win over what a caller passes: the paper says what the register recorded."""
    if form is FormCode.REFUSAL and request.refusal_ground is not None:
        detail = request.refusal_detail
        if request.earlier_provisions_note:
            detail = f"{detail}\nCác lần đã cung cấp: {request.earlier_provisions_note}"
        return {"refusal_ground": request.refusal_ground.value, "refusal_detail": detail}
    if form is FormCode.EXTENSION and request.deadlines.extended_due is not None:
        return {"extension_reason": request.extension_reason, "new_due": request.deadlines.extended_due.isoformat()}
    if form is FormCode.RESOLUTION and payment_due is not None:
        return {"payment_due": payment_due.isoformat()}
    if form is FormCode.SUPPLEMENT and request.supplement_note:
        return {"supplement_items": request.supplement_note}
    if form is FormCode.TRANSFER and request.transferred_to:
        return {"responsible_agency": request.transferred_to}
    if form is FormCode.PROVIDE and request.status is Status.PARTIALLY_PROVIDED and request.refusal_detail:
        return {"partial_note": request.refusal_detail}
    if form is FormCode.CORRECTION and request.open_correction is not None:
        return {"corrected_content": request.open_correction.reason}
    return {}


def default_facts(form: FormCode, request: Request) -> dict[str, str]:
    """Sensible values the caller may replace: 03's time limit is the deadline to provide, the covering
    letter encloses what was asked for."""
    due = request.deadlines.answer_due
    if form is FormCode.RESOLUTION and due is not None:
        return {"provide_due": due.isoformat()}
    if form is FormCode.PROVIDE:
        return {"provided_items": request.info_requested}
    return {}


def gathered_facts(
    form: FormCode, request: Request, caller: Mapping[str, str] | None, payment_due: date | None = None
) -> dict[str, str]:
    """defaults < what the caller passes < what the request recorded."""
    given = {k: v for k, v in (caller or {}).items() if v is not None and str(v).strip()}
    return {**default_facts(form, request), **given, **recorded_facts(form, request, payment_due)}


def check_resolution_date(request: Request, provide_due_iso: str | None) -> None:
    """Mẫu 03 may promise the information earlier than the law's deadline, never later."""
    due = request.deadlines.answer_due
    if not provide_due_iso or due is None:
        return
    try:
        promised = date.fromisoformat(provide_due_iso)
    except ValueError:
        return  # the template reports a malformed date with its label
    if promised > due:
        raise ValidationError.single(
            "provide_due", f"Thời hạn cung cấp ghi trên phiếu không được sau hạn luật định {due:%d/%m/%Y}"
        )


@dataclass(frozen=True)
class OwedDocument:
    """A paper the workflow still asks for: which form, and the line the to-do list and request file show."""

    request_id: int
    form: FormCode
    text: str


OWED_TEXT = {
    FormCode.REFUSAL: "Chưa phát hành Mẫu 05 (thông báo từ chối)",
    FormCode.EXTENSION: "Chưa phát hành Mẫu 04 (thông báo gia hạn)",
}
# form -> the states in which a request without that live paper is incomplete
OWED_IN: dict[FormCode, tuple[Status, ...]] = {
    FormCode.REFUSAL: (Status.REFUSED,),
    FormCode.EXTENSION: (Status.EXTENDED,),
}


def documents_owed(request: Request, live_forms: Collection[FormCode]) -> tuple[OwedDocument, ...]:
    return tuple(
        OwedDocument(request.id, form, OWED_TEXT[form])
        for form, states in OWED_IN.items()
        if request.status in states and form not in live_forms
    )


def receipt_offered(request: Request, live_forms: Collection[FormCode] = ()) -> bool:
    """Right after a walk-in intake (and while the request is open) the officer is offered its Mẫu 02."""
    return (
        request.channel is Channel.IN_PERSON
        and request.status in FORM_STATES[FormCode.RECEIPT]
        and FormCode.RECEIPT not in live_forms
    )


def forms_called_for(request: Request) -> tuple[FormCode, ...]:
    """Every form the request's state allows now (what the request file offers)."""
    return tuple(f for f, states in FORM_STATES.items() if request.status in states)
