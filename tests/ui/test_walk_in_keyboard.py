"""The issue's "done when", from the keyboard only: an officer on the main window presses Ctrl+N, types a
walk-in request and reaches a provided request without the mouse, in one step ("Provide now") and the long way
(save, Enter on the new row, the request file's Provide action)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from focal_desk.domain.enums import Status
from focal_desk.ui.intake.dialog import IntakeDialog
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.request_file import action_dialogs as d

sys.path.insert(0, str(Path(__file__).parent / "intake"))
from keyboard import press, tab, type_text  # noqa: E402

NAME, CCCD = "Đặng Thị Ngọc Ánh", "001203004567"


@pytest.fixture
def window(qtbot, desk, jobs, errors, monkeypatch):
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)
    w = MainWindow(desk, jobs, errors)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def focused():
    return QApplication.focusWidget()


def type_walk_in(qtbot, window) -> IntakeDialog:
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), IntakeDialog), timeout=5000)
    form = QApplication.activeWindow()
    qtbot.waitUntil(lambda: focused() is form.requester.full_name, timeout=5000)
    type_text(NAME)
    tab()
    assert focused() is form.requester.id_number
    QTest.keyClicks(focused(), CCCD)
    tab(2)  # the ID type (a CCCD already), then the address
    assert focused() is form.requester.address
    type_text("Thôn Đông, xã Đạo Trù")
    tab(4)  # phone, fax, email: left empty
    assert focused() is form.request.info_requested
    type_text("Quyết định giao đất ở số 12/QĐ-UBND")
    tab()
    type_text("Tìm hiểu quyền lợi của gia đình")
    return form


def answer_offer(qtbot, window, key: Qt.Key, question: str) -> None:
    """The question after a walk-in intake ("print its paper?") comes up at once: Enter = yes, Esc = not now."""
    qtbot.waitUntil(lambda: window.document_offer is not None and window.document_offer.isVisible()
                    and QApplication.activeWindow() is window.document_offer, timeout=10_000)
    assert window.document_offer.text() == question
    press(key)


def wait_new_row_focused(qtbot, window, request_id: int) -> None:
    table = window.register.table
    qtbot.waitUntil(lambda: window.register.selected_request_id() == request_id and focused() is table,
                    timeout=10_000)


def settled(qtbot, jobs) -> None:
    """The register and to-do reloads are done before the window goes (they would land on deleted models)."""
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)


def test_provide_now_registers_and_provides_in_one_step(qtbot, window, desk, jobs, errors):
    form = type_walk_in(qtbot, window)
    press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "Provide no&w" (a mnemonic clicks as if animated)
    qtbot.waitUntil(form.request.provide_now.isChecked, timeout=5000)
    assert focused() is form.request.provide_now
    assert form.request.provided_how.isEnabled() and form.request.provided_how.text()  # the form, prefilled
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_Return)  # Enter: "Save and provide"
    request_id = saved.args[0]
    stored = desk.requests.get(request_id)
    assert stored.status is Status.PROVIDED and stored.requester.full_name == NAME
    assert [e.action for e in desk.requests.history(request_id)] == ["register", "mark_valid", "provide"]
    answer_offer(qtbot, window, Qt.Key.Key_Escape, "Print the covering letter that provides the information?")
    wait_new_row_focused(qtbot, window, request_id)

    press(Qt.Key.Key_Return)  # the new row has the focus: Enter opens it; its timeline shows the three steps
    qtbot.waitUntil(lambda: request_id in window._open_files, timeout=5000)
    file = window._open_files[request_id]
    qtbot.waitUntil(lambda: file.timeline.rowCount() == 3, timeout=5000)
    assert [file.timeline.event_at(i).action for i in range(3)] == ["register", "mark_valid", "provide"]
    settled(qtbot, jobs)
    assert not errors.seen


def test_save_then_enter_on_the_new_row_then_provide_from_the_request_file(qtbot, window, desk, jobs, errors):
    form = type_walk_in(qtbot, window)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    request_id = saved.args[0]
    assert desk.requests.get(request_id).status is Status.VALID
    answer_offer(qtbot, window, Qt.Key.Key_Escape, "Print the receipt (Mẫu 02)?")  # not now
    wait_new_row_focused(qtbot, window, request_id)

    press(Qt.Key.Key_Return)  # opens the request file
    qtbot.waitUntil(lambda: request_id in window._open_files, timeout=5000)
    file = window._open_files[request_id]
    qtbot.waitUntil(lambda: file.request is not None and QApplication.activeWindow() is file, timeout=5000)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "&Provide…"
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), d.ProvideDialog), timeout=5000)
    with qtbot.waitSignal(file.changed, timeout=5000):
        press(Qt.Key.Key_Return)  # the form of provision is filled in; Enter records it
    assert desk.requests.get(request_id).status is Status.PROVIDED
    settled(qtbot, jobs)
    assert not errors.seen


def test_enter_on_the_offer_opens_the_receipt_ready_to_issue(qtbot, window, desk, jobs, errors):
    from focal_desk.domain.documents import FormCode
    from focal_desk.ui.documents.issue_dialog import IssueDocumentDialog

    form = type_walk_in(qtbot, window)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    request_id = saved.args[0]
    answer_offer(qtbot, window, Qt.Key.Key_Return, "Print the receipt (Mẫu 02)?")
    qtbot.waitUntil(lambda: request_id in window._open_files, timeout=5000)
    panel = window._open_files[request_id].documents
    qtbot.waitUntil(lambda: isinstance(panel.dialog, IssueDocumentDialog)
                    and QApplication.activeWindow() is panel.dialog, timeout=10_000)
    receipt = panel.dialog
    assert receipt.info.form is FormCode.RECEIPT
    qtbot.waitUntil(lambda: receipt.issue_button.isDefault(), timeout=15_000)  # nothing to type: previewed
    press(Qt.Key.Key_Return)  # Enter issues it
    qtbot.waitUntil(lambda: receipt.document is not None, timeout=15_000)
    assert receipt.document.form is FormCode.RECEIPT and receipt.document.number_text
    assert not desk.documents.choices(request_id).offer_receipt  # asked once, never again
    settled(qtbot, jobs)
    assert not errors.seen
