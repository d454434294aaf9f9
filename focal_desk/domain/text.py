"""Text at the boundary: cleaning and refusing what the officer typed, NFC for storage, folding for search."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})
_SPACES = re.compile(r"\s+")

# Invisible characters that only join, hide or reorder text: zero-width space / non-joiner / joiner, word
# joiner, BOM, soft hyphen, and the bidi marks, embeddings, overrides and isolates. Pasted from web pages
# and chat apps they make a name differ from the same name typed (search never finds it), and a bidi
# override shows text in another order than it is stored. They carry nothing a register needs: removed.
_INVISIBLE = re.compile(
    "[\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u200b-\u200f"  # zero-width space, non-joiner, joiner; left-to-right / right-to-left mark
    "\u202a-\u202e"  # bidi embeddings and overrides, pop directional formatting
    "\u2060"  # word joiner
    "\u2066-\u2069"  # bidi isolates
    "\ufeff]"  # zero-width no-break space (BOM)
)
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit of another script (Unicode category Nd)
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")
# Unicode categories refused once the invisible characters are gone: control characters (ESC, BEL… are
# printed back to a terminal as escape codes), the remaining format characters (tags, interlinear
# annotation, invisible operators: invisible text no register field needs), lone surrogates (cannot be
# stored as UTF-8), and line / paragraph separators (line breaks in disguise).
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_MULTILINE_ALLOWED = frozenset("\n\t")


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def nfc(text: str | None) -> str:
    """Stored text: invisible characters removed, NFC, surrounding white space removed."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", strip_invisible(text)).strip()


def ascii_digits(text: str) -> str:
    """NFKC, then every Unicode decimal digit as its ASCII digit: "０１２" and "٠١٢" become "012"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def control_problem(text: str, label: str, *, multiline: bool = False) -> str | None:
    """A Vietnamese sentence naming ``label`` when ``text`` holds a character a register field must not hold.

    Line breaks and tabs are allowed only in multi-line fields (information requested, purpose, notes…).
    """
    if text.isprintable():  # the usual case, checked in C: no character of a refused category
        return None
    for ch in text:
        if multiline and ch in _MULTILINE_ALLOWED:
            continue
        if unicodedata.category(ch) in _REFUSED_CATEGORIES:
            if ch in "\r\n\t\u2028\u2029":
                return f"{label} phải viết trên một dòng, không xuống dòng hay có dấu tab."
            return f"{label} có ký tự điều khiển không được phép (U+{ord(ch):04X}), hãy xóa ký tự đó rồi nhập lại."
    return None


def clean_field(errors: dict[str, str], field: str, label: str, text: str | None, *, multiline: bool = False) -> str:
    """The cleaned text (see ``nfc``; line breaks as \\n in multi-line fields); a refused character is
    recorded in ``errors`` under ``field``. Empty after cleaning means missing: the caller says so."""
    cleaned = nfc(text)
    if multiline:
        cleaned = _LINE_BREAK.sub("\n", cleaned)
    problem = control_problem(cleaned, label, multiline=multiline)
    if problem:
        errors[field] = problem
    return cleaned


def clean_text(text: str | None, field: str, label: str, *, multiline: bool = False) -> str:
    """``clean_field`` for one field: raises ValidationError naming ``field`` on a refused character."""
    errors: dict[str, str] = {}
    cleaned = clean_field(errors, field, label, text, multiline=multiline)
    if errors:
        raise ValidationError(errors)
    return cleaned


def fold(text: str | None) -> str:
    """Lower case, no diacritics, đ→d, ASCII digits: "Nguyễn Văn Đức" → "nguyen van duc".

    Compatibility forms (full-width letters and digits) and other scripts' decimal digits fold as
    ``ascii_digits`` does, so a search typed in them finds what was stored (and the other way round).
    """
    if not text:
        return ""
    text = ascii_digits(strip_invisible(text)).translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def search_tokens(query: str) -> list[str]:
    """Folded word tokens of a search query (letters and digits only)."""
    return re.findall(r"[0-9a-z]+", fold(query))


def info_key(text: str | None) -> str:
    """Key that makes two wordings of the same requested information compare equal (Đ28.1.d)."""
    return " ".join(search_tokens(text or ""))
