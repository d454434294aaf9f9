"""Publication reminders on the to-do page (Enter opens the entry); the catalogue exported from the page in
every format and read back through the import; an Excel list with a bad row imports nothing and lists it."""

from __future__ import annotations

from datetime import date

from keyboard import press
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.ui.catalogue.entry_dialog import EntryDialog
from focal_desk.ui.main_window import TODO
from focal_desk.ui.todo_view import PUBLICATIONS

ACTOR = "can_bo_test"


def _add(desk, title, **kw):
    return desk.catalogue.add(CatalogueEntry(None, title, **kw), ACTOR)


def test_reminders_show_on_the_todo_page_and_enter_opens_the_entry(qtbot, desk, jobs, errors):
    from focal_desk.ui.main_window import MainWindow

    late = _add(
        desk,
        "Kế hoạch sử dụng đất",
        number="7/KH-UBND",
        publication=Publication("Bảng tin trụ sở", date(2026, 2, 1), None, False),
    )
    _add(
        desk,
        "Quyết định đã công khai",
        publication=Publication("Cổng", date(2026, 1, 1), date(2026, 3, 10), True),
    )
    _add(desk, "Chưa đến ngày công khai", publication=Publication("Cổng", date(2026, 4, 1), None, False))
    _add(desk, "Hồ sơ mật", access=AccessClass.SECRET, secret_point="6.1")
    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=10_000):
        window.show()
    window.nav.setCurrentRow(TODO)
    model = window.todo.model
    section = model.index(PUBLICATIONS, 0)
    assert model.rowCount(section) == 2
    rows = {model.index(r, 2, section).data(): model.index(r, 4, section).data() for r in range(2)}
    assert rows == {
        "Kế hoạch sử dụng đất": "Not published yet",
        "Quyết định đã công khai": "Publication period ends soon",
    }
    assert "(2)" in section.data()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    tree = window.todo.tree
    tree.setFocus()
    row = next(r for r in range(2) if model.index(r, 2, section).data() == "Kế hoạch sử dụng đất")
    tree.setCurrentIndex(model.index(row, 0, section))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.entry.id == late.id, timeout=5000)
    dialog.fields.published.setChecked(True)  # published now: the reminder goes
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=10_000):
        dialog.save()
    assert model.rowCount(model.index(PUBLICATIONS, 0)) == 1


def test_export_in_every_format_and_import_back(qtbot, page, desk, tmp_path):
    _add(
        desk,
        "Quyết định công khai ngân sách xã",
        number="5/QĐ-UBND",
        issued_on=date(2026, 1, 5),
        publication=Publication("Cổng thông tin xã", date(2026, 1, 6), None, True),
    )
    _add(desk, "Hồ sơ mật", access=AccessClass.SECRET, secret_point="6.1")
    dialog = page.export()
    assert dialog.target.text().endswith("danh-muc-cong-khai-2026-03-02.xlsx")
    dialog.set_format("html")
    assert dialog.target.text().endswith("danh-muc-cong-khai-2026-03-02") and not dialog.whole.isEnabled()
    written = {}
    for fmt, name in (
        ("xlsx", "cong-khai.xlsx"),
        ("csv", "cong-khai.csv"),
        ("html", "web"),
        ("pdf", "bang-tin.pdf"),
    ):
        dialog.set_format(fmt)
        dialog.target.setText(str(tmp_path / name))
        dialog.export_button.click()
        assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
        assert dialog.result.listed == 1, fmt
        written[fmt] = dialog.result_path
    assert written["html"].name == "index.html" and "ngân sách" in written["html"].read_text("utf-8")
    assert written["pdf"].read_bytes().startswith(b"%PDF")
    dialog.set_format("xlsx")
    dialog.whole.setChecked(True)
    dialog.target.setText(str(tmp_path / "toan-bo.xlsx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
    assert dialog.result.listed == 2 and dialog.open_button.isVisible()
    dialog.reject()

    flow = page.import_excel(str(tmp_path / "toan-bo.xlsx"))
    with qtbot.waitSignal(flow.imported, timeout=20_000) as imported:
        pass
    assert imported.args == [2]
    qtbot.waitUntil(lambda: page.model.total == 4, timeout=5000)
    titles = sorted(e.title for e in desk.catalogue.search(None))
    assert titles == sorted(["Hồ sơ mật", "Quyết định công khai ngân sách xã"] * 2)
    assert flow.done_box is not None and flow.done_box.text() == "2 entry(ies) imported."


def test_a_bad_row_imports_nothing_and_is_listed(qtbot, page, desk, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Tên thông tin", "Số/ký hiệu", "Ngày ban hành"])
    ws.append(["Quyết định giao đất", "1/QĐ-UBND", "05/01/2026"])
    ws.append(["Quyết định thu hồi", "2/QĐ-UBND", "31/02/2026"])
    path = tmp_path / "danh-muc.xlsx"
    wb.save(path)
    flow = page.import_excel(str(path))
    qtbot.waitUntil(lambda: flow.problems is not None, timeout=20_000)
    assert flow.progress is None  # the progress window is gone
    table = flow.problems.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "3"
    assert "31/02/2026" in flow.problems.messages()[0] or "ngày" in flow.problems.messages()[0].lower()
    assert desk.catalogue.count() == 0
    damaged = tmp_path / "hong.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not a workbook")
    flow = page.import_excel(str(damaged))
    qtbot.waitUntil(lambda: flow.problems is not None, timeout=20_000)
    (message,) = flow.problems.messages()
    assert "hong.xlsx" in message and "Traceback" not in message
