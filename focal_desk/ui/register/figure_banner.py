"""The bar above the register while it lists the requests behind a statistic: what it shows, and a way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

STYLE = "background: #e3efff; color: #0b3a75; border: 1px solid #8fb4e8; padding: 3px 6px;"


class FigureBanner(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Remove this fi&lter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.setStyleSheet(f"FigureBanner {{ {STYLE} }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(self.tr("Filtered by: %1").replace("%1", text) if text else "")
        self.setVisible(bool(text))
