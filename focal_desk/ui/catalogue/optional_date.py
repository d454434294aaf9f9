"""A date that may be left empty: shown as "—" at its minimum; Delete empties it again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent

from ..date_edits import DateField

NONE_DATE = QDate(1900, 1, 1)


class OptionalDateField(DateField):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NONE_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText("—")
        self.setDate(NONE_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NONE_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NONE_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.setDate(NONE_DATE)
            event.accept()
            return
        if self.date() == NONE_DATE and event.text().isdigit():
            self.setDate(QDate.currentDate())  # typing into an empty date starts from a real one
            self.setSelectedSection(self.Section.DaySection)
        super().keyPressEvent(event)
