"""The papers that leave the office: which forms exist, how they are numbered, and what a renderer is given
and gives back. The wording lives in forms/ (data); this module only names things."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .agency import AgencyProfile
from .agency import NumberingMode as NumberingMode  # defined with the agency's settings, re-exported here
from .agency import SeriesScope as SeriesScope
from .catalogue import CatalogueEntry
from .request import Request
from .signature import SignatureBox


class FormCode(StrEnum):
    """The Decree 13 forms (Mẫu 01a–06) and the letters the workflow needs."""

    REQUEST_FORM = "01a"  # Phiếu yêu cầu (a person)
    REQUEST_FORM_ORG = "01b"  # Phiếu yêu cầu (an organisation for its members)
    RECEIPT = "02"  # Phiếu tiếp nhận
    RESOLUTION = "03"  # Phiếu giải quyết (Đ27: time, place, form, costs, payment)
    EXTENSION = "04"  # Thông báo gia hạn
    REFUSAL = "05"  # Thông báo từ chối
    CONSENT = "06"  # Văn bản chấp thuận of the persons concerned (Đ7)
    SUPPLEMENT = "supplement"  # guidance to supplement the request (Đ26.2)
    TRANSFER = "transfer"  # guidance to the responsible agency (Đ26.3)
    PROVIDE = "provide"  # covering letter that provides the information
    CORRECTION = "correction"  # correction notice (Đ32)



@dataclass(frozen=True)
class DocumentNumber:
    """`Số: 05/TB-UBND` — seq within the year, the type abbreviation (may be empty: a công văn), the symbol."""

    seq: int
    year: int
    type_abbr: str
    agency_symbol: str

    @property
    def text(self) -> str:
        symbol = f"{self.type_abbr}-{self.agency_symbol}" if self.type_abbr else self.agency_symbol
        return f"{self.seq:02d}/{symbol}" if symbol else f"{self.seq:02d}"


@dataclass(frozen=True)
class FeeLine:
    """One line of actual cost (TT 46/2018): what, how many, the unit rate in đồng (after the area factor)."""

    code: str  # e.g. "a4_bw", "a4_colour", "photo_15x21", "audio_minute", "film_minute", "postage"
    label: str  # as printed, e.g. "Sao chụp tài liệu A4 đen trắng"
    quantity: int
    unit: str  # "trang", "ảnh", "phút", "lần"
    unit_rate: int  # đồng, already multiplied by the area factor

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_rate


@dataclass(frozen=True)
class DocumentFacts:
    """Everything a form may print, gathered by the service inside its unit of work.

    ``extra`` carries what the action adds and the request does not hold (the extension reason typed for a
    Mẫu 04, the place of provision for a Mẫu 03 …), keyed by the template's field names."""

    form: FormCode
    agency: AgencyProfile
    request: Request | None  # None for a blank form (01a/01b printed empty)
    issued_on: date
    number: DocumentNumber | None  # None for forms the requester signs (01a, 01b, 06) and for a preview
    fee_lines: tuple[FeeLine, ...] = ()
    extra: Mapping[str, str] = field(default_factory=dict)
    # the catalogue entries linked to the request: the letters say where they are published, which Đ6 point
    linked: tuple[CatalogueEntry, ...] = ()


@dataclass(frozen=True)
class TemplateField:
    """A value the officer gives when issuing (a key of DocumentFacts.extra), as the template describes it."""

    name: str
    kind: str  # "text" | "date" (ISO in extra) | "money" (đồng) | "ground" (a RefusalGround value)
    label: str  # the template's wording, e.g. "Thời hạn cung cấp thông tin"
    required: bool
    when: str = ""  # required only when this condition holds (e.g. "has_fees")


@dataclass(frozen=True)
class TemplateInfo:
    """What the service must know of a form's template before it takes a number and renders."""

    form: FormCode
    template_id: str  # e.g. "nd13-05"
    version: int
    title: str  # as the officer reads it: "Mẫu 05 — Thông báo từ chối"
    type_abbr: str  # the abbreviation in the number ("TB", "PTN"; "" for a công văn)
    numbered: bool  # False for the papers the requester signs (01a, 01b, 06)
    extra_fields: tuple[str, ...] = ()  # keys of DocumentFacts.extra the template requires
    fields: tuple[TemplateField, ...] = ()  # every extra field, in the template's order (the issue dialog asks them)


@dataclass(frozen=True)
class RenderedDocument:
    """The PDF bytes and what they were made from; ``printed_dates`` names each date the paper shows."""

    pdf: bytes
    template_id: str
    template_version: int
    printed_dates: Mapping[str, date] = field(default_factory=dict)
    signature_box: SignatureBox | None = None  # where a digital signature goes (None: no signer block found)


@dataclass(frozen=True)
class IssuedDocument:
    """A paper issued for a request, as recorded: immutable once issued, except that it may be cancelled
    (the number stays used). Rows made before forms existed (kind "notice_time_limit") have no form."""

    id: int
    request_id: int
    kind: str  # the form code for documents issued from a template; older kinds kept as they were
    form: FormCode | None
    number_text: str | None  # "05/TB-UBND"; None for the papers the requester signs and older rows
    year: int
    seq: int | None
    issued_on: date
    printed_due: date | None
    template_id: str | None
    template_version: int | None
    path: str | None  # relative to the documents folder
    sha256: str | None
    officer: str
    action_key: str | None  # the action this paper belongs to: issuing it again returns this one
    cancelled_on: date | None = None
    cancel_reason: str = ""
    cancelled_by: str = ""

    @property
    def live(self) -> bool:
        return self.cancelled_on is None
