"""Item 14 in the window: the officer's name in the status bar; Ctrl+Shift+O switches it (recent names
offered); the next action is signed with the new name; an office without a named officer is asked once."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.officer_dialog import OfficerDialog

HOA = "Nguyễn Thị Hoa"


def open_window(qtbot, desk, jobs, errors, ask: bool = False) -> MainWindow:
    """The window on screen, its to-do list loaded too (no job left to answer a closed window)."""
    w = MainWindow(desk, jobs, errors)
    qtbot.addWidget(w)
    if ask:
        w.ask_officer_once_shown()
    with qtbot.waitSignals([w.ready, w.todo.overdueChanged], timeout=10_000):
        w.show()
    return w


def a_request() -> RequestDraft:
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
        channel=Channel.POSTAL, received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất", purpose="Tìm hiểu",
    )


def test_ctrl_shift_o_switches_the_officer_and_the_next_action_carries_the_name(qtbot, desk, jobs, errors):
    window = open_window(qtbot, desk, jobs, errors)
    assert window.officer_label.text() == "Officer: can_bo_test"
    assert window.officer_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+O"))
    qtbot.waitUntil(lambda: window.findChild(OfficerDialog) is not None, timeout=5000)
    dialog = window.findChild(OfficerDialog)
    assert dialog.name.currentText() == "can_bo_test"
    dialog.name.setCurrentText(HOA)
    with qtbot.waitSignal(dialog.switched, timeout=10_000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter switches
    assert window.officer_label.text() == f"Officer: {HOA}"
    assert desk.officer.name == HOA and desk.officer.recent() == [HOA]
    r = desk.requests.register(a_request())
    assert desk.requests.history(r.id)[0].actor == f"{HOA} (máy: {desk.officer.login})"
    assert errors.seen == []


def test_a_bad_name_is_shown_beside_the_field_and_nothing_switches(qtbot, desk, jobs, errors, answer_prompt):
    window = open_window(qtbot, desk, jobs, errors)
    dialog = window.switch_officer()
    dialog.name.setCurrentText("  \u200b ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=10_000)
    assert dialog.error.text() == "Chưa nhập tên cán bộ" and dialog.isVisible()
    assert desk.officer.name == "can_bo_test" and window.officer_label.text() == "Officer: can_bo_test"
    seen = answer_prompt("Discard what was typed")  # a name was typed: closing asks first
    dialog.reject()
    assert len(seen) == 1 and not dialog.isVisible()


def test_names_used_before_are_offered(qtbot, desk, jobs, errors):
    for name in ("Trần Văn Bình", HOA):
        desk.officer.switch(name)
    dialog = OfficerDialog(desk, jobs, errors)
    qtbot.addWidget(dialog)
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == [HOA, "Trần Văn Bình"]
    dialog.name.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.switched, timeout=10_000) as switched:
        dialog.submit()
    assert switched.args == ["Trần Văn Bình"] and dialog.result() == QDialog.DialogCode.Accepted
    assert desk.officer.name == "Trần Văn Bình"


@pytest.fixture
def unnamed_desk(tmp_path, clock):
    """An office set up by `focal-desk demo` (no wizard), with nobody having said who is at the desk."""
    core = open_app(Paths(tmp_path / "unnamed"), clock=clock)
    desk = core.desk()
    desk.seed_demo(5, 1, lambda done, total: None, lambda: False)
    yield desk
    core.close()


def test_nobody_named_is_asked_once_the_register_shows(qtbot, unnamed_desk, jobs, errors):
    window = open_window(qtbot, unnamed_desk, jobs, errors, ask=True)
    assert window.officer_label.text() == "Officer: not set (Ctrl+Shift+O)"
    qtbot.waitUntil(lambda: window.findChild(OfficerDialog) is not None, timeout=5000)
    dialog = window.findChild(OfficerDialog)
    dialog.name.setCurrentText(HOA)
    with qtbot.waitSignal(dialog.switched, timeout=10_000):
        dialog.submit()
    assert window.officer_label.text() == f"Officer: {HOA}"
    with sqlite3.connect(unnamed_desk.data_location) as con:
        assert con.execute("SELECT value FROM settings WHERE key = 'officer.name'").fetchone() == (HOA,)


def test_a_named_officer_is_not_asked(qtbot, desk, jobs, errors):
    window = open_window(qtbot, desk, jobs, errors, ask=True)
    assert window.findChild(OfficerDialog) is None
