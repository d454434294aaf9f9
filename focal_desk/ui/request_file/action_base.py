"""A small confirmation dialog for one action: it says what will happen, asks for what the law needs,
runs the write as a job and shows the service's field errors beside the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import today
from ...domain.errors import EnvironmentProblem, ValidationError
from ...domain.request import Request
from ..field_errors import ErrorLabel, clear_on_edit
from ..screen_fit import grow_height
from .lifetime import while_alive


def error_label() -> QLabel:
    return ErrorLabel()


def multiline(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(72)
    return edit


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    raise TypeError(widget)


class ActionDialog(QDialog):
    """Subclasses fill ``build`` (inputs) and ``call`` (the service write, returning the new Request)."""

    committed = Signal(object)  # the updated Request, after the write committed

    def __init__(self, desk, jobs, errors, request: Request, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.request = desk, jobs, errors, request
        self.today = today(desk.clock)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setMinimumWidth(560)
        layout.addWidget(self.intro)
        self.warning = error_label()
        layout.addWidget(self.warning)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.general_error = error_label()
        layout.addWidget(self.general_error)
        self._error_labels: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(self.confirm_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter inside a multi-line box makes a new line; Ctrl+Enter confirms from anywhere.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.submit)
        self.build()
        self.update_intro()

    # --- for subclasses ---------------------------------------------------------------------------------
    def confirm_text(self) -> str:
        return self.tr("Confirm")

    def build(self) -> None:
        raise NotImplementedError

    def update_intro(self) -> None:
        """Set ``self.intro`` to what will happen, from the current inputs."""

    def call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def check(self) -> dict[str, str]:
        """Checks only the dialog can make (e.g. a choice that needs a reason); field -> message."""
        return {}

    # --- helpers ----------------------------------------------------------------------------------------
    def add_field(self, label: str, widget: QWidget, *names: str) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        err = error_label()
        col.addWidget(err)
        for name in names:
            self._error_labels[name] = err
        clear_on_edit(widget, err)
        self.form.addRow(label, box)
        caption = self.form.labelForField(box)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
        return widget

    def date_field(self, label: str, name: str = "on", default: date | None = None) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        received = self.request.received_at.date()
        edit.setMinimumDate(QDate(received.year, received.month, received.day))
        edit.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        day = default or self.today
        edit.setDate(QDate(day.year, day.month, day.day))
        return self.add_field(label, edit, name)  # type: ignore[return-value]

    @staticmethod
    def day_of(edit: QDateEdit) -> date:
        return edit.date().toPython()

    # --- running ----------------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for name, message in errors.items():
            label = self._error_labels.get(name)
            if label is None:
                unplaced.append(message)
            else:
                label.setText(message)
                label.show()
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        self._fit_height()

    def _fit_height(self) -> None:
        # Wrapped labels make the layout height-for-width, and Qt then does not grow a shown window by
        # itself: without this the fixed-height boxes are squeezed and a message is drawn over its field.
        layout = self.layout()
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        grow_height(self, needed)  # never past the screen's bottom

    def clear_errors(self) -> None:
        for label in (*self._error_labels.values(), self.general_error):
            label.clear()
            label.hide()

    def submit(self) -> None:
        if not self.confirm.isEnabled():
            return
        self.clear_errors()
        problems = self.check()
        if problems:
            self.show_errors(problems)
            return
        fn = self.call()
        self.confirm.setEnabled(False)
        self.jobs.submit(fn, on_success=while_alive(self, self._succeeded), on_error=while_alive(self, self._failed),
                         lane="db-write")

    def reject(self) -> None:
        if not self.confirm.isEnabled():  # a write is on its way; it cannot be called back
            return
        super().reject()

    def _succeeded(self, request: Request) -> None:
        self.confirm.setEnabled(True)
        self.committed.emit(request)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        retry = self.submit if isinstance(exc, EnvironmentProblem) else None
        self.errors.handle(exc, self, retry=retry)
