"""Who asks: every kind of requester the law knows (Đ4, Đ24, Đ36, ND13 Đ4)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .enums import IdType, RequesterKind
from .errors import ValidationError
from .ids import id_number_problem, normalise_id_number
from .text import nfc

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 .\-()]{6,20}")

MAX_NAME = 200
MAX_ADDRESS = 500


@dataclass(frozen=True)
class Member:
    """One member in an organisation's request (ND13 Đ4): name, ID number, reason and purpose."""

    full_name: str
    id_number: str
    purpose: str = ""
    id_type: IdType = IdType.CCCD


@dataclass(frozen=True)
class Requester:
    kind: RequesterKind
    full_name: str
    id_type: IdType
    id_number: str
    address: str
    phone: str = ""
    email: str = ""
    fax: str = ""
    nationality: str = ""  # foreign residents
    # The person the requester acts for (authorised person, representative, guardian) or the organisation name.
    on_behalf_of_name: str = ""
    on_behalf_of_id: str = ""
    members: tuple[Member, ...] = field(default_factory=tuple)
    id: int | None = None


def clean_requester(r: Requester) -> Requester:
    """NFC every text, normalise the ID number, then validate; raises ValidationError naming each field."""
    members = tuple(
        Member(
            full_name=nfc(m.full_name),
            id_number=normalise_id_number(m.id_type, m.id_number),
            purpose=nfc(m.purpose),
            id_type=m.id_type,
        )
        for m in r.members
    )
    r = replace(
        r,
        full_name=nfc(r.full_name),
        id_number=normalise_id_number(r.id_type, r.id_number),
        address=nfc(r.address),
        phone=nfc(r.phone),
        email=nfc(r.email),
        fax=nfc(r.fax),
        nationality=nfc(r.nationality),
        on_behalf_of_name=nfc(r.on_behalf_of_name),
        on_behalf_of_id=nfc(r.on_behalf_of_id),
        members=members,
    )
    errors: dict[str, str] = {}
    if not r.full_name:
        errors["full_name"] = "Chưa nhập họ và tên"
    elif len(r.full_name) > MAX_NAME:
        errors["full_name"] = f"Họ và tên quá dài (tối đa {MAX_NAME} ký tự)"
    problem = id_number_problem(r.id_type, r.id_number)
    if problem:
        errors["id_number"] = problem
    if not r.address:
        errors["address"] = "Chưa nhập nơi cư trú / địa chỉ"
    elif len(r.address) > MAX_ADDRESS:
        errors["address"] = f"Địa chỉ quá dài (tối đa {MAX_ADDRESS} ký tự)"
    if r.email and not _EMAIL.fullmatch(r.email):
        errors["email"] = "Địa chỉ thư điện tử không đúng định dạng"
    if r.phone and not _PHONE.fullmatch(r.phone):
        errors["phone"] = "Số điện thoại không đúng định dạng"
    if r.fax and not _PHONE.fullmatch(r.fax):
        errors["fax"] = "Số fax không đúng định dạng"
    if r.kind is RequesterKind.FOREIGN_RESIDENT and not r.nationality:
        errors["nationality"] = "Người nước ngoài cần ghi quốc tịch"
    if r.kind.acts_for_someone and not r.on_behalf_of_name:
        errors["on_behalf_of_name"] = "Cần ghi họ tên người được đại diện / ủy quyền / giám hộ"
    if r.kind is RequesterKind.ORGANISATION:
        if not r.on_behalf_of_name:
            errors["on_behalf_of_name"] = "Cần ghi tên tổ chức"
        if not members:
            errors["members"] = "Yêu cầu qua tổ chức cần danh sách thành viên"
        for i, m in enumerate(members, start=1):
            if not m.full_name:
                errors[f"members[{i}].full_name"] = f"Thành viên {i}: chưa nhập họ tên"
            member_problem = id_number_problem(m.id_type, m.id_number)
            if member_problem:
                errors[f"members[{i}].id_number"] = f"Thành viên {i}: {member_problem}"
    elif members:
        errors["members"] = "Chỉ yêu cầu qua tổ chức mới có danh sách thành viên"
    if errors:
        raise ValidationError(errors)
    return r
