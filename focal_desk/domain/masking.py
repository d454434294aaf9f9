"""The public copy of the log book: no ID number, phone, e-mail or street address of a requester.

Addresses are typed as comma-separated parts, smallest first ("Thôn Đồng Tâm, xã Đạo Trù, tỉnh Phú Thọ"):
the trailing parts that name an administrative unit are kept (the commune and above), the rest is masked.
Free text (the information requested, notes) is masked too: the requester's own details wherever they
appear, and anything that looks like an e-mail address or a run of nine or more digits (an ID number or a
phone number, spaces, dots and dashes allowed between the digits)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .log_book import LogBookEntry

MASK = "***"
UNIT_PREFIXES = ("xã ", "phường ", "thị trấn ", "đặc khu ", "huyện ", "quận ", "thị xã ", "thành phố ", "tỉnh ")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT_RUN = re.compile(r"\+?\d(?:[ .\-]?\d){8,}")
KEEP = 3  # trailing characters of an ID or phone number left visible


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def mask_number(text: str) -> str:
    """"001090012345" → "*********345" (an empty value stays empty)."""
    digits = text.strip()
    if not digits:
        return ""
    return MASK if len(digits) <= KEEP else "*" * (len(digits) - KEEP) + digits[-KEEP:]


def mask_email(text: str) -> str:
    """"nguyen.an12@gmail.com" → "n***@gmail.com"."""
    text = text.strip()
    if not text:
        return ""
    local, at, domain = text.partition("@")
    return f"{local[:1]}{MASK}@{domain}" if at else MASK


def split_address(address: str) -> tuple[str, str]:
    """(street part, administrative part): the longest run of trailing parts naming a unit."""
    parts = [p.strip() for p in _nfc(address).split(",")]
    keep = len(parts)
    while keep > 0 and parts[keep - 1].lower().startswith(UNIT_PREFIXES):
        keep -= 1
    street = ", ".join(p for p in parts[:keep] if p)
    return street, ", ".join(parts[keep:])


def mask_address(address: str) -> str:
    street, units = split_address(address)
    if not street:
        return units
    return f"{MASK}, {units}" if units else MASK


def mask_free_text(text: str, known: tuple[str, ...] = ()) -> str:
    """Mask the known values (case-insensitive, longest first), then e-mails and long digit runs."""
    text = _nfc(text)
    for value in sorted({_nfc(v).strip() for v in known if len(v.strip()) >= 4}, key=len, reverse=True):
        if value.lower() in text.lower():  # the usual text holds none: no pattern compiled for it
            text = re.sub(re.escape(value), MASK, text, flags=re.IGNORECASE)
    text = _EMAIL.sub(MASK, text)
    return _DIGIT_RUN.sub(MASK, text)


def public_entry(entry: LogBookEntry) -> LogBookEntry:
    street, _ = split_address(entry.address)
    known = (entry.id_number, entry.phone, entry.email, street)
    return replace(
        entry,
        id_number=mask_number(entry.id_number),
        phone=mask_number(entry.phone),
        email=mask_email(entry.email),
        address=mask_address(entry.address),
        info_requested=mask_free_text(entry.info_requested, known),
        notes=mask_free_text(entry.notes, known),
        on_behalf_of=mask_free_text(entry.on_behalf_of, known),
    )
