"""The catalogue page from the keyboard: Insert opens a new entry, its fields are typed, a real PDF and PNG are
added (by the files button's path and by dropping them), their pages appear as pictures, Enter saves; the
search finds the entry by a title word typed without accents and by a word that is only inside the PDF; Enter
on the row opens it again with its files and who added it."""

from __future__ import annotations

from datetime import date

from catalogue_gui_files import scan_png, text_pdf
from keyboard import press, tab, type_text
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from focal_desk.domain.catalogue import AccessClass, CatalogueEntry
from focal_desk.ui.catalogue.entry_dialog import EntryDialog


def focused():
    return QApplication.focusWidget()


def open_new(qtbot, page) -> EntryDialog:
    activate(qtbot, page.window())
    page.search.setFocus()
    press(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: focused() is dialog.fields.title, timeout=5000)
    return dialog


def test_an_entry_with_a_pdf_and_a_png_typed_saved_and_found(qtbot, page, tmp_path):
    pdf = text_pdf(
        tmp_path / "QĐ 12.pdf",
        [
            ["Quyết định giao đất", "cho hộ ông Nguyễn Văn Bình"],
            ["Điều 2: thửa đất số 215 tại thôn Đồng Lầy"],
        ],
    )
    png = scan_png(tmp_path / "ban-do.png", ["Sơ đồ thửa đất"])
    dialog = open_new(qtbot, page)
    type_text("Quyết định giao đất ở cho hộ gia đình")
    tab()
    assert focused() is dialog.fields.number
    type_text("12/QĐ-UBND")
    tab()
    assert focused() is dialog.fields.issued_on
    qtbot.keyClicks(focused(), "05/01/2026")
    tab()
    type_text("Ủy ban nhân dân xã Đạo Trù")
    assert dialog.fields.issued_on.value() == date(2026, 1, 5)
    dialog.files.add_paths([str(pdf)])
    qtbot.waitUntil(lambda: dialog.files.thumbnails.count() == 2, timeout=10_000)  # the PDF's two pages
    assert "2 page(s)" in dialog.files.thumbnails.note.text()
    drop(dialog, [png])
    assert dialog.files.list.count() == 2 and dialog.files.current() == str(png)
    qtbot.waitUntil(lambda: dialog.files.thumbnails.count() == 1, timeout=10_000)
    dialog.fields.title.setFocus()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_Return)
    entry_id = saved.args[0]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.total == 1 and page.window().focusWidget() is page.table, timeout=5000)
    assert page.model.entry_at(0).title == "Quyết định giao đất ở cho hộ gia đình"
    assert page.model.index(0, 6).data() == "2"

    for words, found in (
        ("giao dat o", 1),
        ("quyet DINH", 1),
        ("dong lay", 1),
        ("thua dat 215", 1),
        ("khong co chu nay", 0),
    ):
        search(qtbot, page, words)
        assert page.model.total == found, words
    assert page.empty_label.isVisible()
    search(qtbot, page, "dong lay")
    press(Qt.Key.Key_Down)  # from the search box to the table
    assert page.table.hasFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryDialog), timeout=5000)
    again = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: again.files.list.count() == 2, timeout=5000)
    assert again.entry.id == entry_id
    texts = [again.files.list.item(i).text() for i in range(2)]
    assert "QĐ 12.pdf — 2 page(s) — text from the PDF" in texts
    assert "ban-do.png — 1 page(s) — no text yet" in texts
    assert "Added by can_bo_test" in again.audit.text()
    qtbot.waitUntil(lambda: again.files.thumbnails.count() >= 1, timeout=10_000)
    again.reject()  # nothing changed: closes without asking
    assert not again.isVisible()
    activate(qtbot, page.window())


