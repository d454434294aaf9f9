"""How and when the request arrived, and whether it is complete and valid already (Đ24, Đ28)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ...domain.clock import VN_TZ
from ...domain.enums import Channel, Complexity
from ...domain.rules import LAW_IN_FORCE
from ..date_edits import DateField, DateTimeField
from ..field_errors import FieldErrors
from ..labels import channel_label, complexity_label


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone(VN_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """Vietnam wall-clock time as typed, whatever the PC's own time zone."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=VN_TZ)


class ReceiptSection(QGroupBox):
    def __init__(self, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Receipt"))
        self.errors = FieldErrors()
        grid = QGridLayout(self)

        self.channel = QComboBox()
        for c in Channel:
            self.channel.addItem(channel_label(c), c)
        self.received_at = DateTimeField(to_qdatetime(now))  # one Tab stop, typed in one go
        self.received_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received_at.setCalendarPopup(True)
        law = QDate(LAW_IN_FORCE.year, LAW_IN_FORCE.month, LAW_IN_FORCE.day)
        self.received_at.setMinimumDate(law)  # the service refuses earlier dates too; don't offer them
        self._pair(grid, 0, 0, self.tr("&Channel"), "channel", self.channel)
        self._pair(grid, 1, 0, self.tr("&Received at"), "received_at", self.received_at)

        self.valid_now = QCheckBox(self.tr("The request is complete and &valid now"))
        grid.addWidget(self.valid_now, 0, 2, 1, 2)
        self.valid_on = DateField(self.received_at.date())
        self.valid_on.setDisplayFormat("dd/MM/yyyy")
        self.valid_on.setCalendarPopup(True)
        self.valid_on.setMinimumDate(law)
        self._pair(grid, 1, 2, self.tr("Valid on"), "valid_on", self.valid_on)

        self.simple = QRadioButton(complexity_label(Complexity.SIMPLE))
        self.complex = QRadioButton(complexity_label(Complexity.COMPLEX))
        self.simple.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.simple)
        group.addButton(self.complex)
        radios = QWidget()
        radio_layout = QHBoxLayout(radios)
        radio_layout.setContentsMargins(0, 0, 0, 0)
        radio_layout.addWidget(self.simple)
        radio_layout.addWidget(self.complex)
        radio_layout.addStretch(1)
        grid.addWidget(radios, 0, 4, 1, 2)
        self.complexity_reason = QLineEdit()
        self.complexity_reason.setPlaceholderText(self.tr("Why the information must be gathered"))
        self._pair(grid, 1, 4, self.tr("Reason"), "complexity_reason", self.complexity_reason)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)

        self._valid_on_follows = True  # valid date tracks the received date until the officer changes it
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.received_at.dateTimeChanged.connect(self._received_changed)
        self.valid_on.userDateChanged.connect(self._valid_on_edited)
        self.valid_now.toggled.connect(self._update_enabled)
        self.complex.toggled.connect(self._update_enabled)
        self._channel_changed()

    def _pair(self, grid: QGridLayout, row: int, col: int, text: str, name: str, editor: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        grid.addWidget(label, row, col)
        grid.addWidget(self.errors.wrap(name, editor), row, col + 1)

    # --- values ----------------------------------------------------------------------------------------
    def current_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def received(self) -> datetime:
        return from_qdatetime(self.received_at.dateTime())

    def validity(self) -> tuple[date | None, Complexity | None, str]:
        if not self.valid_now.isChecked():
            return None, None, ""
        d = self.valid_on.date()
        complexity = Complexity.COMPLEX if self.complex.isChecked() else Complexity.SIMPLE
        reason = self.complexity_reason.text() if complexity is Complexity.COMPLEX else ""
        return date(d.year(), d.month(), d.day()), complexity, reason

    # --- behaviour -------------------------------------------------------------------------------------
    def _channel_changed(self) -> None:
        self.valid_now.setChecked(self.current_channel() is Channel.IN_PERSON)  # a walk-in is checked on the spot
        self._update_enabled()

    def _received_changed(self) -> None:
        if self._valid_on_follows:
            self.valid_on.blockSignals(True)
            self.valid_on.setDate(self.received_at.date())
            self.valid_on.blockSignals(False)

    def _valid_on_edited(self) -> None:
        self._valid_on_follows = False

    def _update_enabled(self) -> None:
        on = self.valid_now.isChecked()
        for w in (self.valid_on, self.simple, self.complex):
            w.setEnabled(on)
        self.complexity_reason.setEnabled(on and self.complex.isChecked())
