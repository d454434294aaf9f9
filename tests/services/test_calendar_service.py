from __future__ import annotations

from datetime import date, datetime

import pytest

from focal_desk.calendars.python_holidays import base_entries
from focal_desk.domain.calendar import DayKind, Layer
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.notices import parse_notices
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.services.calendar_service import CalendarService
from focal_desk.services.deadline_preview import preview_deadlines

NEXT_YEAR = """date,kind,name_vi,source
2027-02-04,off,Nghỉ Tết Nguyên đán Đinh Mùi,Thông báo nghỉ Tết 2027 (giả định cho kiểm thử)
2027-02-05,off,Nghỉ Tết Nguyên đán Đinh Mùi,same
2027-02-20,work,Làm bù Tết Đinh Mùi,same
"""


def test_shipped_announcements_and_base_are_in_the_database(app):
    cal = app.calendar.calendar()
    assert not cal.is_working_day(date(2026, 1, 2))  # the swap python-holidays lacks
    assert cal.is_working_day(date(2026, 1, 10))  # its working Saturday
    assert cal.info(date(2026, 2, 17)).entry.layer == Layer.OFFICIAL
    assert cal.info(date(2027, 4, 16)).entry.layer == Layer.BASE  # Giỗ Tổ 2027 from python-holidays
    assert {2018, 2026, 2027} <= set(cal.covered_years)


def test_importing_next_years_announcement(app, clock):
    assert any("2027" in w for w in app.calendar.coverage_warnings())
    app.calendar.import_entries(parse_notices(NEXT_YEAR, Layer.LOCAL))
    cal = app.calendar.calendar()
    assert cal.is_working_day(date(2027, 2, 20))
    assert cal.info(date(2027, 2, 4)).reason == "Nghỉ Tết Nguyên đán Đinh Mùi"
    assert not any("2027" in w for w in app.calendar.coverage_warnings())
    d = preview_deadlines(app.calendar, app.rulebook, Channel.ELECTRONIC, Complexity.SIMPLE, date(2027, 2, 18))
    # Fri 19/02 (1), Sat 20/02 worked (2), Mon 22/02 (3)
    assert d.provide_due == date(2027, 2, 22)


def test_calendar_entries_need_a_reason_and_a_source(app):
    with pytest.raises(ValidationError) as info:
        app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, " ", "")
    assert set(info.value.errors) == {"reason", "source"}
    with pytest.raises(ValidationError) as info:
        app.calendar.add_day(date(2026, 3, 4), DayKind.WORK, "Làm việc", "QĐ 1")  # a Wednesday already
    assert "day" in info.value.errors
    with pytest.raises(ValidationError):
        app.calendar.remove_local_day(date(2026, 3, 4))


def test_removing_a_local_day_off_moves_deadlines_back(app):
    r = app.requests.register(
        RequestDraft(
            requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
            channel=Channel.POSTAL,
            received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
            info_requested="Danh sách hộ nghèo năm 2025",
            purpose="Tìm hiểu chính sách",
            valid_on=date(2026, 3, 2),
            complexity=Complexity.SIMPLE,
        )
    )
    app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ do bão", "QĐ 5/QĐ-UBND")
    assert app.requests.get(r.id).deadlines.provide_due == date(2026, 3, 10)
    report = app.calendar.remove_local_day(date(2026, 3, 4))
    assert [m.new_due for m in report.moved] == [date(2026, 3, 9)]
    assert app.requests.get(r.id).deadlines.provide_due == date(2026, 3, 9)


def test_a_new_holidays_version_recomputes_the_base_layer(app, clock):
    assert app.calendar.ensure_base() is False  # nothing to do the second time
    calls = []

    def provider(years):
        calls.append(tuple(years))
        return base_entries(years, [])

    upgraded = CalendarService(app.uow_factory, app.rulebook, clock, provider, lambda: "holidays-next")
    assert upgraded.ensure_base() is True and calls == [tuple(range(2018, 2028))]
    assert upgraded.ensure_base() is False and len(calls) == 1
    assert not upgraded.calendar().is_working_day(date(2026, 4, 30))


def test_the_coverage_warning_says_what_the_holidays_are_not_which_library(app):
    warnings = app.calendar.coverage_warnings()
    assert warnings
    for w in warnings:
        assert "python-holidays" not in w and "ngày lễ theo luật định do chương trình tự tính" in w, w
