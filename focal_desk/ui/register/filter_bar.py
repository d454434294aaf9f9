"""The register's filter bar: search as you type (debounced), month, status, channel, overdue / due soon."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.enums import Channel, Status
from ...domain.statistics import FigureRef
from ...services.todo import SOON_WORKING_DAYS
from ..labels import channel_label, status_label

SEARCH_DEBOUNCE_MS = 250
OPEN_STATUSES = tuple(s for s in Status if s.is_open)


def find_data(combo: QComboBox, data) -> int:
    return next((i for i in range(combo.count()) if combo.itemData(i) == data), -1)


@dataclass(frozen=True)
class Filters:
    """What the bar asks for; the view turns it into a RequestQuery (due soon needs the calendar)."""

    search: str = ""
    year: int | None = None
    month: int | None = None
    statuses: tuple[Status, ...] = ()
    channels: tuple[Channel, ...] = ()
    due_soon: bool = False  # open requests overdue (their date or their notice), due today or within 2 WD
    figure: FigureRef | None = None  # the requests behind one statistic (chosen on the statistics page)

    @property
    def active(self) -> bool:
        return self != Filters()


class FilterBar(QWidget):
    changed = Signal()  # at once for the combos and the toggle; after a pause in typing for the search
    figureChanged = Signal(str)  # what the figure filter says ("label — period"), or "" when there is none
    leaveDown = Signal()  # Down or Enter in the search box: the table takes the focus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure: FigureRef | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, ID number, register number… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.month = QComboBox()
        self.month.addItem(self.tr("All months"), None)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), ())
        self.status.addItem(self.tr("Open (answer still owed)"), OPEN_STATUSES)
        for s in Status:
            self.status.addItem(status_label(s), (s,))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), ())
        for c in Channel:
            self.channel.addItem(channel_label(c), (c,))
        self.due = QPushButton(self.tr("&Overdue / due soon"))
        self.due.setCheckable(True)
        self.due.setToolTip(self.tr("Open requests that are overdue or due within %n working day(s)", "",
                                    SOON_WORKING_DAYS))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setEnabled(False)  # always there, so that the bar does not jump
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for text, combo in ((self.tr("&Month"), self.month), (self.tr("S&tatus"), self.status),
                            (self.tr("Cha&nnel"), self.channel)):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addWidget(self.due)
        layout.addWidget(self.clear_button)

        for combo in (self.month, self.status, self.channel):
            combo.currentIndexChanged.connect(self._changed_now)
        self.due.toggled.connect(self._changed_now)
        for combo in (self.month, self.status, self.channel):  # long labels must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.changed.connect(lambda: self.clear_button.setEnabled(self.filters().active))

    # --- state -------------------------------------------------------------------------------------
    def filters(self) -> Filters:
        period = self.month.currentData() or (None, None)
        return Filters(
            search=self.search.text().strip(),
            year=period[0],
            month=period[1],
            statuses=self.status.currentData() or (),
            channels=self.channel.currentData() or (),
            due_soon=self.due.isChecked(),
            figure=self.figure,
        )

    def set_months(self, months: list[tuple[int, int]]) -> None:
        """Offer every year and month that holds requests (newest first), keeping the current choice."""
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("All months"), None)
        year = None
        for y, m in sorted(months, reverse=True):
            if y != year:
                year = y
                self.month.addItem(self.tr("Year %1").replace("%1", str(y)), (y, None))
            self.month.addItem(f"    {m:02d}/{y}", (y, m))
        found = find_data(self.month, current) if current is not None else 0
        self.month.setCurrentIndex(max(found, 0))
        self.month.blockSignals(False)
        if current is not None and found < 0:  # that month is gone: the list changes, say so
            self._changed_now()

    def choose(self, combo: QComboBox, data) -> bool:
        """Select the entry of ``combo`` holding ``data`` (findData cannot compare tuples of enums)."""
        index = find_data(combo, data)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def set_figure(self, figure: FigureRef, text: str) -> None:
        """Show exactly the requests behind ``figure``: the other filters are dropped."""
        self.clear(silent=True)
        self.figure = figure
        self.clear_button.setEnabled(True)
        self.figureChanged.emit(text)
        self.changed.emit()

    def clear_figure(self) -> None:
        if self.figure is not None:
            self.figure = None
            self.figureChanged.emit("")
            self._changed_now()

    def clear(self, silent: bool = False) -> None:
        if self.figure is not None:
            self.figure = None
            self.figureChanged.emit("")
        for w in (self.search, self.month, self.status, self.channel, self.due):
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.month, self.status, self.channel):
            combo.setCurrentIndex(0)
        self.due.setChecked(False)
        for w in (self.search, self.month, self.status, self.channel, self.due):
            w.blockSignals(False)
        self._debounce.stop()
        self.clear_button.setEnabled(False)
        if not silent:
            self.changed.emit()

    def flush(self) -> None:
        """Apply a search still waiting for the typing pause (Enter in the box)."""
        if self._debounce.isActive():
            self._changed_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _changed_now(self, *_args) -> None:
        self._debounce.stop()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._changed_now()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.flush()
                self.leaveDown.emit()
                return True
        return super().eventFilter(watched, event)
