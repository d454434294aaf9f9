"""Switch officer (Ctrl+Shift+O): who is at the desk. Every change from then on is recorded under that name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from .discard_guard import DiscardGuard
from .field_errors import ErrorLabel


class OfficerDialog(DiscardGuard, QDialog):
    switched = Signal(str)  # the name now signing every action

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors_router = desk, jobs, errors
        self.setWindowTitle(self.tr("Switch officer"))
        self.name = QComboBox()  # editable: type a new name, or pick one used before on this register
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(desk.officer.recent())
        self.name.setCurrentText(desk.officer.name)
        self.name.lineEdit().setPlaceholderText(self.tr("e.g. Nguyễn Thị Hoa"))
        self.name.lineEdit().selectAll()  # typing replaces the current name
        self.name.setMinimumWidth(360)
        label = QLabel(self.tr("&Name of the officer at the desk:"))
        label.setBuddy(self.name)
        note = QLabel(self.tr("Every change made from now on is recorded in the history under this name."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Switch"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.name.setFocus()
        self._running = False
        self.watch_typing(self.name)

    def closing_blocked(self) -> bool:
        return self._running

    def submit(self) -> None:
        if self._running:
            return
        name, officer = self.name.currentText(), self.desk.officer
        self._set_running(True)
        self.jobs.submit(lambda: officer.switch(name), on_success=self._switched, on_error=self._failed,
                         lane="db-write")

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.buttons.setEnabled(not running)

    def _switched(self, name: str) -> None:
        self._set_running(False)
        self.switched.emit(name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ValidationError):
            self.error.set_message("\n".join(exc.errors.values()))
            self.name.setFocus()
        else:
            self.errors_router.handle(exc, self, retry=self.submit)
