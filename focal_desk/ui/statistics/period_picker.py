"""A reporting period chosen as a month, a quarter, a year or a range of dates (domain/period.py)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from ...domain.period import ROMAN, Period
from ..date_edits import DateField

MONTH, QUARTER, YEAR, RANGE = range(4)
FIRST_YEAR = 2018  # the Law on Access to Information applies from 1 July 2018


def last_month(today: date) -> Period:
    before = today.replace(day=1) - timedelta(days=1)
    return Period.month(before.year, before.month)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("From – to")])
        self.kind.setAccessibleName(self.tr("Kind of period"))
        self.label = QLabel(self.tr("&Period:"))
        self.label.setBuddy(self.kind)
        self.month = QComboBox()
        self.month.addItems([f"{m:02d}" for m in range(1, 13)])
        self.month.setAccessibleName(self.tr("Month"))
        self.quarter = QComboBox()
        self.quarter.addItems(list(ROMAN))
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, max(today.year, FIRST_YEAR))
        self.year.setAccessibleName(self.tr("Year"))
        self.start, self.end = DateField(), DateField()
        for field, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            field.setDisplayFormat("dd/MM/yyyy")
            field.setCalendarPopup(True)
            field.setDateRange(QDate(FIRST_YEAR, 1, 1), _qdate(date(today.year, 12, 31)))
            field.setAccessibleName(name)
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.kind, self.month, self.quarter, self.year, self.start, self.dash, self.end):
            layout.addWidget(w)
        layout.addStretch(1)
        self.set_period(last_month(today))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(lambda _d: self.changed.emit())

    def set_period(self, period: Period, kind: int = MONTH) -> None:
        for w in (self.kind, self.month, self.quarter, self.year, self.start, self.end):
            w.blockSignals(True)
        self.kind.setCurrentIndex(kind)
        self.month.setCurrentIndex(period.start.month - 1)
        self.quarter.setCurrentIndex((period.start.month - 1) // 3)
        self.year.setValue(period.start.year)
        self.start.setDate(_qdate(period.start))
        self.end.setMinimumDate(_qdate(period.start))
        self.end.setDate(_qdate(period.end))
        for w in (self.kind, self.month, self.quarter, self.year, self.start, self.end):
            w.blockSignals(False)
        self._show_fields()
        self.changed.emit()

    def period(self) -> Period:
        kind, year = self.kind.currentIndex(), self.year.value()
        if kind == MONTH:
            return Period.month(year, self.month.currentIndex() + 1)
        if kind == QUARTER:
            return Period.quarter(year, self.quarter.currentIndex() + 1)
        if kind == YEAR:
            return Period.year(year)
        return Period.between(self.start.date().toPython(), self.end.date().toPython())

    def slug(self) -> str:
        """The period in a file name: 2026-11, 2026-q4, 2026, 2026-01-05_2026-02-10."""
        kind, year = self.kind.currentIndex(), self.year.value()
        if kind == MONTH:
            return f"{year}-{self.month.currentIndex() + 1:02d}"
        if kind == QUARTER:
            return f"{year}-q{self.quarter.currentIndex() + 1}"
        if kind == YEAR:
            return str(year)
        p = self.period()
        return f"{p.start.isoformat()}_{p.end.isoformat()}"

    def _kind_changed(self, _index: int) -> None:
        if self.kind.currentIndex() == RANGE:  # start from what was shown: the range of the last choice
            shown = self._fixed_period()
            for field, day in ((self.start, shown.start), (self.end, shown.end)):
                field.blockSignals(True)
                field.setDate(_qdate(day))
                field.blockSignals(False)
            self.end.setMinimumDate(_qdate(shown.start))
        self._show_fields()
        self.changed.emit()

    def _fixed_period(self) -> Period:
        year = self.year.value()
        if self.month.isVisibleTo(self):  # still the previous kind: the fields are switched after
            return Period.month(year, self.month.currentIndex() + 1)
        if self.quarter.isVisibleTo(self):
            return Period.quarter(year, self.quarter.currentIndex() + 1)
        return Period.year(year)

    def _start_changed(self, day: QDate) -> None:
        self.end.setMinimumDate(day)  # never a range that ends before it starts
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.kind.currentIndex()
        self.month.setVisible(kind == MONTH)
        self.quarter.setVisible(kind == QUARTER)
        self.year.setVisible(kind != RANGE)
        for w in (self.start, self.dash, self.end):
            w.setVisible(kind == RANGE)
