"""The working-day calendar as the app uses it: base layer, shipped announcements, the officer's notices.

Extending the calendar (the base layer of a year not yet computed) writes in its own unit of work, so it
happens only *before* a caller opens one: ``ensure_covering`` first, then the unit of work with the
calendar it returned. The cache is shared by the worker threads: a lock guards it, and a generation
counter, bumped after every committed change, keeps a rebuild that started before a change from storing
its stale result.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from ..domain.calendar import CalendarEntry, DayKind, Layer, WorkCalendar
from ..domain.clock import Clock, today
from ..domain.deadlines import HORIZON, years_needed
from ..domain.errors import CalendarNotCovered, ValidationError
from ..domain.request import Request
from ..domain.rules import LAW_IN_FORCE, RuleSet, choose_rule_set
from ..domain.text import clean_text
from .officer import Officer
from .ports import UnitOfWork, UnitOfWorkFactory
from .recompute import RecomputeReport, recompute_open
from .rulebook import RuleBook

BASE_KEY = "calendar.base"  # {"version": "...", "years": [...]}
BUNDLED_DIGEST_KEY = "calendar.bundled_digest"

BaseProvider = Callable[[Sequence[int]], list[CalendarEntry]]


def _covers(cal: WorkCalendar, years: set[int]) -> bool:
    return cal.covered_years is None or years <= cal.covered_years


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
        self._lock = threading.Lock()
        self._cache: WorkCalendar | None = None
        self._generation = 0  # bumped after every committed change

    # --- reading -------------------------------------------------------------------------------------
    def wanted_years(self, extra: Sequence[int] = ()) -> list[int]:
        last = max([today(self._clock).year + 1, *extra])
        return list(range(min([self._first_year, *extra]), last + 1))

    def years_for(self, *days: date) -> list[int]:
        """The years an action on these days may count in: from the earliest day (today at the latest; not
        before the calendar's first year) to where a deadline counted from a deadline counted from today
        could reach (an extension runs from the current deadline)."""
        now = today(self._clock)
        first = max(self._first_year, min([now, *days]).year)
        return list(range(first, (now + 2 * HORIZON).year + 1))

    def calendar(self) -> WorkCalendar:
        """The calendar as committed; built once, rebuilt after a change. Opens a unit of work when it has
        to build: never call it inside one (use the calendar ``ensure_covering`` returned)."""
        with self._lock:
            if self._cache is not None:
                return self._cache
            generation = self._generation
        with self._uow_factory(read_only=True) as uow:  # outside the lock: other threads keep reading the old cache
            state = self._base_state(uow)
            entries = uow.calendar.entries()
        cal = WorkCalendar(entries, covered_years=state["years"])
        with self._lock:
            if self._generation == generation:  # no change committed since this read began
                self._cache = cal
        return cal

    def ensure_covering(self, years: Iterable[int]) -> WorkCalendar:
        """Outside any unit of work: a calendar covering ``years``, computing their base layer first when
        it is missing (that writes, in its own unit of work)."""
        wanted = set(years)
        cal = self.calendar()
        if _covers(cal, wanted):
            return cal
        self.ensure_base(sorted(wanted))
        cal = self.calendar()
        if not _covers(cal, wanted):  # the base provider could not give these years
            raise CalendarNotCovered(sorted(wanted - (cal.covered_years or frozenset())))
        return cal

    def calendar_covering(self, *days: date) -> WorkCalendar:
        """Outside any unit of work: the calendar, covering these days and as far as periods counted from
        them may run."""
        return self.ensure_covering(years_needed(*days))

    def base_is_current(self, raw_state: str | None) -> bool:
        """Whether a stored base layer (the BASE_KEY setting) covers the years wanted, computed by this
        version of python-holidays — checked at start-up without opening a unit of work."""
        state = json.loads(raw_state) if raw_state else {"version": "", "years": []}
        return state["version"] == self._base_version() and set(self.wanted_years()) <= set(state["years"])

    def ensure_base(self, extra_years: Sequence[int] = ()) -> bool:
        """(Re)compute the base layer when years are missing or the holidays library changed. Opens its own
        units of work: never call it inside one."""
        version = self._base_version()
        wanted = set(self.wanted_years(extra_years))
        with self._uow_factory(read_only=True) as uow:
            state = self._base_state(uow)
        have = set(state["years"]) if state["version"] == version else set()
        if wanted <= have:
            return False
        years = sorted(have | wanted)
        entries = self._base_provider(years)
        written = False

        def change(uow: UnitOfWork) -> bool:
            nonlocal written
            now = self._base_state(uow)  # another thread or process may have done it meanwhile
            if now["version"] == version and wanted <= set(now["years"]):
                return False
            uow.calendar.replace_layer(Layer.BASE, entries)
            uow.settings.set(BASE_KEY, json.dumps({"version": version, "years": years}))
            written = True
            return True

        self._change(change)
        return written

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
                    # the officer does not know the library: say what the days are, not where they come from
                    f"Chưa có thông báo lịch nghỉ chính thức năm {year}: thời hạn năm {year} đang tính theo "
                    "ngày lễ theo luật định do chương trình tự tính (Điều 112 Bộ luật Lao động; có thể thiếu "
                    "ngày hoán đổi, nghỉ bù). Hãy nhập thông báo của Chính phủ khi có."
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

    def adopt_rule_set(self, rule_set: RuleSet, settings: Mapping[str, str]) -> RecomputeReport:
        """A rule set from the province (checked already): stored, with ``settings`` (where it came from), and
        the open requests it governs now — or governed before — recomputed on it, in one transaction (the
        calendar path: a printed date is flagged, never moved silently)."""
        rule_sets = {r.code: r for r in self._rulebook.rule_sets()}
        rule_sets[rule_set.code] = rule_set

        def governing(r: Request) -> RuleSet:
            assert r.valid_on is not None
            chosen = choose_rule_set(rule_sets.values(), r.valid_on)
            judged = r.deadlines.rule_set or ""
            return chosen if rule_set.code in (chosen.code, judged) else rule_sets[judged]

        def change(uow: UnitOfWork) -> None:
            uow.rule_sets.save(rule_set)
            for key, value in settings.items():
                uow.settings.set(key, value)

        try:
            return self._change(change, rule_sets, governing)
        finally:
            self._rulebook.invalidate()

    def _change(self, mutate: Callable[[UnitOfWork], bool | None], rule_sets: dict[str, RuleSet] | None = None,
                governing: Callable[[Request], RuleSet] | None = None) -> RecomputeReport:
        """One transaction: change the calendar, recompute open deadlines on it, commit. ``mutate``
        returns False when it found nothing to change."""
        if rule_sets is None:
            rule_sets = {r.code: r for r in self._rulebook.rule_sets()}  # before the unit of work opens
        try:
            with self._uow_factory() as uow:
                if mutate(uow) is False:
                    return RecomputeReport(0, ())
                report = self._recompute(uow, rule_sets, governing)
                uow.commit()
        finally:
            self._invalidate()  # after the commit: a rebuild that starts now reads the new calendar
        return report

    def _invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._cache = None

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

    def _recompute(self, uow: UnitOfWork, rule_sets: dict[str, RuleSet],
                   governing: Callable[[Request], RuleSet] | None = None) -> RecomputeReport:
        """Within the caller's transaction, on the calendar as the transaction sees it."""
        state = self._base_state(uow)
        cal = WorkCalendar(uow.calendar.entries(), covered_years=state["years"])
        return recompute_open(uow, cal, rule_sets, self._clock, self._officer.actor() if self._officer else "system",
                              governing=governing)
