"""The Calendar & rules page on a real database: changes recompute deadlines and say which ones moved."""

from __future__ import annotations

from datetime import date, datetime

from focal_desk.domain.calendar import DayKind, Layer
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.ui.calendar_view.day_dialog import AddDayDialog
from focal_desk.ui.calendar_view.reports import ImportErrorsDialog, MovedDialog
from focal_desk.ui.calendar_view.view import CalendarView


def register_postal(desk):
    """Postal, simple, valid Mon 02/03/2026: due 5 working days later, Mon 09/03/2026."""
    return desk.requests.register(
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


def open_view(qtbot, desk, jobs, errors) -> CalendarView:
    view = CalendarView(desk, jobs, errors)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.year == 2026 and view.rules.picker.count() > 0)
    return view


def settle(qtbot, jobs):
    """Let the reload a change starts finish before pytest-qt closes the view."""
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_year_view_shows_the_shipped_swap_and_the_coverage_warning(qtbot, desk, jobs, errors):
    view = open_view(qtbot, desk, jobs, errors)
    jan2 = view.model.info(date(2026, 1, 2))
    assert not jan2.working and "hoán đổi" in jan2.reason
    assert view.model.info(date(2026, 1, 10)).working  # the Saturday worked in exchange
    assert "2027" in view.banner.text() and not view.banner.isHidden()
    row = view.special.row_of(date(2026, 1, 10))
    assert view.special.index(row, 3).data() == "Công văn 12729/VPCP-KGVX ngày 25/12/2025"
    assert view.rules.table.rowCount() == 8  # 4 channels × simple/complex
    assert errors.seen == []


def test_adding_a_day_off_moves_a_deadline_and_lists_it(qtbot, desk, jobs, errors):
    r = register_postal(desk)
    assert r.deadlines.provide_due == date(2026, 3, 9)
    view = open_view(qtbot, desk, jobs, errors)
    view.grid.setCurrentIndex(view.model.index_of(date(2026, 3, 4)))
    view.add_day()
    dialog = view.last_dialog
    assert isinstance(dialog, AddDayDialog) and dialog.kind() is DayKind.OFF
    assert dialog.day.date().toPython() == date(2026, 3, 4)  # the day selected in the grid
    dialog.reason.setText("Nghỉ do bão số 3")
    dialog.source.setText("Quyết định 15/QĐ-UBND ngày 03/03/2026")
    with qtbot.waitSignal(view.deadlinesMoved, timeout=10_000) as moved:
        dialog.save()
    report = moved.args[0]
    assert [(m.register_number, m.new_due) for m in report.moved] == [(r.register_number, date(2026, 3, 10))]
    assert desk.requests.get(r.id).deadlines.provide_due == date(2026, 3, 10)
    shown = view.last_dialog
    assert isinstance(shown, MovedDialog)
    assert table_rows(shown.table) == [[r.register_number, "09/03/2026", "10/03/2026", "Updated"]]
    qtbot.waitUntil(lambda: view.model.info(date(2026, 3, 4)) is not None
                    and not view.model.info(date(2026, 3, 4)).working)
    assert view.model.info(date(2026, 3, 4)).entry.layer == Layer.LOCAL
    qtbot.waitUntil(view.remove_button.isEnabled)  # the new local day is selected again
    settle(qtbot, jobs)
    assert errors.seen == []


def test_a_day_without_reason_or_source_shows_field_errors(qtbot, desk, jobs, errors):
    view = open_view(qtbot, desk, jobs, errors)
    view.add_day()
    dialog = view.last_dialog
    dialog.day.setDate(date(2026, 3, 4))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.errors["reason"].isHidden())
    assert dialog.errors["reason"].text() and dialog.errors["source"].text()
    assert dialog.errors["day"].isHidden()
    assert dialog.isVisible() and desk.calendar.calendar().is_working_day(date(2026, 3, 4))
    assert errors.seen == []


def test_removing_an_added_day_moves_the_deadline_back(qtbot, desk, jobs, errors, monkeypatch):
    r = register_postal(desk)
    desk.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ do bão", "QĐ 5/QĐ-UBND")
    view = open_view(qtbot, desk, jobs, errors)
    monkeypatch.setattr(view, "confirm", lambda text: True)
    view.grid.setCurrentIndex(view.model.index_of(date(2026, 3, 4)))
    assert view.remove_button.isEnabled()
    with qtbot.waitSignal(view.deadlinesMoved, timeout=10_000):
        view.remove_button.click()
    assert desk.requests.get(r.id).deadlines.provide_due == date(2026, 3, 9)
    assert desk.calendar.calendar().is_working_day(date(2026, 3, 4))
    settle(qtbot, jobs)
    assert not view.remove_button.isEnabled() and errors.seen == []


