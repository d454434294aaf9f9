"""File names that survive a USB stick, Windows Explorer and a mail program: no separators or reserved
characters (no path ever leaves the package folder), no Windows device names, no trailing dot or space,
NFC, not too long, and unique within one package (case-insensitively, as Windows compares them)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath

MAX_NAME_CHARS = 120  # well under Windows' 255 per component, leaves room for the folder path
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "clock$"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
FALLBACK_STEM = "tep"


def safe_name(name: str, fallback: str = FALLBACK_STEM) -> str:
    """One path component: "../../Quyết định: 12/QĐ.pdf" → "Quyết định_ 12_QĐ.pdf"."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", name))
    text = _SPACES.sub(" ", _UNSAFE.sub("_", text)).strip().strip(". ")
    suffix = PurePath(text).suffix if "." in text else ""
    if len(suffix) > 10 or not suffix[1:].isalnum():
        suffix = ""
    stem = text[: len(text) - len(suffix)] if suffix else text
    stem = stem.strip(". ") or fallback
    if stem.split(".")[0].lower() in _RESERVED:
        stem = f"_{stem}"
    stem = stem[: MAX_NAME_CHARS - len(suffix)].rstrip(". ")
    return f"{stem}{suffix.lower()}"


def unique_names(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """safe_name of each, with " (2)", " (3)" … after a name already used (case-insensitive)."""
    used = {n.casefold() for n in taken}
    out = []
    for raw in names:
        name = safe_name(raw)
        stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
        n = 1
        while name.casefold() in used:
            n += 1
            name = f"{stem} ({n}){dot}{suffix}"
        used.add(name.casefold())
        out.append(name)
    return out
