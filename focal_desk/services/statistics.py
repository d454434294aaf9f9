"""The statistics of a period (domain/statistics.py), read in one read-only unit of work."""

from __future__ import annotations

from ..domain.clock import Clock, today
from ..domain.listing import RequestQuery
from ..domain.statistics import FigureRef, Period, Statistics
from .ports import UnitOfWorkFactory


class StatisticsService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock):
        self._uow_factory = uow_factory
        self._clock = clock

    def compute(self, period: Period) -> Statistics:
        with self._uow_factory(read_only=True) as uow:
            return uow.statistics.compute(period)

    def by_month(self, period: Period) -> list[Statistics]:
        """The same figures for each calendar month the period touches (for charts), one read."""
        with self._uow_factory(read_only=True) as uow:
            return [uow.statistics.compute(month) for month in period.months()]

    def all_time(self) -> Period:
        """From the first request received to today (today alone on an empty register)."""
        with self._uow_factory(read_only=True) as uow:
            first = uow.statistics.first_received()
        end = today(self._clock)
        return Period(min(first or end, end), end)

    @staticmethod
    def requests_behind(key: str, period: Period) -> RequestQuery:
        """The register filter listing the requests a figure counts (or, for corrections, complaints and
        payments, the requests that have one in the period)."""
        return RequestQuery(figure=FigureRef(key, period))