BAD_CSV = """date,kind,name_vi,source
2027-03-03,off,Nghỉ do lũ,Quyết định 9/QĐ-UBND
2027-03-32,off,Nghỉ do lũ,same
2027-03-05,holiday,Nghỉ do lũ,same
"""

GOOD_CSV = """date,kind,name_vi,source
2027-02-04,off,Nghỉ Tết Nguyên đán Đinh Mùi,Thông báo nghỉ Tết 2027 (giả định cho kiểm thử)
2027-03-03,off,Nghỉ do lũ,Quyết định 9/QĐ-UBND
2027-02-20,work,Làm bù Tết Đinh Mùi,same
"""


def test_a_bad_line_refuses_the_whole_file(qtbot, desk, jobs, errors, tmp_path):
    path = tmp_path / "lich_2027.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    view = open_view(qtbot, desk, jobs, errors)
    view.import_file(str(path))
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, ImportErrorsDialog))
    messages = view.last_dialog.messages()
    assert len(messages) == 2
    assert messages[0].startswith("Dòng 3") and "2027-03-32" in messages[0]
    assert messages[1].startswith("Dòng 4") and "holiday" in messages[1]
    assert view.last_dialog.table.item(0, 0).text() == "3"
    assert desk.calendar.calendar().is_working_day(date(2027, 3, 3))  # line 2 was fine, yet not imported
    assert errors.seen == []


def test_a_good_file_makes_its_days_appear(qtbot, desk, jobs, errors, tmp_path):
    path = tmp_path / "lich_2027.csv"
    path.write_text("\ufeff" + GOOD_CSV, encoding="utf-8")  # Excel's "CSV UTF-8" starts with a BOM
    view = open_view(qtbot, desk, jobs, errors)
    with qtbot.waitSignal(view.deadlinesMoved, timeout=10_000):
        view.import_file(str(path))
    assert isinstance(view.last_dialog, MovedDialog)
    view.year.setValue(2027)
    qtbot.waitUntil(lambda: view.model.year == 2027 and view.model.info(date(2027, 3, 3)) is not None)
    assert not view.model.info(date(2027, 3, 3)).working
    assert view.model.info(date(2027, 2, 20)).working  # a Saturday worked
    row = view.special.row_of(date(2027, 3, 3))
    assert view.special.index(row, 2).data() == "Nghỉ do lũ"
    assert view.special.index(row, 4).data() == "Added by this office"
    assert "2027" not in view.banner.text()
    settle(qtbot, jobs)
    assert errors.seen == []


def test_a_row_of_the_moved_deadlines_opens_its_request_file(qtbot, desk, jobs, errors):
    from PySide6.QtCore import Qt

    from focal_desk.ui.main_window import MainWindow

    r = register_postal(desk)
    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    view = window.calendar
    qtbot.waitUntil(lambda: view.model.year == 2026 and view.rules.picker.count() > 0, timeout=10_000)
    view.grid.setCurrentIndex(view.model.index_of(date(2026, 3, 4)))
    view.add_day()
    view.last_dialog.reason.setText("Nghỉ do bão số 3")
    view.last_dialog.source.setText("Quyết định 15/QĐ-UBND ngày 03/03/2026")
    with qtbot.waitSignal(view.deadlinesMoved, timeout=10_000):
        view.last_dialog.save()
    moved = view.last_dialog
    assert isinstance(moved, MovedDialog) and moved.table.rowCount() == 1
    moved.table.setFocus()
    moved.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(moved.requestActivated, timeout=5000) as opened:
        qtbot.keyClick(moved.table, Qt.Key.Key_Return)  # Enter opens it
    assert opened.args == [r.id]
    qtbot.waitUntil(lambda: r.id in window._open_files, timeout=5000)
    file = window._open_files[r.id]
    qtbot.waitUntil(lambda: file.request is not None, timeout=5000)
    assert file.isVisible() and moved.isVisible()  # the list stays, to check the next one
    cell = moved.table.visualItemRect(moved.table.item(0, 1)).center()
    qtbot.mouseClick(moved.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(moved.requestActivated, timeout=5000) as again:
        qtbot.mouseDClick(moved.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # so does a double click
    assert again.args == [r.id]
    file.close()
    settle(qtbot, jobs)
    assert errors.seen == []
