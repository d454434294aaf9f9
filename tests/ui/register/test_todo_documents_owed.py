"""The to-do page lists the papers the workflow still asks for (a refusal without its Mẫu 05), with the
service's note; the row opens the request file by Enter or double click; issuing the paper clears it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from register_helpers import add_request

from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Complexity
from focal_desk.domain.refusal import RefusalGround
from focal_desk.ui.todo_view import DOCUMENTS, ID_ROLE, TodoView


def shown(desk, jobs, errors, qtbot) -> TodoView:
    view = TodoView(desk, jobs, errors)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    with qtbot.waitSignal(view.overdueChanged, timeout=10_000):
        view.show()
    return view


def test_a_refusal_without_its_notice_is_listed_and_opens_by_keyboard(desk, jobs, errors, qtbot, qtmodeltester):
    r = add_request(desk, "Hoàng Văn Nam", "001203004570", datetime(2026, 3, 2, 8, 0),
                    valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE)
    desk.requests.refuse(r.id, RefusalGround.B, "Thông tin thuộc bí mật nhà nước", on=date(2026, 3, 2))
    view = shown(desk, jobs, errors, qtbot)
    model = view.model
    section = model.index(DOCUMENTS, 0)
    assert model.rowCount(section) == 1 and section.data().endswith("(1)")
    row = model.index(0, 0, section)
    assert row.data(ID_ROLE) == r.id
    assert "Mẫu 05" in model.index(0, 5, section).data()
    qtmodeltester.check(model)
    view.tree.setFocus()
    view.tree.setCurrentIndex(row)
    with qtbot.waitSignal(view.requestActivated) as opened:
        QTest.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == [r.id]
    rect = view.tree.visualRect(model.index(0, 1, section))
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.requestActivated) as opened:
        QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [r.id]

    desk.documents.issue(r.id, FormCode.REFUSAL)
    with qtbot.waitSignal(view.overdueChanged, timeout=10_000):
        view.reload()
    assert view.model.rowCount(view.model.index(DOCUMENTS, 0)) == 0
