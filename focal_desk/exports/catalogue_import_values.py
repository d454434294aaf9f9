"""One cell of an officer's catalogue spreadsheet → a value of an entry: dates (real Excel dates, or text as
offices type them, full-width digits too), the access class in Vietnamese words, the Đ17 kind by code or
name, the Đ6/Đ7 ground by code or name, yes/no. Each parser returns the value or raises CellProblem with a
Vietnamese sentence."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from ..domain.catalogue import AccessClass, CodeLabel, vocabulary
from ..domain.text import ascii_digits, control_problem, fold, nfc

MIN_YEAR, MAX_YEAR = 1900, 2100
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_LEAP_BUG = 60  # the serial Excel shows as 29/02/1900
_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_CODE = re.compile(r"(\d+(?:\.\d+)*(?:\.[a-z]{1,2})?)\b")
_SPACES = re.compile(r"\s+")


class CellProblem(ValueError):
    """What is wrong with one cell, as a Vietnamese sentence."""


def text_of(value: object, label: str) -> str:
    """A text field: numbers as typed ("12", not "12.0"), line breaks and runs of spaces as one space,
    invisible characters dropped, NFC; a control character refused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = "Có" if value else "Không"
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, datetime | date):
        value = f"{value:%d/%m/%Y}"
    text = _SPACES.sub(" ", nfc(str(value)))
    problem = control_problem(text, label)
    if problem:
        raise CellProblem(problem)
    return text


