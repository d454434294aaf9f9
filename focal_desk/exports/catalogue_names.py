"""A file name safe to publish: ASCII letters, digits and dashes (web servers, CMS uploads and every file
system take it), never a path, never a Windows device name, short enough for any folder."""

from __future__ import annotations

import re
from pathlib import PureWindowsPath

from ..domain.text import fold

MAX_STEM = 80
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_SUFFIX = re.compile(r"\.[0-9a-z]{1,8}")
_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


def safe_file_name(name: str) -> str:
    """ "../Quyết định số 12:QĐ.PDF" → "quyet-dinh-so-12-qd.pdf"; nothing usable → "tep"."""
    base = PureWindowsPath(name.replace("\x00", "")).name  # "\" and "/" both end a folder name here
    stem, dot, suffix = base.rpartition(".")
    if not dot or not _SUFFIX.fullmatch("." + fold(suffix)):
        stem, suffix = base, ""
    else:
        suffix = "." + fold(suffix)
    slug = _NOT_WORD.sub("-", fold(stem)).strip("-")[:MAX_STEM].strip("-") or "tep"
    if slug in _DEVICES:
        slug = f"{slug}-tep"
    return slug + suffix
