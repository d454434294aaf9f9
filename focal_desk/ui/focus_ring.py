"""A focus ring that can be seen: the officer works from the keyboard and must see where the typing goes.

Qt's own styles mark the focused field with a 1 px tint that is hard to see on a laptop screen. One app-wide
style sheet, for the widgets that take typing or a choice; buttons keep their native look (and focus frame).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#1a73e8"
FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QAbstractItemView:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
QCheckBox:focus, QRadioButton:focus {{
    background: #d2e3fc;
    border-radius: 3px;
}}
"""


def install_focus_ring(app: QApplication) -> None:
    if FOCUS_STYLE not in app.styleSheet():  # made again after a restore: never twice
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
