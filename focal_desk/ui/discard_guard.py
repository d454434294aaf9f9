"""Esc, Cancel and the window's close button ask before typed text is thrown away — one mechanism for
every dialog. QDialog routes all three through reject() (its closeEvent calls reject()), so guarding
reject() is enough."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from .discard_prompt import ask_discard


def typed_text(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise TypeError(widget)


class DiscardGuard:
    """Mix in before QDialog. Call ``watch_typing`` with the text inputs; what they hold then is "clean"."""

    _watched: dict[QWidget, str]

    def watch_typing(self, *widgets: QWidget) -> None:
        if not hasattr(self, "_watched"):
            self._watched = {}
        for widget in widgets:
            self._watched[widget] = typed_text(widget)

    def mark_clean(self) -> None:
        for widget in getattr(self, "_watched", {}):
            self._watched[widget] = typed_text(widget)

    def has_typed_input(self) -> bool:
        return any(typed_text(w).strip() != before.strip() for w, before in getattr(self, "_watched", {}).items())

    def closing_blocked(self) -> bool:
        """True while a write runs: its result must reach the dialog, so it cannot close yet."""
        return False

    def should_ask(self) -> bool:
        return self.has_typed_input()

    def confirm_discard(self) -> bool:
        return ask_discard(self,  # type: ignore[arg-type]
                           QCoreApplication.translate("DiscardGuard", "Discard what you typed?"),
                           QCoreApplication.translate(
                               "DiscardGuard", "What you typed has not been saved. Close this window and discard it?"))

    def reject(self) -> None:
        if self.closing_blocked():
            return
        if self.should_ask() and not self.confirm_discard():
            return
        super().reject()  # type: ignore[misc]