def _checked(year: int, month: int, day: int, shown: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellProblem(f"Ngày “{shown}” có năm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem(f"Ngày “{shown}” không có thật.") from None


def date_of(value: object) -> date | None:
    """A real date cell; an Excel serial number left unformatted; or text dd/mm/yyyy, d/m/yyyy (also with
    "." or "-"), yyyy-mm-dd, "ngày 5 tháng 3 năm 2026"."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _checked(value.year, value.month, value.day, f"{value:%d/%m/%Y}")
    if isinstance(value, date):
        return _checked(value.year, value.month, value.day, f"{value:%d/%m/%Y}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == int(value) and 1 <= value <= 73050:  # up to 31/12/2099 as a serial
            serial = int(value)
            if serial == EXCEL_LEAP_BUG:
                raise CellProblem("Ngày “29/02/1900” không có thật.")
            # Excel (after Lotus 1-2-3) counts a 29/02/1900: the serials before it are one day later.
            return EXCEL_EPOCH + timedelta(days=serial + (serial < EXCEL_LEAP_BUG))
        raise CellProblem(f"“{value}” không phải là ngày (ghi dạng dd/mm/yyyy).")
    shown = nfc(str(value))
    text = ascii_digits(shown).strip()
    if not text:
        return None
    if m := _DMY.fullmatch(text):
        return _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)), shown)
    if m := _YMD.fullmatch(text):
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)), shown)
    if m := _WORDS.fullmatch(fold(text)):
        return _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)), shown)
    raise CellProblem(f"“{shown[:40]}” không phải là ngày (ghi dạng dd/mm/yyyy, ví dụ 05/01/2026).")


# Folded words → access class (and, for "mật", the Đ6 point it implies: state secret).
_ACCESS_WORDS: dict[str, tuple[AccessClass, str]] = {
    "cong khai": (AccessClass.PUBLIC, ""),
    "public": (AccessClass.PUBLIC, ""),
    "x": (AccessClass.PUBLIC, ""),  # a "Công khai" column ticked
    "co": (AccessClass.PUBLIC, ""),
    "co dieu kien": (AccessClass.CONDITIONAL, ""),
    "tiep can co dieu kien": (AccessClass.CONDITIONAL, ""),
    "cung cap co dieu kien": (AccessClass.CONDITIONAL, ""),
    "conditional": (AccessClass.CONDITIONAL, ""),
    "khong duoc tiep can": (AccessClass.SECRET, ""),
    "khong tiep can": (AccessClass.SECRET, ""),
    "khong cong khai": (AccessClass.SECRET, ""),
    "secret": (AccessClass.SECRET, ""),
    "mat": (AccessClass.SECRET, "6.1"),
    "bi mat nha nuoc": (AccessClass.SECRET, "6.1"),
    "toi mat": (AccessClass.SECRET, "6.1"),
    "tuyet mat": (AccessClass.SECRET, "6.1"),
}


def access_of(value: object) -> tuple[AccessClass, str] | None:
    """The access class and the Đ6 point the word itself gives ("" when it gives none); None when blank."""
    text = text_of(value, "Phân loại tiếp cận")
    if not text:
        return None
    key = _SPACES.sub(" ", re.sub(r"[^0-9a-z]+", " ", fold(text))).strip()
    if key in _ACCESS_WORDS:
        return _ACCESS_WORDS[key]
    raise CellProblem(
        f"Không hiểu phân loại “{text[:40]}”: ghi “Công khai”, “Có điều kiện” hoặc “Không được tiếp cận” (“Mật”)."
    )


@cache
def _folded_labels(items: tuple[CodeLabel, ...]) -> tuple[tuple[str, str, str], ...]:
    """(folded label, folded "code – label", code) of each item, folded once (rows repeat them)."""
    return tuple((fold(i.label), fold(f"{i.code} – {i.label}"), i.code) for i in items)


@lru_cache(maxsize=4096)
def _by_code_or_label(text: str, items: tuple[CodeLabel, ...], prefix: str) -> str | None:
    raw = text.strip().lower().replace("đ", "dd")  # the codes write điểm đ as "dd"
    if m := _CODE.match(ascii_digits(raw)):
        code = m.group(1)
        for candidate in (code, f"{prefix}{code}"):
            if any(i.code == candidate for i in items):
                return candidate
    folded = fold(text)
    labels = _folded_labels(items)
    for label, with_code, code in labels:
        if folded in (label, with_code):
            return code
    if len(folded) >= 12:  # the start of a label, when it names one only
        starts = [code for label, _, code in labels if label.startswith(folded)]
        if len(starts) == 1:
            return starts[0]
    return None


def kind_of(value: object) -> str:
    """A code of vocabulary().kinds ("17.1.a", "a", "đ"), or its name; blank or "khác" → "other"."""
    text = text_of(value, "Loại thông tin")
    folded = fold(text)
    if folded in ("", "khac", "thong tin khac", "other"):
        return "other"
    if text.strip().lower().removeprefix("điểm ").strip() == "đ":  # folded, "đ" would read as "d"
        return "17.1.dd"
    letter = re.fullmatch(r"(?:diem\s+)?([a-z]{1,2})", folded)
    kinds = vocabulary().kinds
    if letter and any(k.code == f"17.1.{letter.group(1)}" for k in kinds):
        return f"17.1.{letter.group(1)}"
    code = _by_code_or_label(text, kinds, "17.1.")
    if code is None:
        raise CellProblem(
            f"Loại thông tin “{text[:40]}” không có trong danh mục Điều 17 (ghi mã như 17.1.a hoặc tên loại)."
        )
    return code


def ground_of(value: object, access: AccessClass) -> str:
    """The Đ7 ground (conditional) or the Đ6 point (secret), by code ("7.2", "6.2.c") or name."""
    text = text_of(value, "Căn cứ")
    if not text or access is AccessClass.PUBLIC:
        return ""
    vocab = vocabulary()
    items = vocab.conditional_grounds if access is AccessClass.CONDITIONAL else vocab.secret_points
    code = _by_code_or_label(text, items, "")
    if code is None:
        article = "Điều 7 (ví dụ 7.2)" if access is AccessClass.CONDITIONAL else "Điều 6 (ví dụ 6.2.c)"
        raise CellProblem(f"Căn cứ “{text[:40]}” không phải một khoản của {article}.")
    return code


_YES = frozenset({"co", "x", "da", "da cong khai", "yes", "true", "1", "v", "✓", "✔"})
_NO = frozenset({"", "khong", "chua", "chua cong khai", "no", "false", "0"})


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = text_of(value, "Đã công khai")
    key = fold(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellProblem(f"Không hiểu “{text[:40]}”: ghi “Có” hoặc “Chưa”.")
