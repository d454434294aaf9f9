"""What the officer has to do today: overdue, due today, due soon, notices owed, supplements waited on, and
the papers the workflow still asks for (a refusal without its Mẫu 05, an extension without its Mẫu 04)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ..domain.clock import Clock, today
from ..domain.document_flow import OWED_IN, OWED_TEXT
from ..domain.enums import Status
from ..domain.listing import RequestQuery, RequestSummary, SortKey
from ..domain.request import Request
from .calendar_service import CalendarService
from .ports import UnitOfWorkFactory

SOON_WORKING_DAYS = 2
LONG_WAIT_WORKING_DAYS = 10  # a supplement asked for this long ago deserves a call


@dataclass(frozen=True)
class Urgency:
    """Thresholds the register colours rows by: late on ``today`` is overdue (the date that counts now has
    passed, or a notice of the time limit is overdue), up to ``soon`` is due soon."""

    today: date
    soon: date

    def of(self, s: RequestSummary | Request) -> str:
        if not s.status.is_open:
            return ""
        if s.is_late(self.today):
            return "overdue"
        due = s.due_now
        if due is None:
            return ""
        if due == self.today:
            return "today"
        return "soon" if due <= self.soon else ""


@dataclass(frozen=True)
class TodoList:
    urgency: Urgency
    overdue: list[RequestSummary]
    due_today: list[RequestSummary]
    due_soon: list[RequestSummary]
    notices_to_send: list[RequestSummary]
    waiting_supplement: list[RequestSummary]
    # Requests whose refusal or extension lacks its notice (not already listed as overdue), with the note
    # to show beside each: request id -> "Chưa phát hành Mẫu 05 (thông báo từ chối)".
    documents_owed: list[RequestSummary] = field(default_factory=list)
    owed_notes: dict[int, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(map(len, (self.overdue, self.due_today, self.due_soon, self.notices_to_send,
                             self.waiting_supplement, self.documents_owed)))


class TodoService:
    def __init__(self, uow_factory: UnitOfWorkFactory, calendar: CalendarService, clock: Clock):
        self._uow_factory = uow_factory
        self._calendar = calendar
        self._clock = clock

    def urgency(self) -> Urgency:
        now = today(self._clock)
        soon, _ = self._calendar.calendar_covering(now).add_working_days(now, SOON_WORKING_DAYS)
        return Urgency(now, soon)

    def todo(self) -> TodoList:
        """Each request once, in its most urgent section: overdue (its date or its notice of the time limit),
        due today, due soon, a notice still to send, a supplement waited on for long."""
        u = self.urgency()
        cal = self._calendar.calendar()
        long_ago = u.today
        for _ in range(LONG_WAIT_WORKING_DAYS):  # count working days backwards
            long_ago = _previous_working_day(cal, long_ago)
        by_due = RequestQuery(sort=SortKey.DUE, newest_first=False)
        not_late = replace(by_due, not_late_on=u.today)
        with self._uow_factory(read_only=True) as uow:
            r = uow.requests
            overdue = r.summaries(replace(by_due, late_on=u.today))
            listed = {s.id for s in overdue}
            notes: dict[int, str] = {}
            for form, states in OWED_IN.items():
                for request_id in uow.documents.requests_lacking(form, states):
                    if request_id not in listed:
                        notes[request_id] = "; ".join(filter(None, (notes.get(request_id), OWED_TEXT[form])))
            return TodoList(
                urgency=u,
                overdue=overdue,
                due_today=r.summaries(replace(not_late, due_on_or_before=u.today, due_after=_day_before(u.today))),
                due_soon=r.summaries(replace(not_late, due_on_or_before=u.soon, due_after=u.today)),
                notices_to_send=r.summaries(replace(not_late, notice_pending=True)),
                waiting_supplement=r.summaries(
                    RequestQuery(statuses=(Status.AWAITING_SUPPLEMENT,), received_before=long_ago, newest_first=False)
                ),
                documents_owed=r.summaries_by_ids(sorted(notes)),
                owed_notes=notes,
            )

    def overdue_count(self) -> int:
        u = self.urgency()
        with self._uow_factory(read_only=True) as uow:
            return uow.requests.count(RequestQuery(late_on=u.today))


def _day_before(d: date) -> date:
    return date.fromordinal(d.toordinal() - 1)


def _previous_working_day(cal, d: date) -> date:
    d = _day_before(d)
    while not cal.is_working_day(d):
        d = _day_before(d)
    return d
