"""Add a day off or a working day with its source document; the change runs as a job and recomputes deadlines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import DayKind
from ...domain.errors import ValidationError
from ..discard_guard import DiscardGuard
from ..field_errors import ErrorLabel


class AddDayDialog(DiscardGuard, QDialog):
    changed = Signal(object)  # the RecomputeReport

    def __init__(self, desk, jobs, errors, day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors_router = desk, jobs, errors
        self.setWindowTitle(self.tr("Add a day to the calendar"))
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.off = QRadioButton(self.tr("Day &off (a weekday not worked)"))
        self.work = QRadioButton(self.tr("&Working day (e.g. a make-up Saturday)"))
        self.off.setChecked(day.weekday() < 5)
        self.work.setChecked(day.weekday() >= 5)
        group = QButtonGroup(self)
        group.addButton(self.off)
        group.addButton(self.work)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Nghỉ bù Giỗ Tổ Hùng Vương"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. Công văn 12729/VPCP-KGVX ngày 25/12/2025"))
        for w in (self.day, self.reason, self.source):
            w.setMinimumWidth(420)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        kinds = QVBoxLayout()
        kinds.addWidget(self.off)
        kinds.addWidget(self.work)
        for field, text, widget in (
            ("day", self.tr("&Date:"), self.day),
            ("kind", self.tr("Kind:"), kinds),
            ("reason", self.tr("&Reason:"), self.reason),
            ("source", self.tr("So&urce document:"), self.source),
        ):
            error = ErrorLabel()
            error.setObjectName(f"{field}_error")
            self.errors[field] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if isinstance(widget, QWidget):
                cell.addWidget(widget)
            else:
                cell.addLayout(widget)
            cell.addWidget(error)
            label = QLabel(text)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            form.addRow(label, cell)
        note = QLabel(self.tr("Open requests' deadlines are recomputed on the new calendar."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.reason.setFocus()
        self._running = False
        self.watch_typing(self.reason, self.source)

    def kind(self) -> DayKind:
        return DayKind.WORK if self.work.isChecked() else DayKind.OFF

    def save(self) -> None:
        if self._running:
            return
        q = self.day.date()
        day, kind = date(q.year(), q.month(), q.day()), self.kind()
        reason, source = self.reason.text().strip(), self.source.text().strip()
        calendar = self.desk.calendar
        self._set_running(True)
        self.jobs.submit(lambda: calendar.add_day(day, kind, reason, source), on_success=self._saved,
                         on_error=self._failed, lane="db-write")

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.busy.setVisible(running)
        self.buttons.setEnabled(not running)

    def _saved(self, report) -> None:
        self._set_running(False)
        self.changed.emit(report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            self.errors_router.handle(exc, self, retry=self.save)

    def show_errors(self, errors: dict[str, str]) -> None:
        extra = [text for field, text in errors.items() if field not in self.errors]
        if extra:  # a message for a field this dialog has no place for: show it under the date
            errors = {**errors, "day": "\n".join([*filter(None, [errors.get("day", "")]), *extra])}
        for field, label in self.errors.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
        for field in ("day", "reason", "source"):
            if field in errors:
                getattr(self, field).setFocus()
                break

    def closing_blocked(self) -> bool:
        return self._running  # closing mid-job would lose the report of moved deadlines
