"""The statistics of a period (domain/statistics.py), read in one read-only unit of work."""

from __future__ import annotations

from ..domain.clock import Clock, today
from ..domain.errors import ValidationError
from ..domain.listing import RequestQuery
from ..domain.statistics import FigureRef, Period, Statistics
from ..domain.text import clean_text
from .ports import StatisticsReportRenderer, UnitOfWorkFactory


class StatisticsService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock,
                 report_renderer: StatisticsReportRenderer | None = None):
        self._uow_factory = uow_factory
        self._clock = clock
        self._renderer = report_renderer

    def compute(self, period: Period) -> Statistics:
        with self._uow_factory(read_only=True) as uow:
            return uow.statistics.compute(period)

    def by_month(self, period: Period) -> list[Statistics]:
        """The same figures for each calendar month the period touches (for charts), one read."""
        with self._uow_factory(read_only=True) as uow:
            return uow.statistics.by_month(period)

    def all_time(self) -> Period:
        """From the first request received to today (today alone on an empty register)."""
        with self._uow_factory(read_only=True) as uow:
            first = uow.statistics.first_received()
        end = today(self._clock)
        return Period(min(first or end, end), end)

    def report_pdf(self, period: Period, difficulties: str = "", recommendations: str = "") -> bytes:
        """The Báo cáo of the period (PDF bytes), dated today: the figures and their months read in one
        read-only unit of work, printed after it closed. A job: it may take seconds on a large register."""
        if self._renderer is None:
            raise RuntimeError("no report renderer wired")
        difficulties = clean_text(difficulties, "difficulties", "Khó khăn, vướng mắc", multiline=True)
        recommendations = clean_text(recommendations, "recommendations", "Kiến nghị, đề xuất", multiline=True)
        with self._uow_factory(read_only=True) as uow:
            agency = uow.agencies.current()
            stats = uow.statistics.compute(period)
            months = uow.statistics.by_month(period)
        if agency is None:
            raise ValidationError.single("agency", "Chưa khai báo thông tin cơ quan")
        return self._renderer.render_report(agency, stats, months, today(self._clock), difficulties,
                                            recommendations)

    @staticmethod
    def requests_behind(key: str, period: Period) -> RequestQuery:
        """The register filter listing the requests a figure counts (or, for corrections, complaints and
        payments, the requests that have one in the period)."""
        return RequestQuery(figure=FigureRef(key, period))
