"""Who asks: every kind of requester the law knows (Đ4, Đ24, Đ36, ND13 Đ4)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .enums import IdType, RequesterKind
from .errors import ValidationError
from .ids import id_number_problem, normalise_id_number
from .text import ascii_digits, clean_field, nfc

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
    """Clean every text (invisible characters out, NFC), normalise the ID numbers, then validate; raises
    ValidationError naming each field. A refused character wins over any other problem of its field."""
    refused: dict[str, str] = {}

    def line(field: str, label: str, text: str) -> str:
        return clean_field(refused, field, label, text)

    members = tuple(
        Member(
            full_name=line(f"members[{i}].full_name", f"Thành viên {i}: họ tên", m.full_name),
            id_number=normalise_id_number(m.id_type, m.id_number),
            purpose=clean_field(refused, f"members[{i}].purpose", f"Thành viên {i}: mục đích", m.purpose,
                                multiline=True),
            id_type=m.id_type,
        )
        for i, m in enumerate(r.members, start=1)
    )
    r = replace(
        r,
        full_name=line("full_name", "Họ và tên", r.full_name),
        id_number=normalise_id_number(r.id_type, r.id_number),
        address=line("address", "Nơi cư trú / địa chỉ", r.address),
        phone=line("phone", "Số điện thoại", r.phone),
        email=line("email", "Thư điện tử", r.email),
        fax=line("fax", "Số fax", r.fax),
        nationality=line("nationality", "Quốc tịch", r.nationality),
        on_behalf_of_name=line("on_behalf_of_name", "Tên người được đại diện / tổ chức", r.on_behalf_of_name),
        on_behalf_of_id=line("on_behalf_of_id", "Số giấy tờ của người được đại diện",
                             ascii_digits(nfc(r.on_behalf_of_id))),
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
    errors.update(refused)
    if errors:
        raise ValidationError(errors)
    return r
