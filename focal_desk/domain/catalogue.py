"""The office's catalogue of information (Danh mục thông tin, ND13 Đ6; Luật Đ17, Đ6, Đ7): what one entry holds
and the rules an entry must keep, whatever screen or file it came from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from importlib import resources

from .errors import ValidationError
from .text import nfc

MAX_TITLE_CHARS = 500
MAX_SHORT_CHARS = 200
MAX_KEYWORDS_CHARS = 1000
CATALOGUE_FILE_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")


class AccessClass(StrEnum):
    PUBLIC = "public"  # Đ17: must be published (where, when, for how long)
    CONDITIONAL = "conditional"  # Đ7: provided only with someone's consent (Mẫu 06)
    SECRET = "secret"  # Đ6: not accessible; refusal on ground a)

    @property
    def label_vi(self) -> str:
        return _CLASS_LABELS[self]


_CLASS_LABELS = {
    AccessClass.PUBLIC: "Công khai",
    AccessClass.CONDITIONAL: "Tiếp cận có điều kiện",
    AccessClass.SECRET: "Không được tiếp cận",
}


@dataclass(frozen=True)
class CodeLabel:
    code: str
    label: str


@dataclass(frozen=True)
class CatalogueVocabulary:
    """The Đ17 kinds, the Đ6 points and the Đ7 grounds: data (focal_desk/data/catalogue_kinds.json)."""

    kinds: tuple[CodeLabel, ...]
    secret_points: tuple[CodeLabel, ...]
    conditional_grounds: tuple[CodeLabel, ...]

    def kind_label(self, code: str) -> str:
        return _label(self.kinds, code)

    def secret_point_label(self, code: str) -> str:
        return _label(self.secret_points, code)

    def conditional_label(self, code: str) -> str:
        return _label(self.conditional_grounds, code)


def _label(items: tuple[CodeLabel, ...], code: str) -> str:
    for item in items:
        if item.code == code:
            return item.label
    raise KeyError(code)


@cache
def vocabulary() -> CatalogueVocabulary:
    raw = json.loads(resources.files("focal_desk.data").joinpath("catalogue_kinds.json").read_text("utf-8"))

    def pairs(key: str) -> tuple[CodeLabel, ...]:
        return tuple(CodeLabel(item["code"], item["label"]) for item in raw[key])

    return CatalogueVocabulary(pairs("kinds"), pairs("secret_points"), pairs("conditional_grounds"))


@dataclass(frozen=True)
class Publication:
    """Where and when a public (Đ17) entry is published; `published` is what the officer confirmed."""

    where: str = ""  # "Cổng thông tin điện tử của xã", "Bảng tin trụ sở UBND", …
    start: date | None = None  # the day it must be (or was) published
    end: date | None = None  # the end of its publication period; None: no end
    published: bool = False


@dataclass(frozen=True)
class CatalogueFile:
    """A digitised file of an entry, stored once by SHA-256 in the data folder and checked on every open."""

    id: int | None
    entry_id: int | None
    filename: str  # the name the officer added it under
    sha256: str
    stored_path: str  # relative to the catalogue files folder, "/" separators
    size_bytes: int
    media_type: str  # "application/pdf", "image/jpeg", "image/png", "image/tiff"
    page_count: int
    text: str = ""  # extracted text (PDF text layer or OCR), for search; "" when none
    text_source: str = "none"  # "pdf" | "ocr" | "none"
    added_at: datetime | None = None
    added_by: str = ""


@dataclass(frozen=True)
class CatalogueEntry:
    id: int | None
    title: str
    number: str = ""  # số, ký hiệu: "12/QĐ-UBND"
    issued_on: date | None = None
    issuing_body: str = ""
    kind: str = "other"  # a code of vocabulary().kinds
    access: AccessClass = AccessClass.PUBLIC
    publication: Publication = field(default_factory=Publication)  # meaningful for PUBLIC
    consent_of: str = ""  # CONDITIONAL: whose consent is needed (Đ7)
    conditional_ground: str = ""  # CONDITIONAL: a code of vocabulary().conditional_grounds
    secret_point: str = ""  # SECRET: a code of vocabulary().secret_points (Đ6)
    keywords: str = ""
    files: tuple[CatalogueFile, ...] = ()
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""


def clean_entry(entry: CatalogueEntry) -> CatalogueEntry:
    """The entry as stored: text in NFC without invisible characters, and the class's own fields only.

    Raises ValidationError (field, Vietnamese message) for what an officer must fix."""
    title = nfc(entry.title)
    if not title:
        raise ValidationError.single("title", "Chưa nhập tên thông tin.")
    if len(title) > MAX_TITLE_CHARS:
        raise ValidationError.single("title", f"Tên thông tin dài quá {MAX_TITLE_CHARS} ký tự.")
    for name in ("number", "issuing_body", "consent_of"):
        if len(nfc(getattr(entry, name))) > MAX_SHORT_CHARS:
            raise ValidationError.single(name, f"Trường này dài quá {MAX_SHORT_CHARS} ký tự.")
    keywords = nfc(entry.keywords)
    if len(keywords) > MAX_KEYWORDS_CHARS:
        raise ValidationError.single("keywords", f"Từ khóa dài quá {MAX_KEYWORDS_CHARS} ký tự.")
    vocab = vocabulary()
    if entry.kind not in {k.code for k in vocab.kinds}:
        raise ValidationError.single("kind", "Loại thông tin không có trong danh mục Điều 17.")
    access = AccessClass(entry.access)
    publication = entry.publication
    consent_of, conditional_ground, secret_point = "", "", ""
    if access is AccessClass.PUBLIC:
        publication = replace(publication, where=nfc(publication.where))
        if publication.start and publication.end and publication.end < publication.start:
            raise ValidationError.single(
                "publication_end", "Ngày hết thời hạn công khai trước ngày công khai."
            )
    else:
        publication = Publication()
    if access is AccessClass.CONDITIONAL:
        consent_of = nfc(entry.consent_of)
        conditional_ground = entry.conditional_ground
        if conditional_ground not in {g.code for g in vocab.conditional_grounds}:
            raise ValidationError.single(
                "conditional_ground", "Chưa chọn căn cứ tiếp cận có điều kiện (Điều 7)."
            )
        if not consent_of and conditional_ground != "7.4":
            raise ValidationError.single("consent_of", "Chưa ghi cần sự đồng ý của ai (Điều 7).")
    if access is AccessClass.SECRET:
        secret_point = entry.secret_point
        if secret_point not in {p.code for p in vocab.secret_points}:
            raise ValidationError.single(
                "secret_point", "Chưa chọn khoản của Điều 6 (thông tin không được tiếp cận)."
            )
    return replace(
        entry,
        title=title,
        number=nfc(entry.number),
        issuing_body=nfc(entry.issuing_body),
        access=access,
        publication=publication,
        consent_of=consent_of,
        conditional_ground=conditional_ground,
        secret_point=secret_point,
        keywords=keywords,
    )


class PublicationDue(StrEnum):
    NOT_PUBLISHED = "not_published"  # must be published (start reached or no start) and is not
    ENDING = "ending"  # published, and its publication period ends within the warning window
    ENDED = "ended"  # its publication period has ended (Đ23.1: a request for it is no longer refused on b))


PUBLICATION_WARNING_DAYS = 14


def publication_due(entry: CatalogueEntry, today: date) -> PublicationDue | None:
    """What the to-do page says of a public entry today, or None when nothing is due."""
    if entry.access is not AccessClass.PUBLIC:
        return None
    pub = entry.publication
    if pub.end is not None and pub.end < today:
        return PublicationDue.ENDED if pub.published else None
    if not pub.published:
        return PublicationDue.NOT_PUBLISHED if (pub.start is None or pub.start <= today) else None
    if pub.end is not None and (pub.end - today).days <= PUBLICATION_WARNING_DAYS:
        return PublicationDue.ENDING
    return None


def published_and_current(entry: CatalogueEntry, today: date) -> bool:
    """Đ28.1.b applies (refuse, pointing to where it is published) only to information published and within
    its publication period (Đ23.1 exceptions: not yet published, or the period has ended)."""
    if entry.access is not AccessClass.PUBLIC or not entry.publication.published:
        return False
    pub = entry.publication
    return (pub.start is None or pub.start <= today) and (pub.end is None or today <= pub.end)
