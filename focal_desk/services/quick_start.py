"""What the window needs before anything else, read without the ORM: is the office set up, and the
register's first page with the urgency thresholds its rows are coloured by."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..domain.calendar import WorkCalendar
from ..domain.clock import Clock, today
from ..domain.errors import CalendarGap
from ..domain.listing import RequestSummary
from .calendar_service import BASE_KEY
from .ports import StartupReader
from .request_ops import PLACEHOLDER_AGENCY
from .todo import SOON_WORKING_DAYS, Urgency


@dataclass(frozen=True)
class FirstPage:
    rows: list[RequestSummary]
    total: int  # requests in the register
    oldest: datetime | None
    urgency: Urgency


class QuickStart:
    def __init__(self, reader: StartupReader, clock: Clock):
        self._reader = reader
        self._clock = clock

    def needs_setup(self) -> bool:
        """No office described yet: the first-run wizard opens (and only then)."""
        name = self._reader.agency_name()
        return name is None or name == PLACEHOLDER_AGENCY.name

    def register_size(self) -> int:
        """How many requests the register holds (demo data is offered only for an empty one)."""
        _rows, total, _oldest = self._reader.first_page(0)
        return total

    def urgency(self) -> Urgency | None:
        """None when the stored calendar does not cover today (the full service path then fills it)."""
        raw = self._reader.settings([BASE_KEY]).get(BASE_KEY)
        years = json.loads(raw)["years"] if raw else []
        now = today(self._clock)
        try:
            soon, _ = WorkCalendar(self._reader.calendar_entries(), covered_years=years).add_working_days(
                now, SOON_WORKING_DAYS
            )
        except CalendarGap:
            return None
        return Urgency(now, soon)

    def first_page(self, limit: int) -> FirstPage | None:
        urgency = self.urgency()
        if urgency is None:
            return None
        rows, total, oldest = self._reader.first_page(limit)
        return FirstPage(rows, total, oldest, urgency)
