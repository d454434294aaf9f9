"""A small confirmation dialog for one action: it says what will happen, asks for what the law needs,
runs the write as a job and shows the service's field errors beside the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import today
from ...domain.errors import EnvironmentProblem, ValidationError
from ...domain.request import Request
from ..discard_guard import DiscardGuard
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


class ActionDialog(DiscardGuard, QDialog):
    """Subclasses fill ``build`` (inputs) and ``call`` (the service write, returning the new Request).

    Keys: focus starts in the first field; Enter in a one-line field confirms (the confirm button is the
    default), Ctrl+Enter confirms from anywhere, also from a multi-line box where Enter makes a new line;
    Esc, Cancel and the close button ask before discarding typed text (DiscardGuard)."""

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
        self._inputs: list[QWidget] = []  # the field widgets, in form order: focus and Tab follow it
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(self.confirm_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setDefault(True)
        self.cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter inside a multi-line box makes a new line, so the way to confirm from there is said beside the buttons.
        self.key_hint = QLabel(self.tr("Ctrl+Enter to confirm"))
        self.key_hint.setStyleSheet("color: #555;")
        self.key_hint.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.key_hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.submit)
        self.build()
        self.update_intro()
        self._order_keys()
        self.mark_clean()  # what the dialog filled in itself is not "typed"

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

    # --- keys -------------------------------------------------------------------------------------------
    def _focusable(self) -> list[QWidget]:
        found: list[QWidget] = []
        for widget in self._inputs:
            parts = [widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else [
                w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            found.extend(parts)
        return found

    def _order_keys(self) -> None:
        chain = [*self._focusable(), self.confirm, self.cancel]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.key_hint.setVisible(any(isinstance(w, QPlainTextEdit) for w in self._inputs))
        self.focus_first_field()

    def focus_first_field(self) -> None:
        for widget in self._focusable():
            if widget.isEnabled() and not isinstance(widget, QRadioButton):  # a choice already has its answer
                widget.setFocus()
                return

    # --- helpers ----------------------------------------------------------------------------------------
    def add_field(self, label: str, widget: QWidget, *names: str) -> QWidget:
        self._inputs.append(widget)
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            self.watch_typing(widget)
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

    def closing_blocked(self) -> bool:
        return not self.confirm.isEnabled()  # a write is on its way; it cannot be called back

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
