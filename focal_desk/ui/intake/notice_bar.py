"""A slim, non-blocking message bar with an optional action (known requester, repeat request)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

STYLES = {
    "info": "QFrame#noticeBar { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px; }",
    "warning": "QFrame#noticeBar { background: #fff4e5; border: 1px solid #f0a030; border-radius: 4px; }",
}


class NoticeBar(QFrame):
    actionTriggered = Signal()

    def __init__(self, kind: str = "info", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(STYLES[kind])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a requester's name: never markup
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.setAutoDefault(False)
        self.action.clicked.connect(self.actionTriggered)
        layout.addWidget(self.action)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, action_text: str = "") -> None:
        self.label.setText(text)
        self.action.setText(action_text)
        self.action.setVisible(bool(action_text))
        self.show()
