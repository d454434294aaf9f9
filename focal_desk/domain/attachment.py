"""Scanned letters and envelopes kept with a request: what may be attached, and the record of one file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

# Allowed suffix -> the first bytes such a file starts with (a renamed .exe is not a scan).
ALLOWED_SUFFIXES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
}


@dataclass(frozen=True)
class Attachment:
    id: int | None
    request_id: int
    filename: str  # the name the officer picked, shown in lists
    sha256: str  # hex digest of the stored bytes, checked on every open
    stored_path: str  # relative to the attachments directory, with "/" separators
    size_bytes: int
    added_at: datetime | None = None
