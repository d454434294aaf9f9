"""Validation of what the officer typed at intake (Đ24.2): every problem reported against its field."""

from __future__ import annotations

import re
from dataclasses import replace

from ..domain.clock import Clock, today
from ..domain.enums import Channel, ProvisionForm
from ..domain.errors import ValidationError
from ..domain.request import RequestDraft
from ..domain.requester import clean_requester
from ..domain.rules import before_law
from ..domain.text import clean_field

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_INFO = 4000
MAX_COPIES = 1000


def clean_draft(d: RequestDraft, clock: Clock) -> RequestDraft:
    errors: dict[str, str] = {}
    try:
        requester = clean_requester(d.requester)
    except ValidationError as exc:
        errors.update(exc.errors)
        requester = d.requester
    refused: dict[str, str] = {}  # a refused character wins over any other problem of its field
    d = replace(
        d,
        requester=requester,
        info_requested=clean_field(refused, "info_requested", "Thông tin được yêu cầu", d.info_requested,
                                   multiline=True),
        purpose=clean_field(refused, "purpose", "Mục đích, lý do yêu cầu", d.purpose, multiline=True),
        delivery_address=clean_field(refused, "delivery_address", "Địa chỉ nhận thông tin", d.delivery_address),
        delivery_email=clean_field(refused, "delivery_email", "Thư điện tử nhận thông tin", d.delivery_email),
        notes=clean_field(refused, "notes", "Ghi chú", d.notes, multiline=True),
        complexity_reason=clean_field(refused, "complexity_reason", "Lý do phức tạp", d.complexity_reason,
                                      multiline=True),
    )
    now = clock.now()
    if d.received_at.tzinfo is None:
        errors["received_at"] = "Thời điểm tiếp nhận cần có múi giờ"
    elif early := before_law(d.received_at.date(), "Ngày tiếp nhận"):
        errors["received_at"] = early
    elif d.received_at > now:
        errors["received_at"] = "Ngày tiếp nhận không được ở tương lai"
    if not d.info_requested:
        errors["info_requested"] = "Chưa ghi thông tin được yêu cầu (tên văn bản, hồ sơ, tài liệu)"
    elif len(d.info_requested) > MAX_INFO:
        errors["info_requested"] = f"Nội dung yêu cầu quá dài (tối đa {MAX_INFO} ký tự)"
    if not d.purpose:
        errors["purpose"] = "Chưa ghi mục đích, lý do yêu cầu"
    elif len(d.purpose) > MAX_INFO:
        errors["purpose"] = f"Mục đích quá dài (tối đa {MAX_INFO} ký tự)"
    if not isinstance(d.copies, int) or not 1 <= d.copies <= MAX_COPIES:
        errors["copies"] = f"Số bản phải từ 1 đến {MAX_COPIES}"
    if d.delivery_email and not _EMAIL.fullmatch(d.delivery_email):
        errors["delivery_email"] = "Địa chỉ thư điện tử nhận thông tin không đúng định dạng"
    if d.provision_form is ProvisionForm.EMAIL and not (d.delivery_email or requester.email):
        errors["delivery_email"] = "Cần địa chỉ thư điện tử để gửi thông tin"
    if d.provision_form is ProvisionForm.POST and not (d.delivery_address or requester.address):
        errors["delivery_address"] = "Cần địa chỉ nhận bưu phẩm"
    if d.channel is Channel.ELECTRONIC and not (requester.email or d.delivery_email):
        errors.setdefault("email", "Yêu cầu qua mạng điện tử cần địa chỉ thư điện tử của người yêu cầu")
    if d.valid_on is not None and (early := before_law(d.valid_on, "Ngày hợp lệ")):
        errors["valid_on"] = early
    elif d.valid_on is not None and "received_at" not in errors:
        if d.valid_on < d.received_at.date():
            errors["valid_on"] = "Ngày hợp lệ không được trước ngày tiếp nhận"
        elif d.valid_on > today(clock):
            errors["valid_on"] = "Ngày hợp lệ không được ở tương lai"
    errors.update(refused)
    if errors:
        raise ValidationError(errors)
    return d


def clean_provision_method(method: str) -> str:
    """How the information was provided (the Provide action and "Provide now" at intake): required."""
    errors: dict[str, str] = {}
    method = clean_field(errors, "provision_method", "Hình thức đã cung cấp", method)
    if not method and not errors:
        errors["provision_method"] = "Cần ghi hình thức đã cung cấp"
    if errors:
        raise ValidationError(errors)
    return method
