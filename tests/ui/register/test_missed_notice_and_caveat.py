"""Issue 6 items 11 and 13 on the register, the to-do page and the status bar: a notice of the time limit
not sent by its date is overdue; the amended-law caveat shows once above the register."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from register_helpers import add_request, open_register

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.register.model import URGENCY_ROLE, Column
from focal_desk.ui.todo_view import ID_ROLE, NOTICES, OVERDUE


def missed_notice(desk):
    """Postal, complex, valid Mon 23/02/2026: the notice was due Thu 26/02; on Mon 02/03 it was not sent,
    while the answer is not due before 16/03."""
    r = add_request(desk, "Phạm Thị Thu", "001203004580", datetime(2026, 2, 23, 8, 0), channel=Channel.POSTAL,
                    valid_on=date(2026, 2, 23), complexity=Complexity.COMPLEX)
    assert r.deadlines.notice_due == date(2026, 2, 26) and r.deadlines.provide_due > date(2026, 3, 9)
    return r


def section_ids(view, section: int) -> list[int]:
    parent = view.model.index(section, 0)
    return [view.model.index(r, 0, parent).data(ID_ROLE) for r in range(view.model.rowCount(parent))]


def test_a_missed_notice_is_a_red_row_and_is_kept_by_the_overdue_filter(desk, jobs, errors, qtbot):
    late = missed_notice(desk)
    fine = add_request(desk, "Lê Văn Hải", "001203004581", datetime(2026, 3, 2, 8, 0), channel=Channel.POSTAL,
                       valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX)  # notice due 05/03: not yet
    view = open_register(desk, jobs, errors, qtbot)
    model = view.model
    row = model.row_of(late.id)
    assert model.data(model.index(row, 0), URGENCY_ROLE) == "overdue"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole).color().name() == "#fde8ea"
    assert "Notice of the time limit overdue since 26/02/2026" in model.data(
        model.index(row, Column.DUE), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(model.row_of(fine.id), 0), URGENCY_ROLE) == ""

    with qtbot.waitSignal(view.countChanged, timeout=10_000):
        view.filter_bar.due.setChecked(True)  # "Overdue / due soon"
    qtbot.waitUntil(view.model.ids_complete, timeout=10_000)
    assert view.model.ids() == [late.id]


def test_a_missed_notice_is_overdue_on_the_todo_page_and_in_the_status_bar(desk, jobs, errors, qtbot):
    late = missed_notice(desk)
    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.todo.overdueChanged, timeout=10_000) as blocker:
        window.show()
    assert blocker.args == [1]
    assert window.overdue_label.text() == "1 overdue"
    todo = window.todo
    assert section_ids(todo, OVERDUE) == [late.id]
    assert section_ids(todo, NOTICES) == []  # listed once, where it is most urgent
    note = todo.model.index(0, 5, todo.model.index(OVERDUE, 0)).data()
    assert note == "Notice overdue since 26/02/2026"


def test_the_amended_law_caveat_shows_once_above_the_register(desk, clock, jobs, errors, qtbot):
    add_request(desk, "Ngô Văn Tư", "001203004582", datetime(2026, 3, 2, 8, 0), valid_on=date(2026, 3, 2),
                complexity=Complexity.SIMPLE)
    view = open_register(desk, jobs, errors, qtbot)
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)
    assert not view.caveats.isVisibleTo(view)  # nothing valid under the amended law yet

    clock.set(datetime(2026, 9, 3, 9, 0, tzinfo=VN_TZ))
    for n in range(2):
        add_request(desk, f"Người {n}", f"00120300459{n}", datetime(2026, 9, 2, 8, 0), valid_on=date(2026, 9, 2),
                    complexity=Complexity.SIMPLE)
    with qtbot.waitSignal(view.countChanged, timeout=10_000):
        view.reload()
    qtbot.waitUntil(lambda: view.caveats.isVisibleTo(view), timeout=10_000)
    text = view.caveats.text()
    assert text.count("01/09/2026") == 1 and "sửa đổi" in text  # one line for the register, not per request
