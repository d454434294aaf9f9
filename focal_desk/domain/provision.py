"""Handing the information over (issue 11 item 5): redacted copies of catalogue files, and the package a
request's information leaves the office in — printed, an e-mail, a folder or a ZIP — recorded with the hash
of every file provided."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from .redaction_area import RedactionArea


class ProvisionMethod(StrEnum):
    PRINT = "print"  # printed by the officer: its pages are what the TT 46 copy cost counts
    EMAIL = "email"  # an .eml the officer sends from their own mail program
    FOLDER = "folder"  # a folder (a USB stick)
    ZIP = "zip"

    @property
    def label_vi(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    ProvisionMethod.PRINT: "In ra giấy",
    ProvisionMethod.EMAIL: "Thư điện tử (tệp .eml)",
    ProvisionMethod.FOLDER: "Thư mục (USB)",
    ProvisionMethod.ZIP: "Tệp ZIP",
}


class ItemSource(StrEnum):
    ORIGINAL = "original"  # a catalogue file as stored
    REDACTED = "redacted"  # a redacted copy of one


@dataclass(frozen=True)
class ProvisionItem:
    """One file to provide: a catalogue file (ref_id = its id) or a redacted copy (ref_id = the copy's id)."""

    source: str  # ItemSource value
    ref_id: int


@dataclass(frozen=True)
class RedactedCopy:
    """A new PDF made from a catalogue file with areas removed (the original is never changed); stored once by
    SHA-256 in the catalogue folder, checked on every open."""

    id: int
    file_id: int
    request_id: int | None
    sha256: str
    page_count: int
    areas: tuple[RedactionArea, ...]
    created_at: datetime | None = None
    created_by: str = ""
    stored_path: str = ""  # relative to the catalogue folder, "/" separators


@dataclass(frozen=True)
class ProvidedFile:
    name: str  # as the requester received it
    sha256: str
    source: str  # ItemSource value, or "letter" for the covering letter
    ref_id: int | None  # the catalogue file, the redacted copy or the issued document
    page_count: int = 0


@dataclass(frozen=True)
class Provision:
    """A package handed over for a request, as recorded."""

    id: int
    request_id: int
    method: ProvisionMethod
    destination: str  # the .eml, folder or ZIP written (for print: the folder printed from)
    page_count: int  # pages of the files provided (the letter not counted): the copy cost's quantity
    files: tuple[ProvidedFile, ...]
    letter_document_id: int | None = None
    created_at: datetime | None = None
    created_by: str = ""

    @property
    def provided(self) -> tuple[ProvidedFile, ...]:
        """The files of the information itself (without the covering letter)."""
        return tuple(f for f in self.files if f.source != LETTER_SOURCE)


LETTER_SOURCE = "letter"


# --- the package as written (exports/provision_package.py writes it) ------------------------------------
@dataclass(frozen=True)
class PackageFile:
    """One file to hand over: its bytes at ``path``, the name the requester sees, the hash it must have."""

    path: Path
    name: str
    sha256: str | None = None  # None: not checked (e.g. a letter rendered a moment ago)


@dataclass(frozen=True)
class PackageMessage:
    """The e-mail around the attachments; ``to`` is "" when the requester gave no address."""

    subject: str
    body: str
    to: str = ""
    sender: str = ""  # "": the mail program fills in the officer's own account


@dataclass(frozen=True)
class WrittenFile:
    name: str  # as it is named in the package
    sha256: str
    size_bytes: int
    media_type: str
    page_count: int


@dataclass(frozen=True)
class WrittenPackage:
    method: ProvisionMethod
    path: Path  # the .eml, the folder or the .zip
    files: tuple[WrittenFile, ...]  # in package order (the manifest is not listed)
    page_count: int  # of all files: PDF pages, image frames
