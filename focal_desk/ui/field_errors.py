"""Red messages shown beside the fields they are about, keyed by the domain's field names."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """Hidden while empty, so a valid form stays compact."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def set_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def edited_signal(editor: QWidget) -> SignalInstance | None:
    """The signal an editor emits when the officer changes its value (None for a widget that edits nothing)."""
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.textChanged
    if isinstance(editor, QLineEdit):
        return editor.textChanged
    if isinstance(editor, QDateTimeEdit):
        return editor.dateTimeChanged
    if isinstance(editor, QAbstractSpinBox):
        return getattr(editor, "valueChanged", None)
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QAbstractButton):
        return editor.toggled
    return None


def clear_on_edit(editor: QWidget, label: QLabel) -> None:
    """An error is about the value it was given: once the field changes, the old message no longer holds."""
    signal = edited_signal(editor)
    if signal is not None:
        signal.connect(lambda *_: (label.clear(), label.hide()))


class FieldErrors:
    """Field name -> the label beside that field, and the widget that edits it (to focus it)."""

    def __init__(self) -> None:
        self.labels: dict[str, ErrorLabel] = {}
        self.editors: dict[str, QWidget] = {}

    def wrap(self, name: str, editor: QWidget, shown: QWidget | None = None) -> QWidget:
        """A box holding ``shown`` (default: the editor) with the field's error label under it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(shown or editor)
        label = ErrorLabel(box)
        layout.addWidget(label)
        self.labels[name] = label
        self.editors[name] = editor
        return box

    def owns(self, name: str) -> bool:
        return name in self.labels

    def show(self, errors: dict[str, str], names: set[str] | None = None) -> None:
        """Show ``errors`` for the given field names (all when None); clear the others of those names."""
        for name, label in self.labels.items():
            if names is None or name in names:
                label.set_message(errors.get(name, ""))
