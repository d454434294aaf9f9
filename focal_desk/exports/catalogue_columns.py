"""The catalogue's columns for every export (XLSX, CSV, HTML, PDF), one list so that all say the same, and
which entries the portal list holds (public, published, within their publication period)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from ..domain.catalogue import AccessClass, CatalogueEntry, published_and_current, vocabulary

Value = str | int | date | tuple[str, ...] | None
DATE_FORMAT = "%d/%m/%Y"


@dataclass(frozen=True)
class CatalogueColumn:
    key: str
    header: str
    value: Callable[[int, CatalogueEntry], Value]  # (STT, entry) → the cell's value
    width: int  # characters, the widest the XLSX column grows to (the text wraps beyond)


def _ground(e: CatalogueEntry) -> str:
    vocab = vocabulary()
    if e.access is AccessClass.CONDITIONAL and e.conditional_ground:
        return f"{e.conditional_ground} – {vocab.conditional_label(e.conditional_ground)}"
    if e.access is AccessClass.SECRET and e.secret_point:
        return f"{e.secret_point} – {vocab.secret_point_label(e.secret_point)}"
    return ""


def _published(e: CatalogueEntry) -> str:
    if e.access is not AccessClass.PUBLIC:
        return ""
    return "Có" if e.publication.published else "Chưa"


def kind_label(code: str) -> str:
    try:
        return vocabulary().kind_label(code)
    except KeyError:  # a code the vocabulary no longer has: printed as stored
        return code


STT = CatalogueColumn("stt", "STT", lambda n, e: n, 5)
TITLE = CatalogueColumn("title", "Tên thông tin", lambda n, e: e.title, 60)
NUMBER = CatalogueColumn("number", "Số/ký hiệu", lambda n, e: e.number, 16)
ISSUED = CatalogueColumn("issued_on", "Ngày ban hành (dd/mm/yyyy)", lambda n, e: e.issued_on, 12)
BODY = CatalogueColumn("issuing_body", "Cơ quan ban hành", lambda n, e: e.issuing_body, 30)
KIND = CatalogueColumn("kind", "Loại thông tin", lambda n, e: kind_label(e.kind), 40)
WHERE = CatalogueColumn("pub_where", "Hình thức/nơi công khai", lambda n, e: e.publication.where, 30)
START = CatalogueColumn("pub_start", "Thời điểm công khai", lambda n, e: e.publication.start, 12)
END = CatalogueColumn("pub_end", "Thời hạn công khai", lambda n, e: e.publication.end, 12)
FILES = CatalogueColumn("files", "Tệp", lambda n, e: tuple(f.filename for f in e.files), 40)
ACCESS = CatalogueColumn("access", "Phân loại tiếp cận", lambda n, e: AccessClass(e.access).label_vi, 20)
GROUND = CatalogueColumn("ground", "Căn cứ (Điều 6/Điều 7)", lambda n, e: _ground(e), 40)
CONSENT = CatalogueColumn("consent_of", "Cần sự đồng ý của", lambda n, e: e.consent_of, 24)
PUBLISHED = CatalogueColumn("published", "Đã công khai", lambda n, e: _published(e), 8)
KEYWORDS = CatalogueColumn("keywords", "Từ khóa", lambda n, e: e.keywords, 30)

# The portal list (information published under Đ17).
PUBLISHED_COLUMNS: tuple[CatalogueColumn, ...] = (
    STT,
    TITLE,
    NUMBER,
    ISSUED,
    BODY,
    KIND,
    WHERE,
    START,
    END,
    FILES,
)
# The whole catalogue, every access class (the office's own copy; read back by catalogue_import).
WHOLE_COLUMNS: tuple[CatalogueColumn, ...] = (
    STT,
    TITLE,
    NUMBER,
    ISSUED,
    BODY,
    KIND,
    ACCESS,
    GROUND,
    CONSENT,
    WHERE,
    START,
    END,
    PUBLISHED,
    KEYWORDS,
    FILES,
)

PUBLISHED_TITLE = "Danh mục thông tin phải được công khai"
WHOLE_TITLE = "Danh mục thông tin của cơ quan"


def portal_entries(entries: Iterable[CatalogueEntry], today: date) -> list[CatalogueEntry]:
    """The entries the public list holds, in the order given: public, published, and within their
    publication period today (Đ23.1: one not yet started or already ended is not on it)."""
    return [e for e in entries if published_and_current(e, today)]


def date_text(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""
