"""Read-side shapes for the register: what a list asks for and what a row shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .enums import Channel, Status
from .request import is_late, notice_missed
from .statistics import FigureRef


class SortKey(StrEnum):
    """Columns the register can be sorted by (each backed by the database, never sorted in Python)."""

    REGISTER = "register"
    RECEIVED = "received"
    CHANNEL = "channel"
    REQUESTER = "requester"
    INFO = "info"
    DUE = "due"
    STATUS = "status"


@dataclass(frozen=True)
class RequestQuery:
    year: int | None = None
    month: int | None = None  # 1–12, with year
    statuses: tuple[Status, ...] = ()
    channels: tuple[Channel, ...] = ()
    search: str = ""  # accent-insensitive, đ→d
    due_on_or_before: date | None = None  # open requests whose due_now is on/before this date
    due_after: date | None = None  # open requests whose due_now is after this date
    # Overdue on this day (``is_late``): due_now before it, or a notice of the time limit owed before it.
    late_on: date | None = None
    not_late_on: date | None = None  # leave out the requests overdue on this day
    late_or_due_by: tuple[date, date] | None = None  # (today, soon): overdue today, or due_now by soon
    notice_pending: bool = False  # a written notice of the time limit is owed and not yet sent
    rule_set: str | None = None  # judged by this rule set (its code)
    valid_from: date | None = None  # became valid on or after this date
    received_before: date | None = None  # received before this date (supplements waited on for long)
    open_only: bool = False
    figure: FigureRef | None = None  # the requests behind one statistic of one period (storage/statistics.py)
    sort: SortKey = SortKey.RECEIVED
    limit: int | None = None
    offset: int = 0
    newest_first: bool = True  # descending order of ``sort``


@dataclass(frozen=True)
class RequestSummary:
    id: int
    register_number: str
    received_at: datetime
    channel: Channel
    requester_name: str
    id_number: str
    info_requested: str
    status: Status
    provide_due: date | None
    extended_due: date | None
    notice_due: date | None
    notice_sent_on: date | None
    deadline_flag: str
    due_now: date | None = None  # the date that counts now (Request.due_now), as stored

    def notice_missed(self, today: date) -> bool:
        return notice_missed(self.notice_due, self.notice_sent_on, self.status, today)

    def is_late(self, today: date) -> bool:
        return is_late(self.due_now, self.status, self.notice_due, self.notice_sent_on, today)
