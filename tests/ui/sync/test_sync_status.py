"""The status bar's count of summaries waiting for the province, kept by the background job: offline, the
month's package waits and the label says so (no dialog); once the province answers, it is sent, once."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sync"))
from province_stub import Province  # noqa: E402


def _window(qtbot, desk, jobs, errors):
    from focal_desk.ui.main_window import MainWindow

    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    return window


def _round(qtbot, window):
    status = window.sync_status
    status.last = None
    status.run_now()
    qtbot.waitUntil(lambda: status.last is not None, timeout=30_000)
    return status.last


def test_not_enrolled_shows_nothing(qtbot, desk, jobs, errors):
    window = _window(qtbot, desk, jobs, errors)
    result = _round(qtbot, window)
    assert not result.enrolled and window.sync_label.isHidden()


def test_offline_the_month_waits_then_goes_once(qtbot, core, desk, jobs, errors):
    province = Province()
    province.add_office("XA-01", "UBND xã Đạo Trù", "C1")
    port, offices, key = province.port, province.offices, province.key
    core.sync().enroll(province.url, "XA-01", "C1")
    desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Lê Văn Bình", IdType.CCCD, "001203004561", "Thôn Tây"),
        channel=Channel.IN_PERSON, received_at=datetime(2026, 2, 10, 8, 0, tzinfo=VN_TZ),
        info_requested="Kế hoạch", purpose="Tìm hiểu", valid_on=date(2026, 2, 10),
    ))
    province.stop()
    window = _window(qtbot, desk, jobs, errors)
    result = _round(qtbot, window)
    assert result.enrolled and result.pending == 1 and result.built == 1 and result.delivered == 0
    assert not window.sync_label.isHidden() and "1" in window.sync_label.text()
    assert "không kết nối được" in window.sync_label.toolTip()
    assert errors.seen == []  # offline is normal: no error shown

    back = Province(port)
    back.offices, back.key = offices, key
    try:
        core.clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=VN_TZ))  # past the backoff
        back.publish_calendar(2026, [{"date": "2026-03-20", "kind": "off", "name_vi": "Nghỉ theo thông báo",
                                      "source": "TB 1/UBND tỉnh"}])
        with qtbot.waitSignal(window.sync_status.calendarChanged, timeout=30_000):
            result = _round(qtbot, window)
        assert (result.pending, result.built, result.delivered) == (0, 0, 1)
        assert "1" not in window.sync_label.text()
        assert [(a.id, a.year, a.days) for a in result.announcements] == [(1, 2026, 1)]
        assert "2026" in window.sync_label.toolTip()
        assert not core.calendar.calendar_covering(date(2026, 3, 20)).info(date(2026, 3, 20)).working
        result = _round(qtbot, window)  # nothing changed: no new revision, nothing sent
        assert (result.pending, result.built, result.delivered) == (0, 0, 0)
        assert back.received == [("XA-01", "2026-02", 1, "accepted")]
    finally:
        back.stop()


def test_export_for_the_province_writes_the_signed_month(qtbot, core, desk, jobs, errors, tmp_path):
    from focal_desk.sync import package as pkg
    from focal_desk.ui.sync_export import recent_months

    assert recent_months(date(2026, 1, 15), 3) == [(2026, 1), (2025, 12), (2025, 11)]
    province = Province()
    province.add_office("XA-01", "UBND xã Đạo Trù", "C1")
    try:
        core.sync().enroll(province.url, "XA-01", "C1")
        desk.requests.register(RequestDraft(
            requester=Requester(RequesterKind.CITIZEN, "Lê Văn Bình", IdType.CCCD, "001203004561", "Thôn Tây"),
            channel=Channel.IN_PERSON, received_at=datetime(2026, 2, 10, 8, 0, tzinfo=VN_TZ),
            info_requested="Kế hoạch", purpose="Tìm hiểu", valid_on=date(2026, 2, 10),
        ))
        window = _window(qtbot, desk, jobs, errors)
        assert window.province_export_action.isEnabled()
        out = tmp_path / "thang-2.json"
        from focal_desk.ui.sync_export import ProvinceExport

        export = ProvinceExport(desk, jobs, errors, window)
        with qtbot.waitSignal(export.finished, timeout=30_000) as done:
            export.run(2026, 2, out)
        assert done.args == [out] and errors.seen == []
        assert "2026-02" in export.result_box.text()
        summary = pkg.loads(out.read_bytes())
        assert (summary.month, summary.revision, summary.indicators["received"]) == ("2026-02", 1, 1)
        assert province.submit(out.read_bytes())[1]["status"] == "accepted"  # the province imports the file
        assert desk.sync.status().queued == 0  # written, not queued
    finally:
        province.stop()
