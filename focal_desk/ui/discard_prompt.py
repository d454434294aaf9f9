"""The question asked before typed text is thrown away: its two answers cannot be read the same way
(Qt's standard "Discard" / "Cancel" both read as "throw it away" in Vietnamese: "Bỏ" / "Hủy")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiscardPrompt", text)


def discard_box(parent: QWidget | None, title: str, text: str) -> tuple[QMessageBox, object, object]:
    """The prompt, its "discard" button and its "keep typing" button (the default, and what Esc answers)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(_tr("Discard what was typed"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep typing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard, keep


def ask_discard(parent: QWidget | None, title: str, text: str) -> bool:
    """True when the officer chose to throw away what was typed."""
    box, discard, _keep = discard_box(parent, title, text)
    box.exec()
    return box.clickedButton() is discard
