"""The working-day calendar as the app uses it: base layer, shipped announcements, the officer's notices."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date

from ..domain.calendar import CalendarEntry, DayKind, Layer, WorkCalendar
from ..domain.clock import Clock, today
from ..domain.errors import ValidationError
from ..domain.rules import LAW_IN_FORCE
from ..domain.text import clean_text
from .officer import Officer
from .ports import UnitOfWork, UnitOfWorkFactory
from .recompute import RecomputeReport, recompute_open
from .rulebook import RuleBook

BASE_KEY = "calendar.base"  # {"version": "...", "years": [...]}
BUNDLED_DIGEST_KEY = "calendar.bundled_digest"

BaseProvider = Callable[[Sequence[int]], list[CalendarEntry]]


class CalendarService:
    """Builds the WorkCalendar once and rebuilds it only after a change."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        rulebook: RuleBook,
        clock: Clock,
        base_provider: BaseProvider,
        base_version: Callable[[], str],
        first_year: int = 2018,
        officer: Officer | None = None,
    ):
        self._uow_factory = uow_factory
        self._rulebook = rulebook
        self._clock = clock
        self._base_provider = base_provider
        self._base_version = base_version
        self._first_year = first_year
        self._officer = officer  # signs the deadlines a calendar change recomputes; None: "system"
        self._cache: WorkCalendar | None = None

    # --- reading -------------------------------------------------------------------------------------
    def wanted_years(self, extra: Sequence[int] = ()) -> list[int]:
        last = max([today(self._clock).year + 1, *extra])
        return list(range(min([self._first_year, *extra]), last + 1))

    def calendar(self) -> WorkCalendar:
        if self._cache is None:
            with self._uow_factory(read_only=True) as uow:
                state = self._base_state(uow)
                entries = uow.calendar.entries()
            self._cache = WorkCalendar(entries, covered_years=state["years"])
        return self._cache

    def calendar_covering(self, *days: date) -> WorkCalendar:
        """The calendar, after making sure the base layer covers these days and the year after each."""
        years = sorted({y for d in days for y in (d.year, d.year + 1)})
        cal = self.calendar()
        if cal.covered_years is None or not set(years) <= cal.covered_years:
            self.ensure_base(years)
            cal = self.calendar()
        return cal

    def base_is_current(self, raw_state: str | None) -> bool:
        """Whether a stored base layer (the BASE_KEY setting) covers the years wanted, computed by this
        version of python-holidays — checked at start-up without opening a unit of work."""
        state = json.loads(raw_state) if raw_state else {"version": "", "years": []}
        return state["version"] == self._base_version() and set(self.wanted_years()) <= set(state["years"])

    def ensure_base(self, extra_years: Sequence[int] = ()) -> bool:
        """(Re)compute the base layer when years are missing or the holidays library changed."""
        version = self._base_version()
        wanted = self.wanted_years(extra_years)
        with self._uow_factory(read_only=True) as uow:
            state = self._base_state(uow)
        have = set(state["years"]) if state["version"] == version else set()
        if set(wanted) <= have:
            return False
        years = sorted(have | set(wanted))
        entries = self._base_provider(years)

        def change(uow: UnitOfWork) -> None:
            uow.calendar.replace_layer(Layer.BASE, entries)
            uow.settings.set(BASE_KEY, json.dumps({"version": version, "years": years}))

        self._change(change)
        return True

    @staticmethod
    def _base_state(uow: UnitOfWork) -> dict:
        raw = uow.settings.get(BASE_KEY)
        return json.loads(raw) if raw else {"version": "", "years": []}

    def coverage_warnings(self) -> list[str]:
        """Years without an official announcement: the officer should import next year's."""
        cal = self.calendar()
        announced = {e.day.year for e in cal.entries() if e.layer >= Layer.OFFICIAL}
        this_year = today(self._clock).year
        warnings = []
        for year in (this_year, this_year + 1):
            if year not in announced:
                warnings.append(
                    f"Chưa có thông báo lịch nghỉ chính thức năm {year}: thời hạn năm {year} đang tính theo "
                    "ngày lễ do python-holidays tính (có thể thiếu ngày hoán đổi, nghỉ bù). Hãy nhập thông báo "
                    "của Chính phủ khi có."
                )
        return warnings

    # --- changing ------------------------------------------------------------------------------------
    def apply_bundled(self, entries: Sequence[CalendarEntry], digest: str) -> RecomputeReport | None:
        """Apply the announcements shipped with this version; None when they were already applied."""
        with self._uow_factory(read_only=True) as uow:
            if uow.settings.get(BUNDLED_DIGEST_KEY) == digest:
                return None

        def change(uow: UnitOfWork) -> None:
            uow.calendar.replace_layer(Layer.OFFICIAL, [e for e in entries if e.layer == Layer.OFFICIAL])
            uow.settings.set(BUNDLED_DIGEST_KEY, digest)

        return self._change(change)

    def add_day(self, day: date, kind: DayKind, reason: str, source: str) -> RecomputeReport:
        """The officer adds a day off or a working day, with the document that announced it."""
        reason = clean_text(reason, "reason", "Lý do nghỉ / làm bù")
        source = clean_text(source, "source", "Văn bản thông báo (nguồn)")
        return self.import_entries([CalendarEntry(day, kind, reason, source, Layer.LOCAL)])

    def import_entries(self, entries: Sequence[CalendarEntry]) -> RecomputeReport:
        """Import a year's announcement (parsed from CSV); all or nothing; later entries win."""
        entries = [self._validated(e) for e in entries]
        self.ensure_base(sorted({e.day.year for e in entries}))
        now = self._clock.now()

        def change(uow: UnitOfWork) -> None:
            for e in entries:
                uow.calendar.add(CalendarEntry(e.day, e.kind, e.reason, e.source, Layer.LOCAL, added_at=now))

        return self._change(change)

    def remove_local_day(self, day: date) -> RecomputeReport:
        def change(uow: UnitOfWork) -> None:
            if uow.calendar.remove(day, Layer.LOCAL) == 0:
                raise ValidationError.single("day", f"Ngày {day:%d/%m/%Y} không có ghi chú do cán bộ thêm")

        return self._change(change)

    def _change(self, mutate: Callable[[UnitOfWork], None]) -> RecomputeReport:
        """One transaction: change the calendar, recompute open deadlines on it, commit."""
        try:
            with self._uow_factory() as uow:
                mutate(uow)
                report = self._recompute(uow)
                uow.commit()
        finally:
            self._cache = None
        return report

    def _validated(self, e: CalendarEntry) -> CalendarEntry:
        last_year = today(self._clock).year + 1  # next year's announcement is imported late in the year
        if not LAW_IN_FORCE.year <= e.day.year <= last_year:  # before computing a base layer for that year
            raise ValidationError.single(
                "day", f"Ngày {e.day.day:02d}/{e.day.month:02d}/{e.day.year:04d} nằm ngoài các năm lịch làm việc "
                f"dùng được ({LAW_IN_FORCE.year}–{last_year})."
            )
        errors = {}
        if not e.reason:
            errors["reason"] = "Cần ghi lý do nghỉ / làm bù"
        if not e.source:
            errors["source"] = "Cần ghi văn bản thông báo (nguồn)"
        if e.kind is DayKind.WORK and e.day.weekday() < 5:
            base = self.calendar_covering(e.day).info(e.day)
            if base.working:
                errors["day"] = f"Ngày {e.day:%d/%m/%Y} vốn đã là ngày làm việc"
        if errors:
            raise ValidationError(errors)
        return e

    def _recompute(self, uow: UnitOfWork) -> RecomputeReport:
        """Within the caller's transaction, on the calendar as the transaction sees it."""
        state = self._base_state(uow)
        cal = WorkCalendar(uow.calendar.entries(), covered_years=state["years"])
        rule_sets = {r.code: r for r in self._rulebook.rule_sets()}
        actor = self._officer.actor() if self._officer is not None else "system"
        return recompute_open(uow, cal, rule_sets, self._clock, actor)
