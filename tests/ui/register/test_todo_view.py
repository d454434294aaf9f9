"""The to-do view: sections filled from the real services, overdue count signalled, rows open the file."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from register_helpers import add_request

from focal_desk.domain.enums import Channel, Complexity
from focal_desk.ui.todo_view import ID_ROLE, NOTICES, OVERDUE, SOON, SUPPLEMENTS, TODAY, TodoView


def open_todo(desk, jobs, errors, qtbot) -> tuple[TodoView, int]:
    view = TodoView(desk, jobs, errors)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    with qtbot.waitSignal(view.overdueChanged, timeout=10_000) as blocker:
        view.show()
    return view, blocker.args[0]


def section_ids(view: TodoView, section: int) -> list[int]:
    model = view.model
    parent = model.index(section, 0)
    return [model.index(r, 0, parent).data(ID_ROLE) for r in range(model.rowCount(parent))]


def test_an_overdue_request_is_listed_and_counted(desk, overdue_request, jobs, errors, qtbot, qtmodeltester):
    view, overdue = open_todo(desk, jobs, errors, qtbot)
    assert overdue == 1
    assert section_ids(view, OVERDUE) == [overdue_request.id]
    assert section_ids(view, TODAY) == section_ids(view, SOON) == []
    parent = view.model.index(OVERDUE, 0)
    assert view.model.index(0, 5, parent).data() == "28 day(s) late"  # 02/02 → 02/03/2026
    assert view.model.index(OVERDUE, 0).data().endswith("(1)")
    assert "overdue" in view.summary.text()
    qtmodeltester.check(view.model)


def test_sections_follow_the_deadlines(desk, jobs, errors, qtbot):
    today = add_request(desk, "Hoàng Văn Nam", "001203004570", datetime(2026, 3, 2, 8, 0),
                        valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)  # walk-in simple: due today
    notice = add_request(desk, "Vũ Thị Lan", "001203004571", datetime(2026, 2, 27, 8, 0), channel=Channel.POSTAL,
                         valid_on=date(2026, 2, 27), complexity=Complexity.COMPLEX)
    waiting = add_request(desk, "Đỗ Minh Khoa", "001203004572", datetime(2026, 1, 5, 8, 0))
    desk.requests.request_supplement(waiting.id, "Thiếu bản sao giấy tờ", on=date(2026, 1, 6))
    view, overdue = open_todo(desk, jobs, errors, qtbot)
    assert overdue == 0
    assert today.id in section_ids(view, TODAY)
    assert notice.id in section_ids(view, NOTICES)
    assert section_ids(view, SUPPLEMENTS) == [waiting.id]
    assert "Nothing is overdue" in view.summary.text()


def test_reload_picks_up_a_new_overdue_request(desk, jobs, errors, qtbot):
    view, overdue = open_todo(desk, jobs, errors, qtbot)
    assert overdue == 0 and view.model.rowCount(view.model.index(OVERDUE, 0)) == 0
    late = add_request(desk, "Bùi Thị Hạnh", "001203004573", datetime(2026, 2, 10, 8, 0),
                       valid_on=date(2026, 2, 10), complexity=Complexity.SIMPLE)
    with qtbot.waitSignal(view.overdueChanged, timeout=10_000) as blocker:
        view.reload()
    assert blocker.args == [1] and section_ids(view, OVERDUE) == [late.id]


def test_enter_and_double_click_open_the_request_file(desk, overdue_request, jobs, errors, qtbot):
    view, _ = open_todo(desk, jobs, errors, qtbot)
    tree = view.tree
    row = view.model.index(0, 0, view.model.index(OVERDUE, 0))
    tree.setFocus()
    tree.setCurrentIndex(row)
    with qtbot.waitSignal(view.requestActivated) as blocker:
        QTest.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [overdue_request.id]
    rect = tree.visualRect(view.model.index(0, 1, view.model.index(OVERDUE, 0)))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.requestActivated) as blocker:
        QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [overdue_request.id]
    section_rect = tree.visualRect(view.model.index(OVERDUE, 0))
    with qtbot.assertNotEmitted(view.requestActivated):
        QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=section_rect.center())
