"""A field's error in an action dialog sits under its field (never over it) and goes away once it is edited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from focal_desk.domain.enums import Complexity
from focal_desk.domain.workflow import Action
from focal_desk.ui.request_file import action_dialogs as d


def rect_in(widget, dialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def test_extend_reason_error_is_below_the_box_and_clears_on_typing(qtbot, desk, make_request, open_file,
                                                                  answer_prompt):
    r = make_request(valid_on=date(2026, 2, 26), complexity=Complexity.COMPLEX, reason="Nhiều hồ sơ")
    file = open_file(r.id)
    file.actions.buttons[Action.EXTEND].click()
    dlg = file.action_dialog
    assert isinstance(dlg, d.ExtendDialog)
    label = dlg._error_labels["extension_reason"]
    dlg.confirm.click()  # no reason: the service refuses with a field error
    qtbot.waitUntil(lambda: label.isVisibleTo(dlg), timeout=5000)
    qtbot.waitUntil(lambda: dlg.confirm.isEnabled(), timeout=5000)
    QApplication.processEvents()  # let the layout settle, as it does on screen
    assert label.text()
    box, message = rect_in(dlg.reason, dlg), rect_in(label, dlg)
    assert not box.intersects(message), (box, message)
    assert message.top() >= box.bottom()
    dlg.reason.setPlainText("Hồ sơ lưu tại kho huyện")
    assert not label.isVisibleTo(dlg)
    answer_prompt("Discard what was typed")  # the reason typed is thrown away on purpose
    dlg.reject()
