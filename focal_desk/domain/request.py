"""The request as the log book holds it (Đ24.2, ND13 Đ10).

Names of the dates that count (one name for each idea, in domain, storage and UI alike):

- ``Deadlines.answer_due`` — the deadline to provide or refuse (Đ29–31): the extended one once an extension
  is granted, else the first one.
- ``Request.due_now`` / ``RequestSummary.due_now`` — *the date that counts now*: what the agency owes next.
  An open correction's own due date (Đ32) while the request is being corrected, else ``answer_due``. The
  register sorts and colours by it; it is stored in the ``requests.effective_due`` column (a column name
  kept from before this naming, see storage/models.py).
- ``Deadlines.notice_due`` — the written notice of the time limit (Mẫu 03). Not part of ``due_now``: a
  notice still owed after this date makes the request overdue as well (``is_late``).
"""

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
    def answer_due(self) -> date | None:
        """The deadline to provide or refuse: the extended one once granted, else the first one."""
        return self.extended_due or self.provide_due


@dataclass(frozen=True)
class Correction:
    id: int | None
    kind: CorrectionKind
    opened_on: date
    due: date
    reason: str
    prior_status: Status  # provided or partially provided: where closing the correction returns the request
    closed_on: date | None = None  # the correction's own closing day; the request's provision date stays
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
    extended_on: date | None = None  # the day the extension was granted
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
    earlier_provisions_note: str = ""  # a Đ28.1.d refusal: the earlier provisions the register does not show
    corrections: tuple[Correction, ...] = field(default_factory=tuple)
    version: int = 1

    @property
    def requester_name(self) -> str:
        return self.requester.full_name

    @property
    def open_correction(self) -> Correction | None:
        open_ones = [c for c in self.corrections if c.closed_on is None]
        return min(open_ones, key=lambda c: c.due) if open_ones else None

    @property
    def due_now(self) -> date | None:
        """The date that counts now: an open correction's own due (Đ32) while correcting, else the
        deadline to provide or refuse."""
        if self.status is Status.CORRECTING:
            c = self.open_correction
            if c is not None:
                return c.due
        return self.deadlines.answer_due

    @property
    def notice_late(self) -> bool:
        """The written notice of the time limit went out after its due date."""
        return notice_sent_late(self.deadlines.notice_due, self.notice_sent_on)

    def notice_missed(self, today: date) -> bool:
        """The written notice of the time limit is still owed and its date has passed."""
        return notice_missed(self.deadlines.notice_due, self.notice_sent_on, self.status, today)

    def is_late(self, today: date) -> bool:
        """Overdue: the date that counts now has passed, or a notice of the time limit is overdue."""
        return is_late(self.due_now, self.status, self.deadlines.notice_due, self.notice_sent_on, today)


# Overdue, defined once; storage/repositories/requests.py says the same in SQL (RequestQuery.late_on).
NOTICE_OWED_STATUSES = (Status.VALID, Status.EXTENDED)  # a notice is owed only while the answer is


def notice_missed(notice_due: date | None, notice_sent_on: date | None, status: Status, today: date) -> bool:
    return (
        notice_due is not None and notice_sent_on is None and status in NOTICE_OWED_STATUSES and notice_due < today
    )


def notice_sent_late(notice_due: date | None, notice_sent_on: date | None) -> bool:
    return notice_due is not None and notice_sent_on is not None and notice_sent_on > notice_due


def is_late(
    due_now: date | None, status: Status, notice_due: date | None, notice_sent_on: date | None, today: date
) -> bool:
    if not status.is_open:
        return False
    return (due_now is not None and due_now < today) or notice_missed(notice_due, notice_sent_on, status, today)
