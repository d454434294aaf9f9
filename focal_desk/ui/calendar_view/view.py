"""Calendar & rules page: the year's working and non-working days, changes to them, and the rule sets."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import Layer
from ...domain.clock import today
from ...domain.errors import ValidationError
from ...domain.notices import MAX_FILE_BYTES, decode_notices, parse_notices
from .day_dialog import AddDayDialog
from .reports import ImportErrorsDialog, MovedDialog
from .rules_panel import RulesPanel
from .year_model import DATE_ROLE, OFF_BG, WEEKEND_BG, WORK_BG, SpecialDaysModel, YearModel, layer_label


class FrameSelection(QStyledItemDelegate):
    """A frame, not a fill, marks the selected day: its red/green/grey colour stays readable."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if selected and background is not None:
            painter.fillRect(option.rect, background)
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#1a5fb4"), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


def _swatch(color, text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"background: {color.name()}; padding: 2px 8px; border: 1px solid #bbb;")
    return label


class CalendarView(QWidget):
    deadlinesMoved = Signal(object)  # the RecomputeReport after a change  # noqa: N815 (Qt naming)
    requestActivated = Signal(int)  # a request picked in the list of moved deadlines  # noqa: N815 (Qt naming)

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.today = today(desk.clock)
        self.covered: set[int] = set()
        self.last_dialog: QWidget | None = None  # the latest report shown (tests look at it)

        self.year = QSpinBox()
        self.year.setRange(2018, self.today.year + 5)
        self.year.setValue(self.today.year)
        self.year.setMinimumWidth(90)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.add_button = QPushButton(self.tr("&Add day…"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("Re&move added day"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("&Import announcement (CSV)…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy_label = QLabel(self.tr("Recomputing deadlines…"))
        self.busy.hide()
        self.busy_label.hide()
        bar = QHBoxLayout()
        for w in (year_label, self.year, self.add_button, self.remove_button, self.import_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;")
        self.banner.hide()

        self.model = YearModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(22)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # twelve compact rows at least; the rows stretch when there is room (a 1366×768 laptop has little)
        row = self.grid.fontMetrics().height() + 2
        self.grid.verticalHeader().setMinimumSectionSize(row)
        self.grid.setMinimumHeight(12 * row + self.grid.horizontalHeader().sizeHint().height() + 4)
        self.grid.setItemDelegate(FrameSelection(self.grid))
        self.grid.selectionModel().currentChanged.connect(lambda cur, _prev: self._select_day(cur.data(DATE_ROLE)))
        self.grid.doubleClicked.connect(lambda _i: self.add_day())

        self.special = SpecialDaysModel(self)
        self.list = QTableView()
        self.list.setModel(self.special)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        compact = self.list.fontMetrics().height() + 4  # several rows in view even on a 768 px screen
        self.list.verticalHeader().setMinimumSectionSize(compact)
        self.list.verticalHeader().setDefaultSectionSize(compact)
        self.list.setMinimumHeight(4 * compact + self.list.horizontalHeader().sizeHint().height() + 4)
        header = self.list.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)  # long reasons elide; the tooltip and the detail show all
        self.list.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._select_day(cur.data(DATE_ROLE), from_list=True))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_box = QScrollArea()  # beside the list, not under it: the list keeps the height for its rows
        detail_box.setWidgetResizable(True)
        detail_box.setWidget(self.detail)
        detail_box.setMinimumWidth(220)

        legend = QHBoxLayout()
        legend.addWidget(_swatch(OFF_BG, self.tr("Day off")))
        legend.addWidget(_swatch(WORK_BG, self.tr("Working Saturday / Sunday")))
        legend.addWidget(_swatch(WEEKEND_BG, self.tr("Weekend")))
        legend.addWidget(QLabel(self.tr("Underlined: added by this office")))
        legend.addStretch(1)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel()
        lower_layout.addWidget(self.list_title)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.addWidget(self.list)
        beside.addWidget(detail_box)
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 1)
        beside.setChildrenCollapsible(False)
        lower_layout.addWidget(beside, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        days_page = QWidget()
        days_layout = QVBoxLayout(days_page)
        days_layout.addLayout(bar)
        days_layout.addWidget(self.banner)
        days_layout.addLayout(legend)
        days_layout.addWidget(split, 1)

        self.rules = RulesPanel(desk, jobs, errors)
        self.tabs = QTabWidget()
        self.tabs.addTab(days_page, self.tr("&Working days"))
        self.tabs.addTab(self.rules, self.tr("R&ule sets"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.reload()
        self.rules.load()

    # --- reading -------------------------------------------------------------------------------------
    def reload(self, select: date | None = None) -> None:
        year, calendar = self.year.value(), self.desk.calendar

        def load():
            cal = calendar.calendar_covering(date(year, 1, 1))  # writes only for a year not yet computed
            return year, cal.year_days(year), calendar.coverage_warnings(), set(cal.covered_years or ())

        lane = "read" if year in self.covered else "db-write"
        self.jobs.submit(load, on_success=lambda result: self._loaded(result, select), lane=lane,
                         on_error=lambda exc: self.errors.handle(exc, self, retry=self.reload))

    def _loaded(self, result, select: date | None) -> None:
        year, days, warnings, covered = result
        if year != self.year.value():
            return  # the officer already moved on to another year
        self.covered = covered
        self.model.set_year(year, days, self.today)
        self.special.set_days(days)
        self.list_title.setText(self.tr("Days off and working weekends in %1:").replace("%1", str(year)))
        self.banner.setText("\n".join(warnings))
        self.banner.setVisible(bool(warnings))
        self.detail.clear()
        self.remove_button.setEnabled(False)
        if select is None and year == self.today.year:
            select = self.today
        if select is not None and select.year == year:
            self.grid.setCurrentIndex(self.model.index_of(select))

    def selected_day(self) -> date | None:
        return self.grid.currentIndex().data(DATE_ROLE)

    def _select_day(self, day: date | None, from_list: bool = False) -> None:
        if day is None:
            return
        info = self.model.info(day)
        entry = info.entry if info else None
        if from_list:
            self.grid.setCurrentIndex(self.model.index_of(day))
        else:
            row = self.special.row_of(day)
            if row >= 0 and self.list.currentIndex().row() != row:
                self.list.setCurrentIndex(self.special.index(row, 0))
            elif row < 0:
                self.list.clearSelection()
        lines = [f"<b>{day:%d/%m/%Y}</b> — "
                 + (self.tr("working day") if info is None or info.working else self.tr("not a working day"))]
        if entry is not None:
            lines.append(self.tr("Reason: %1").replace("%1", html.escape(entry.reason)))
            lines.append(self.tr("Source: %1 (%2)").replace("%1", html.escape(entry.source))
                         .replace("%2", layer_label(entry.layer)))
        self.detail.setText("<br>".join(lines))
        self.remove_button.setEnabled(entry is not None and entry.layer == Layer.LOCAL)

    # --- changing ------------------------------------------------------------------------------------
    def add_day(self) -> None:
        dialog = AddDayDialog(self.desk, self.jobs, self.errors, self.selected_day() or self.today, self)
        dialog.changed.connect(lambda report, d=dialog: self._changed(report, d.day.date().toPython()))
        self.last_dialog = dialog
        dialog.open()

    def confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the day"), text, parent=self)
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is remove

    def remove_selected(self) -> None:
        day = self.selected_day()
        if day is None:
            return
        question = self.tr("Remove the note added by this office for %1? Open deadlines will be recomputed.")
        if not self.confirm(question.replace("%1", f"{day:%d/%m/%Y}")):
            return
        calendar = self.desk.calendar
        self._run(lambda: calendar.remove_local_day(day), select=day)

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a calendar announcement"), "", self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Parse and import in one job: a bad line refuses the whole file."""
        calendar = self.desk.calendar

        def work():
            with open(path, "rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)  # a bigger file is refused without reading it whole
            return calendar.import_entries(parse_notices(decode_notices(data), Layer.LOCAL))

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, UnicodeDecodeError):
                exc = ValidationError.single("file", self.tr("The file is not UTF-8 text (save it as CSV UTF-8)."))
            elif isinstance(exc, OSError):
                exc = ValidationError.single("file", self.tr("The file cannot be read: %1").replace("%1", str(exc)))
            if isinstance(exc, ValidationError):
                dialog = ImportErrorsDialog(exc.errors, path, self)
                self.last_dialog = dialog
                dialog.open()
                return True
            return False

        self._run(work, handled=failed)

    def _run(self, fn, select: date | None = None, handled=None) -> None:
        self._set_busy(True)

        def done(report) -> None:
            self._set_busy(False)
            self._changed(report, select)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if handled is None or not handled(exc):
                self.errors.handle(exc, self)

        self.jobs.submit(fn, on_success=done, on_error=failed, lane="db-write")

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for b in (self.add_button, self.remove_button, self.import_button):
            b.setEnabled(not busy)

    def _changed(self, report, select: date | None) -> None:
        self.reload(select=select)
        self.deadlinesMoved.emit(report)
        dialog = MovedDialog(report, self)
        dialog.requestActivated.connect(self.requestActivated)
        self.last_dialog = dialog
        # not modal: a request file opened from its list must take input while the list stays open
        dialog.setModal(False)
        dialog.show()
