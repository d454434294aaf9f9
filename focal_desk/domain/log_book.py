"""The log book (Sổ theo dõi cung cấp thông tin theo yêu cầu, Đ26.1, ND13 Đ10) as it is exported: one entry
per request of the period, in register order, with its outcome and the documents issued for it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .agency import AgencyProfile
from .enums import Channel, ProvisionForm, RequesterKind, Status
from .period import Period

TITLE = "SỔ THEO DÕI CUNG CẤP THÔNG TIN THEO YÊU CẦU"


class ExportFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


class ExportCancelled(Exception):
    """Raised inside an export when its ``cancel()`` says so; the service removes the unfinished file."""


@dataclass(frozen=True)
class IssuedPaper:
    """A document issued for the request, as the log book lists it."""

    form: str  # FormCode value or an older kind
    number_text: str  # "" when the paper has no number
    issued_on: date
    cancelled: bool = False

    @property
    def text(self) -> str:
        name = f"Mẫu {self.form}" if self.form[:1].isdigit() else FORM_NAMES.get(self.form, self.form)
        number = f" số {self.number_text}" if self.number_text else ""
        cancelled = " (đã hủy)" if self.cancelled else ""
        return f"{name}{number} ngày {self.issued_on:%d/%m/%Y}{cancelled}"


FORM_NAMES = {
    "supplement": "Văn bản hướng dẫn bổ sung",
    "transfer": "Văn bản hướng dẫn chuyển",
    "provide": "Văn bản cung cấp thông tin",
    "correction": "Văn bản đính chính",
    "notice_time_limit": "Thông báo thời hạn",
}


@dataclass(frozen=True)
class LogBookEntry:
    request_id: int
    register_number: str
    register_year: int
    register_seq: int
    received_at: datetime
    channel: Channel
    requester_kind: RequesterKind
    requester_name: str
    on_behalf_of: str  # the person or organisation the requester acts for; ""
    id_number: str
    address: str
    phone: str
    email: str
    info_requested: str
    provision_form: ProvisionForm
    copies: int
    answer_due: date | None
    status: Status
    closed_on: date | None  # the outcome's date; None while the request is open
    papers: tuple[IssuedPaper, ...]
    notes: str

    @property
    def papers_text(self) -> str:
        return "\n".join(p.text for p in self.papers)


@dataclass(frozen=True)
class LogBook:
    """What a writer is given: everything printed, already masked for a public copy."""

    agency: AgencyProfile
    period: Period
    entries: Sequence[LogBookEntry]
    printed_on: date
    officer_name: str
    public: bool


def outcome_totals(statuses: Iterable[Status]) -> list[tuple[Status, int]]:
    """The count of entries in each outcome, every outcome listed in the enum's order (zeros included), so
    that every format prints the same lines. The official statistics define their own figures."""
    counts = Counter(statuses)
    return [(s, counts.get(s, 0)) for s in Status]
