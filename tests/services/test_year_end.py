"""Issue 6 item 10: the calendar covers what an action needs *before* its unit of work opens, and the
calendar and rule-book caches stay right when worker threads read them while a change commits."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date, datetime

import pytest

from focal_desk import bundled
from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.calendars.python_holidays import base_entries, library_version
from focal_desk.domain.calendar import DayKind
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind, Status
from focal_desk.domain.errors import CalendarNotCovered
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.domain.rules import rule_set_from_dict
from focal_desk.services.calendar_service import BASE_KEY, CalendarService
from focal_desk.services.officer import Officer
from focal_desk.services.request_ops import RequestOps
from focal_desk.services.requests import RequestService
from focal_desk.services.rulebook import RuleBook
from focal_desk.storage.lazy import LazyDatabase

WAIT = 30  # seconds; a bound for a hang, never a timing assumption


def moment(y, m, d) -> datetime:
    return datetime(y, m, d, 10, 0, tzinfo=VN_TZ)


def base_hooks():
    """The base-layer provider and version exactly as app/wiring.py makes them."""
    policy = bundled.calendar_policy()
    excluded = [x["name"] for x in policy["base_excluded_names"]]
    version = f"{library_version()}+{bundled.digest(json.dumps(policy, sort_keys=True))}"
    return (lambda years: base_entries(years, excluded)), (lambda: version), policy["first_year"]


class NestingGuard:
    """A unit-of-work factory that records every unit of work opened while another is open on the thread."""

    def __init__(self, factory):
        self._factory = factory
        self._depth = threading.local()
        self.nested: list[int] = []

    def __call__(self, read_only: bool = False):
        guard, inner = self, self._factory(read_only=read_only)

        class Guarded:
            def __enter__(self):
                depth = getattr(guard._depth, "n", 0)
                if depth:
                    guard.nested.append(depth)
                guard._depth.n = depth + 1
                return inner.__enter__()

            def __exit__(self, *exc):
                guard._depth.n -= 1
                return inner.__exit__(*exc)

        return Guarded()


@pytest.fixture
def file_covering_2026(tmp_path):
    """A real register file set up in December 2025: its base calendar layer covers 2018–2026 only."""
    paths = Paths(tmp_path / "data")
    open_app(paths, clock=FixedClock(moment(2025, 12, 1)), officer="can_bo").close()
    db = LazyDatabase(paths.database)
    yield db
    db.dispose()


def services_on(db, clock):
    """The services as the app wires them, minus the start-up step that would extend the calendar."""
    guard = NestingGuard(db.unit_of_work)
    provider, version, first_year = base_hooks()
    rulebook = RuleBook(guard)
    calendar = CalendarService(guard, rulebook, clock, provider, version, first_year=first_year)
    return guard, calendar, RequestService(guard, calendar, rulebook, clock, Officer("can_bo"))


def walk_in(valid_on: date) -> RequestDraft:
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Trần Văn Bình", IdType.CCCD, "001203004599", "Thôn Nam"),
        channel=Channel.IN_PERSON,
        received_at=moment(valid_on.year, valid_on.month, valid_on.day),
        info_requested="Hồ sơ cấp giấy chứng nhận quyền sử dụng đất thửa 112",
        purpose="Kiểm tra hồ sơ của gia đình",
        valid_on=valid_on,
        complexity=Complexity.COMPLEX,
        complexity_reason="Phải tập hợp hồ sơ lưu trữ",
    )


def stored_base_years(calendar: CalendarService) -> list[int]:
    return list(calendar.calendar().covered_years or ())


def test_year_end_extension_works_first_time_and_never_nests_a_unit_of_work(file_covering_2026):
    clock = FixedClock(moment(2026, 12, 21))
    guard, calendar, requests = services_on(file_covering_2026, clock)
    assert max(stored_base_years(calendar)) == 2026

    r = requests.register(walk_in(date(2026, 12, 21)))  # 10 working days: into January 2027
    assert r.status is Status.VALID and r.deadlines.provide_due.year == 2027
    clock.set(moment(2026, 12, 28))
    r = requests.extend(r.id, "Hồ sơ lưu tại kho lưu trữ tỉnh", on=date(2026, 12, 28))

    assert r.status is Status.EXTENDED and r.deadlines.extended_due > r.deadlines.provide_due
    assert guard.nested == []  # the calendar was extended before each unit of work, in its own
    assert max(stored_base_years(calendar)) == 2027
    with file_covering_2026.unit_of_work() as uow:
        assert 2027 in json.loads(uow.settings.get(BASE_KEY))["years"]


def test_inside_a_unit_of_work_an_uncovered_year_is_a_typed_error_and_nothing_is_written(file_covering_2026):
    clock = FixedClock(moment(2026, 12, 21))
    guard, calendar, requests = services_on(file_covering_2026, clock)
    clock.set(moment(2026, 3, 2))  # received in March: nothing near the year's end was needed then
    r = requests.register(replace(walk_in(date(2026, 3, 2)), valid_on=None, complexity=None))
    clock.set(moment(2026, 12, 21))
    cal_2026, rule_sets = calendar.calendar(), RuleBook(guard).rule_sets()
    assert max(cal_2026.covered_years) == 2026
    with guard() as uow:
        ops = RequestOps(uow, cal_2026, rule_sets, clock, "can_bo")
        with pytest.raises(CalendarNotCovered) as info:
            ops.mark_valid(r.id, date(2026, 12, 21), Complexity.COMPLEX, "Nhiều hồ sơ")
    assert info.value.years == [2027]
    assert guard.nested == []
    assert requests.get(r.id).status is Status.RECEIVED
    assert max(stored_base_years(calendar)) == 2026


class PausingFactory:
    """Units of work as usual; on the chosen thread, a read of ``repository.method`` waits, once it has
    read, until the test releases it (so a change can commit in between)."""

    def __init__(self, factory, repository: str, method: str):
        self._factory, self._repository, self._method = factory, repository, method
        self.thread: int | None = None
        self.read_done, self.release = threading.Event(), threading.Event()

    def __call__(self, read_only: bool = False):
        pausing, inner = self, self._factory(read_only=read_only)

        class Pausing:
            def __enter__(self):
                uow = inner.__enter__()
                if threading.get_ident() == pausing.thread:
                    repository = getattr(uow, pausing._repository)
                    real = getattr(repository, pausing._method)

                    def paused(*args, **kwargs):
                        found = real(*args, **kwargs)
                        pausing.read_done.set()
                        assert pausing.release.wait(WAIT)
                        return found

                    setattr(repository, pausing._method, paused)
                return uow

            def __exit__(self, *exc):
                return inner.__exit__(*exc)

        return Pausing()

    def run_paused(self, fn) -> tuple[threading.Thread, list]:
        out: list = []

        def target():
            self.thread = threading.get_ident()
            out.append(fn())

        t = threading.Thread(target=target)
        t.start()
        assert self.read_done.wait(WAIT)
        return t, out


@pytest.fixture
def core(tmp_path):
    clock = FixedClock(moment(2026, 3, 2))
    container = open_app(Paths(tmp_path / "data"), clock=clock, officer="can_bo")
    yield container, clock
    container.close()


def test_a_calendar_read_begun_before_a_change_never_caches_the_old_calendar(core):
    app, clock = core
    pausing = PausingFactory(app.uow_factory, "calendar", "entries")
    provider, version, first_year = base_hooks()
    calendar = CalendarService(pausing, app.rulebook, clock, provider, version, first_year=first_year)
    day = date(2026, 3, 4)  # a Wednesday

    worker, result = pausing.run_paused(calendar.calendar)  # a worker thread reads the calendar…
    calendar.add_day(day, DayKind.OFF, "Nghỉ do bão số 1", "Quyết định 12/QĐ-UBND")  # …a change commits…
    pausing.release.set()
    worker.join(WAIT)

    assert result[0].is_working_day(day)  # the worker got the calendar as it was when it read
    assert not calendar.calendar().is_working_day(day)  # but that old calendar was not kept


def test_a_rule_book_read_begun_before_a_change_never_caches_the_old_rule_sets(core):
    app, _clock = core
    pausing = PausingFactory(app.uow_factory, "rule_sets", "all")
    rulebook = RuleBook(pausing)
    amended = rule_set_from_dict({**bundled.rule_set_dicts()[0], "code": "luat-sua-doi-2026",
                                  "name": "Luật Tiếp cận thông tin (sửa đổi)", "valid_from": "2026-09-01"})

    worker, result = pausing.run_paused(rulebook.rule_sets)
    rulebook.add(amended)
    pausing.release.set()
    worker.join(WAIT)

    assert "luat-sua-doi-2026" not in [r.code for r in result[0]]
    assert "luat-sua-doi-2026" in [r.code for r in rulebook.rule_sets()]
