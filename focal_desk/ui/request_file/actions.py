"""The row of action buttons: one per action the request's current state allows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ...domain.enums import Complexity
from ...domain.request import Request
from ...domain.workflow import Action, allowed_actions
from ..flow_layout import FlowLayout
from . import action_dialogs as d

# Provision, full or partial, is one dialog with a choice; the bar shows one button for both.
DIALOGS: dict[Action, type[d.ActionDialog]] = {
    Action.REQUEST_SUPPLEMENT: d.SupplementDialog,
    Action.MARK_VALID: d.MarkValidDialog,
    Action.SEND_NOTICE: d.SendNoticeDialog,
    Action.EXTEND: d.ExtendDialog,
    Action.PROVIDE: d.ProvideDialog,
    Action.REFUSE: d.RefuseDialog,
    Action.TRANSFER: d.TransferDialog,
    Action.WITHDRAW: d.WithdrawDialog,
    Action.OPEN_CORRECTION: d.OpenCorrectionDialog,
    Action.CLOSE_CORRECTION: d.CloseCorrectionDialog,
}


def button_text(action: Action) -> str:
    return {
        Action.REQUEST_SUPPLEMENT: QCoreApplication.translate("ActionBar", "Ask for &supplement…"),
        Action.MARK_VALID: QCoreApplication.translate("ActionBar", "Confirm &valid…"),
        Action.SEND_NOTICE: QCoreApplication.translate("ActionBar", "&Notice sent…"),
        Action.EXTEND: QCoreApplication.translate("ActionBar", "E&xtend…"),
        Action.PROVIDE: QCoreApplication.translate("ActionBar", "&Provide…"),
        Action.REFUSE: QCoreApplication.translate("ActionBar", "Re&fuse…"),
        Action.TRANSFER: QCoreApplication.translate("ActionBar", "Send to &agency…"),
        Action.WITHDRAW: QCoreApplication.translate("ActionBar", "&Withdraw…"),
        Action.OPEN_CORRECTION: QCoreApplication.translate("ActionBar", "Open &correction…"),
        Action.CLOSE_CORRECTION: QCoreApplication.translate("ActionBar", "C&lose correction…"),
    }[action]


def enabled_actions(r: Request) -> set[Action]:
    """What the state machine allows, less what the request's own facts rule out."""
    allowed = set(allowed_actions(r.status))
    if Action.PROVIDE_PARTIAL in allowed:
        allowed.add(Action.PROVIDE)
    if r.deadlines.notice_due is None or r.notice_sent_on is not None:
        allowed.discard(Action.SEND_NOTICE)
    if r.complexity is not Complexity.COMPLEX or r.deadlines.extended_due is not None:
        allowed.discard(Action.EXTEND)
    return allowed & set(DIALOGS)


class ActionBar(QWidget):
    triggered = Signal(object)  # the Action whose button was pressed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = FlowLayout(self)  # wraps on a narrow window: every button stays in view
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Action, QPushButton] = {}
        for action in DIALOGS:
            button = QPushButton(button_text(action))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=action: self.triggered.emit(a))
            row.addWidget(button)
            self.buttons[action] = button
        self.set_request(None)

    def set_request(self, r: Request | None) -> None:
        enabled = enabled_actions(r) if r is not None else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in enabled)
            button.setVisible(action in enabled)
