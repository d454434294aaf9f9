"""Date and date-time fields that are one Tab stop and take a date typed in one go ("02/03/2026 09:30").

Qt's QDateTimeEdit makes each part (day, month, year, hour, minute) its own Tab stop, and after a full part
(two digits of the day) it moves on by itself, so the "/" typed next skips a whole part. Here Tab leaves the
field, a separator right after such a move is swallowed, and a click into the field selects the day.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

_SEPARATORS = frozenset("/-.: ")


class _OneStop:
    """Mixed into a QDateTimeEdit subclass (first base), before the Qt class in the MRO."""

    def _setup_one_stop(self: QDateTimeEdit) -> None:
        self._moved_on = False  # the last digit completed a part and Qt moved to the next one
        self._select_day_on_release = False
        self.lineEdit().installEventFilter(self)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in _SEPARATORS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            # Typed "28/": Qt moved on after "28" already, so the "/" must not skip the month too. Typed "2/":
            # the "/" ends the day. Qt would send a separator to focusNextPrevChild, which now leaves the field.
            if not self._moved_on and self.currentSectionIndex() < self.sectionCount() - 1:
                QDateTimeEdit.focusNextPrevChild(self, True)
            self._moved_on = False
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            QDateTimeEdit.focusNextPrevChild(self, event.key() == Qt.Key.Key_Right)  # Ctrl+arrow: the next part
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isdigit() and self.currentSectionIndex() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._moved_on = False
        self._select_day_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and watched is self.lineEdit()
                and self._select_day_on_release):
            self._select_day_on_release = False
            result = super().eventFilter(watched, event)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)  # typing then replaces the day
            return result
        return super().eventFilter(watched, event)


class DateTimeField(_OneStop, QDateTimeEdit):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_one_stop()


class DateField(_OneStop, QDateEdit):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_one_stop()
