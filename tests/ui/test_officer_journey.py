"""The issue's "done when", through the main window on real services: log a walk-in request, see its
deadline and why, take it to provision, and find it again by typing the name without accents."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from focal_desk.domain.enums import Status
from focal_desk.domain.workflow import Action
from focal_desk.ui.intake.dialog import IntakeDialog
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.request_file import action_dialogs as d


@pytest.fixture
def window(qtbot, seeded_desk, jobs, errors, monkeypatch):
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)
    w = MainWindow(seeded_desk, jobs, errors)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000) as ready:
        w.show()
    assert ready.args == [300]
    return w


def test_walk_in_to_provision_and_found_again_without_accents(qtbot, window, seeded_desk, errors):
    # Ctrl+N opens the intake form; the officer types a walk-in request in Vietnamese.
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    qtbot.waitUntil(lambda: window.findChild(IntakeDialog) is not None, timeout=5000)
    form = window.findChild(IntakeDialog)
    q, r = form.requester, form.request
    q.id_number.setText("001203004567")
    q.full_name.setText("Đặng Thị Ngọc Ánh")
    q.address.setText("Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ")
    r.info_requested.setPlainText("Quyết định giao đất ở số 12/QĐ-UBND")
    r.purpose.setPlainText("Tìm hiểu quyền lợi của gia đình")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(q.address, Qt.Key.Key_Return)  # Enter in a one-line field saves
    request_id = saved.args[0]

    # The new request is selected in the register, with today's date as its deadline (walk-in, simple).
    qtbot.waitUntil(lambda: window.register.selected_request_id() == request_id, timeout=10_000)
    stored = seeded_desk.requests.get(request_id)
    assert stored.status is Status.VALID and stored.deadlines.provide_due == date(2026, 3, 2)

    # Enter opens its file; the deadline is explained; the officer records the provision.
    qtbot.keyClick(window.register.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: request_id in window._open_files, timeout=5000)
    file = window._open_files[request_id]
    qtbot.waitUntil(lambda: file.request is not None, timeout=5000)
    file.explain_button.click()
    explained = file.explain_dialog.plain_text()
    assert "Luật Tiếp cận thông tin 104/2016/QH13" in explained and "Điều 29" in explained
    file.explain_dialog.close()
    file.actions.buttons[Action.PROVIDE].click()
    provide = file.action_dialog
    assert isinstance(provide, d.ProvideDialog)
    provide.method.setText("Cung cấp bản sao tại trụ sở")
    with qtbot.waitSignal(file.changed, timeout=5000):
        provide.confirm.click()
    qtbot.waitUntil(lambda: seeded_desk.requests.get(request_id).status is Status.PROVIDED, timeout=5000)
    qtbot.waitUntil(lambda: window.register.model.summary_at(0) is not None, timeout=5000)

    # Typed without accents (and đ as d), the name finds the request in the register.
    window.register.filter_bar.search.setText("dang thi ngoc anh")
    qtbot.waitUntil(lambda: window.register.model.ids() == [request_id], timeout=10_000)
    qtbot.waitUntil(lambda: window.register.model.summary_at(0) is not None, timeout=5000)
    assert window.register.model.summary_at(0).status is Status.PROVIDED
    assert not errors.seen
