""""Shown first when something is overdue": the main window opens on the to-do page, once."""

from __future__ import annotations

from focal_desk.ui.main_window import REGISTER, TODO, MainWindow


def open_window(desk, jobs, errors, qtbot) -> MainWindow:
    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=10_000):
        window.show()
    return window


def test_opens_on_the_todo_page_when_something_is_overdue(desk, overdue_request, jobs, errors, qtbot):
    window = open_window(desk, jobs, errors, qtbot)
    assert window.nav.currentRow() == TODO
    window.nav.setCurrentRow(REGISTER)
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=10_000):
        window.todo.reload()
    assert window.nav.currentRow() == REGISTER  # only the first report decides


def test_stays_on_the_register_when_nothing_is_overdue(desk, jobs, errors, qtbot):
    window = open_window(desk, jobs, errors, qtbot)
    assert window.nav.currentRow() == REGISTER
