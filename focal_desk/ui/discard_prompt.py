"""The question asked before typed text is thrown away: its two answers cannot be read the same way
(Qt's standard "Discard" / "Cancel" both read as "throw it away" in Vietnamese: "Bỏ" / "Hủy")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def choice_box(parent: QWidget | None, title: str, text: str, leave: str, stay: str) -> tuple[QMessageBox, object, object]:
    """A question whose two buttons say what they do; "stay" is the default and what Esc answers."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    leave_button = box.addButton(leave, QMessageBox.ButtonRole.DestructiveRole)
    stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    return box, leave_button, stay_button


def discard_box(parent: QWidget | None, title: str, text: str) -> tuple[QMessageBox, object, object]:
    """The prompt, its "discard" button and its "keep typing" button (the default, and what Esc answers)."""
    # translate() with literal texts: lupdate collects only those
    return choice_box(parent, title, text, QCoreApplication.translate("DiscardPrompt", "Discard what was typed"),
                      QCoreApplication.translate("DiscardPrompt", "Keep typing"))


def ask_discard(parent: QWidget | None, title: str, text: str) -> bool:
    """True when the officer chose to throw away what was typed."""
    box, discard, _keep = discard_box(parent, title, text)
    box.exec()
    return box.clickedButton() is discard