def activate(qtbot, window) -> None:
    """Offscreen, the window under a closed dialog is not made active again by itself."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def search(qtbot, page, words: str) -> None:
    activate(qtbot, page.window())
    page.search.setFocus()
    page.search.selectAll()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        type_text(words)


def drop(dialog, paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(dialog.width() / 2, dialog.height() / 2)
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    QApplication.sendEvent(dialog, event)


def test_ctrl_n_adds_on_the_catalogue_page_and_esc_asks_before_discarding(qtbot, page, answer_prompt):
    activate(qtbot, page.window())
    page.table.setFocus()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: focused() is dialog.fields.title, timeout=5000)
    press(Qt.Key.Key_Return)  # nothing typed: the title's message beside it, the dialog stays
    qtbot.waitUntil(lambda: dialog.fields.errors.labels["title"].isVisible(), timeout=5000)
    assert dialog.isVisible() and focused() is dialog.fields.title
    assert dialog.fields.errors.labels["title"].text() == "Chưa nhập tên thông tin."
    type_text("Báo cáo")
    seen = answer_prompt("Keep typing")
    press(Qt.Key.Key_Escape)
    assert len(seen) == 1 and dialog.isVisible()
    seen = answer_prompt("Discard what was typed")
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # the prompt left no window active
    assert len(seen) == 1 and not dialog.isVisible()


def test_class_fields_follow_the_access_class_and_hostile_text_is_one_sentence(qtbot, page, desk, tmp_path):
    dialog = open_new(qtbot, page)
    fields = dialog.fields
    assert fields.public_box.isVisible() and not fields.secret_box.isVisible()
    fields.access.setCurrentIndex(fields.access.findData(AccessClass.SECRET.value))
    assert fields.secret_box.isVisible() and not fields.public_box.isVisible()
    fields.title.setText("Hồ sơ\u0007 mật")
    dialog.save()
    qtbot.waitUntil(
        lambda: fields.errors.labels["title"].isVisible() or fields.errors.labels["secret_point"].isVisible(),
        timeout=5000,
    )
    fields.title.setText("Hồ sơ mật\u200b")
    fields.secret_point.setCurrentIndex(1)
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    dialog.files.add_paths([str(bad)])
    with qtbot.waitSignal(dialog.saved, timeout=10_000, raising=False):
        dialog.save()
    # the damaged PDF: one sentence beside the files, nothing saved
    qtbot.waitUntil(lambda: dialog.files.error.isVisible(), timeout=5000)
    assert "hong.pdf" in dialog.files.error.text() and "\n" not in dialog.files.error.text().strip()
    assert desk.catalogue.count() == 0
    dialog.files.list.setCurrentRow(0)
    dialog.files.remove_current()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    (saved,) = desk.catalogue.search(None)
    assert saved.title == "Hồ sơ mật" and saved.access is AccessClass.SECRET and saved.secret_point


def test_a_long_catalogue_loads_page_by_page_as_the_officer_scrolls(qtbot, window, desk):
    desk.catalogue.import_entries(
        [CatalogueEntry(None, f"Văn bản số {i}") for i in range(450)], "can_bo_test"
    )
    page = window.catalogue
    activate(qtbot, window)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.reload()
    assert page.model.total == 450 and page.model.rowCount() == 200
    page.table.setFocus()
    page.table.selectRow(0)
    press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 400, timeout=10_000)
    press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 450, timeout=10_000)


def test_markup_in_a_title_a_file_name_and_an_officer_name_shows_literally(qtbot, page, desk, tmp_path):
    markup = '<img src="x.png"><b>Lê</b> & Văn'
    scan = scan_png(tmp_path / "<b>ban-do<i>.png", ["Sơ đồ"])
    entry = desk.catalogue.add(CatalogueEntry(None, markup), markup, [scan])
    dialog = page.open_entry(entry.id)
    qtbot.waitUntil(lambda: dialog.files.list.count() == 1, timeout=5000)
    assert dialog.fields.title.text() == markup
    assert markup in dialog.audit.text() and dialog.audit.textFormat() == Qt.TextFormat.PlainText
    assert dialog.files.list.item(0).text().startswith("<b>ban-do<i>.png — ")
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert page.model.index(0, 0).data() == markup
