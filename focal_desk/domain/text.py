"""Text normalisation: NFC for storage, accent folding for search."""

from __future__ import annotations

import re
import unicodedata

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})
_SPACES = re.compile(r"\s+")


def nfc(text: str | None) -> str:
    """Stored text is NFC with surrounding white space removed."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text).strip()


def fold(text: str | None) -> str:
    """Lower case, no diacritics, đ→d: "Nguyễn Văn Đức" → "nguyen van duc"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def search_tokens(query: str) -> list[str]:
    """Folded word tokens of a search query (letters and digits only)."""
    return re.findall(r"[0-9a-z]+", fold(query))


def info_key(text: str | None) -> str:
    """Key that makes two wordings of the same requested information compare equal (Đ28.1.d)."""
    return " ".join(search_tokens(text or ""))
