"""Issue 6 item 8 through the window: an Excel (semicolon) file is imported, a file too big is refused in
one sentence, and importing the same file twice changes nothing."""

from __future__ import annotations

from datetime import date

from focal_desk.domain.calendar import Layer
from focal_desk.domain.notices import MAX_FILE_BYTES
from focal_desk.ui.calendar_view.reports import ImportErrorsDialog, MovedDialog
from focal_desk.ui.calendar_view.view import CalendarView

EXCEL_CSV = (
    "\ufeffdate; kind; name_vi; source\r\n"
    "03/03/2027; off; Nghỉ do lũ; Quyết định 9/QĐ-UBND\r\n"
    "20/02/2027; work; Làm bù Tết Đinh Mùi; Thông báo 2027\r\n"
)


def open_view(qtbot, desk, jobs, errors) -> CalendarView:
    view = CalendarView(desk, jobs, errors)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.year == 2026 and view.rules.picker.count() > 0)
    return view


def local_entries(desk):
    return [e for e in desk.calendar.calendar().entries() if e.layer == Layer.LOCAL]


def test_a_semicolon_file_imports_and_importing_it_again_adds_nothing(qtbot, desk, jobs, errors, tmp_path):
    path = tmp_path / "lich_2027.csv"
    path.write_text(EXCEL_CSV, encoding="utf-8")
    view = open_view(qtbot, desk, jobs, errors)
    for _ in range(2):
        view.last_dialog = None
        view.import_file(str(path))
        qtbot.waitUntil(lambda: isinstance(view.last_dialog, MovedDialog), timeout=10_000)
        qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)
    assert not desk.calendar.calendar().is_working_day(date(2027, 3, 3))
    assert [(e.day, e.reason) for e in local_entries(desk)] == [
        (date(2027, 2, 20), "Làm bù Tết Đinh Mùi"),
        (date(2027, 3, 3), "Nghỉ do lũ"),
    ]
    assert errors.seen == []


def test_a_file_too_big_is_one_sentence_and_nothing_is_imported(qtbot, desk, jobs, errors, tmp_path):
    path = tmp_path / "export.csv"
    with open(path, "wb") as f:
        f.write(b"date,kind,name_vi,source\n")
        f.truncate(MAX_FILE_BYTES + 1)
    view = open_view(qtbot, desk, jobs, errors)
    view.import_file(str(path))
    qtbot.waitUntil(lambda: isinstance(view.last_dialog, ImportErrorsDialog), timeout=10_000)
    (message,) = view.last_dialog.messages()
    assert message.startswith("Tệp quá lớn") and "16 MB" in message
    assert local_entries(desk) == [] and errors.seen == []
