"""A name or a reason typed with markup is shown as typed, never interpreted as rich text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from focal_desk.domain.calendar import DayKind
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

MARKUP = '<img src="x.png"><b>Lê</b> & Văn'


def test_markup_in_a_name_shows_literally_in_the_request_file(qtbot, desk, jobs, errors):
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    r = desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, MARKUP, IdType.CCCD, "001203004567", "Thôn Đông"),
        channel=Channel.IN_PERSON, received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
        info_requested="<script>x</script> Danh sách hộ nghèo", purpose="Tìm hiểu"))
    assert desk.requests.get(r.id).requester.full_name == MARKUP  # stored as typed
    file = RequestFileDialog(desk, jobs, errors, r.id)
    qtbot.addWidget(file)
    file.show()
    qtbot.waitUntil(lambda: file.request is not None, timeout=5000)
    assert file.requester.text() == MARKUP and file.requester.textFormat() == Qt.TextFormat.PlainText


def test_markup_in_a_calendar_reason_is_escaped(qtbot, desk, jobs, errors):
    from focal_desk.ui.calendar_view.view import CalendarView

    desk.calendar.add_day(date(2026, 3, 4), DayKind.OFF, MARKUP, "QĐ <1>")
    view = CalendarView(desk, jobs, errors)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.info(date(2026, 3, 4)) is not None, timeout=5000)
    view.grid.setCurrentIndex(view.model.index_of(date(2026, 3, 4)))
    qtbot.waitUntil(lambda: "&lt;img" in view.detail.text(), timeout=5000)
    assert "<img" not in view.detail.text() and "&lt;1&gt;" in view.detail.text()
