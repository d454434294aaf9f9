"""The request as the log book holds it (Đ24.2, ND13 Đ10)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import Channel, Complexity, CorrectionKind, ProvisionForm, Status
from .refusal import RefusalGround
from .requester import Requester


@dataclass(frozen=True)
class RequestDraft:
    """What the officer types at intake, before the register number exists."""

    requester: Requester
    channel: Channel
    received_at: datetime
    info_requested: str
    purpose: str
    provision_form: ProvisionForm = ProvisionForm.COPY
    copies: int = 1
    delivery_address: str = ""
    delivery_email: str = ""
    officer_assisted: bool = False
    consent_attached: bool = False
    notes: str = ""
    # Filled when the request is already complete at intake (the usual walk-in case).
    valid_on: date | None = None
    complexity: Complexity | None = None
    complexity_reason: str = ""


@dataclass(frozen=True)
class Deadlines:
    rule_set: str | None = None
    notice_due: date | None = None  # written notice of the time limit (complex, non walk-in)
    provide_due: date | None = None  # current deadline to provide or refuse
    extended_due: date | None = None  # set once an extension is granted
    max_extended_due: date | None = None  # latest date the longest allowed extension would reach
    explain: tuple[str, ...] = ()

    @property
    def effective_due(self) -> date | None:
        return self.extended_due or self.provide_due


@dataclass(frozen=True)
class Correction:
    id: int | None
    kind: CorrectionKind
    opened_on: date
    due: date
    reason: str
    closed_on: date | None = None
    result: str = ""
    explain: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    id: int
    agency_id: int
    register_number: str  # "12/2026"
    register_year: int
    register_seq: int
    requester: Requester
    channel: Channel
    received_at: datetime
    info_requested: str
    purpose: str
    provision_form: ProvisionForm
    copies: int
    delivery_address: str
    delivery_email: str
    officer_assisted: bool
    consent_attached: bool
    notes: str
    status: Status
    valid_on: date | None
    complexity: Complexity | None
    complexity_reason: str
    deadlines: Deadlines
    extension_reason: str = ""
    notice_sent_on: date | None = None
    printed_due: date | None = None  # date printed on an issued notice; never moved silently
    deadline_flag: str = ""  # why the stored deadline needs the officer's attention
    supplement_note: str = ""
    closed_on: date | None = None
    provision_method: str = ""
    refusal_ground: RefusalGround | None = None
    refusal_detail: str = ""
    transferred_to: str = ""
    withdrawal_reason: str = ""
    repeat_count: int = 0  # earlier provisions of the same information to the same requester (Đ28.1.d)
    corrections: tuple[Correction, ...] = field(default_factory=tuple)
    version: int = 1

    @property
    def requester_name(self) -> str:
        return self.requester.full_name

    @property
    def current_due(self) -> date | None:
        """What the agency owes next: an open correction's own due (Đ32) while correcting, else the
        request's deadline."""
        if self.status is Status.CORRECTING:
            open_ones = [c.due for c in self.corrections if c.closed_on is None]
            if open_ones:
                return min(open_ones)
        return self.deadlines.effective_due
