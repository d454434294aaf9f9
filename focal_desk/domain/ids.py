"""Identity document numbers: validate what the law's formats allow us to validate."""

from __future__ import annotations

import re

from .enums import IdType
from .text import ascii_digits, strip_invisible

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: normalise_id_number has turned every other digit into ASCII
_PASSPORT = re.compile(r"[A-Z0-9]{5,20}")


def normalise_id_number(id_type: IdType, raw: str) -> str:
    """Strip spaces, dots and dashes people type inside numbers (and invisible characters); full-width and
    other scripts' digits as ASCII (NFKC), so the number is stored, searched and compared in one form;
    passports upper case."""
    cleaned = re.sub(r"[\s.\-]", "", ascii_digits(strip_invisible(raw or "")))
    return cleaned.upper() if id_type in (IdType.PASSPORT, IdType.OTHER) else cleaned


def id_number_problem(id_type: IdType, number: str) -> str | None:
    """A Vietnamese message describing what is wrong, or None when the number is acceptable."""
    if not number:
        return "Chưa nhập số giấy tờ tùy thân"
    if id_type in (IdType.CCCD, IdType.PERSONAL_ID):
        if not _DIGITS.fullmatch(number) or len(number) != 12:
            return "Số căn cước / định danh cá nhân phải gồm đúng 12 chữ số"
    elif id_type is IdType.CMND:
        if not _DIGITS.fullmatch(number) or len(number) not in (9, 12):
            return "Số CMND phải gồm 9 hoặc 12 chữ số"
    elif id_type is IdType.PASSPORT:
        if not _PASSPORT.fullmatch(number):
            return "Số hộ chiếu chỉ gồm chữ in hoa và chữ số (5–20 ký tự)"
    elif len(number) > 40:
        return "Số giấy tờ quá dài (tối đa 40 ký tự)"
    elif not number.isprintable():
        return "Số giấy tờ có ký tự điều khiển không được phép, hãy nhập lại."
    return None
