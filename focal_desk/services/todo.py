"""What the officer has to do today: overdue, due today, due soon, notices owed, supplements waited on."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..domain.clock import Clock, today
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

    @property
    def total(self) -> int:
        return sum(map(len, (self.overdue, self.due_today, self.due_soon, self.notices_to_send,
                             self.waiting_supplement)))


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
            return TodoList(
                urgency=u,
                overdue=r.summaries(replace(by_due, late_on=u.today)),
                due_today=r.summaries(replace(not_late, due_on_or_before=u.today, due_after=_day_before(u.today))),
                due_soon=r.summaries(replace(not_late, due_on_or_before=u.soon, due_after=u.today)),
                notices_to_send=r.summaries(replace(not_late, notice_pending=True)),
                waiting_supplement=r.summaries(
                    RequestQuery(statuses=(Status.AWAITING_SUPPLEMENT,), received_before=long_ago, newest_first=False)
                ),
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
