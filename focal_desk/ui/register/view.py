"""The register (home screen): the log book as a table, a filter bar, colours for what is late or due soon."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.listing import SortKey
from ..jobs import Job
from .figure_banner import FigureBanner
from .filter_bar import FilterBar
from .loading import Loaded, load_first_page, load_ids, load_register
from .model import COLUMN_OF, Column, RegisterModel

HEADER_KEY = "register/header"
CAVEAT_STYLE = "background: #fff4ce; color: #5c3b00; border: 1px solid #e0b252; padding: 4px 6px;"
_WIDTHS = {Column.NUMBER: 110, Column.RECEIVED: 130, Column.CHANNEL: 120, Column.REQUESTER: 190,
           Column.DUE: 125, Column.STATUS: 165}


class RegisterTable(QTableView):
    """A table that opens the current row with Enter (and double-click), on every platform alike."""

    rowActivated = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class RegisterView(QWidget):
    requestActivated = Signal(int)  # double-click / Enter on a row → request id
    countChanged = Signal(int)  # rows matching the current filter, after every query
    loaded = Signal(int)  # once: the first page is on screen; requests in the register (unfiltered)

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk, self._jobs, self._errors = desk, jobs, errors
        self._sort, self._newest_first = SortKey.RECEIVED, True
        self._generation = 0
        self._job: Job | None = None
        self._loaded_sent = False
        self._pending_ids: tuple | None = None  # (generation, query) whose full id list waits for the first paint
        self.last: Loaded | None = None
        self._focus_anchor = False  # the row being selected takes the focus when it arrives (after intake)

        self.filter_bar = FilterBar()
        self.figure_banner = FigureBanner()
        self.filter_bar.figureChanged.connect(self.figure_banner.show_text)
        self.figure_banner.clear_button.clicked.connect(self.filter_bar.clear_figure)
        # Notes of the rule sets that apply to requests in the register (e.g. the amended law has no rule
        # set yet): once here, not on every row; filled after the first paint and after every change.
        self.caveats = QLabel()
        self.caveats.setTextFormat(Qt.TextFormat.PlainText)
        self.caveats.setWordWrap(True)
        self.caveats.setStyleSheet(CAVEAT_STYLE)
        self.caveats.setAccessibleName(self.tr("Notes on the rule sets"))
        self.caveats.hide()
        self._caveats_generation = 0
        self.model = RegisterModel(self._load_page, self)
        self.table = RegisterTable()
        self._setup_table()
        self.empty_label = QLabel(self.tr("Loading the register…"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_clear = QPushButton(self.tr("Clear filters"))
        self.empty_clear.clicked.connect(self.filter_bar.clear)
        self.empty_clear.setVisible(False)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        self.stack.setCurrentIndex(1)
        self.busy_label = QLabel(self.tr("Searching…"))
        self.busy_label.setVisible(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(200)  # say "searching" only when it is not instant
        self._busy_timer.timeout.connect(lambda: self.busy_label.setVisible(True))

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.figure_banner)
        layout.addWidget(self.caveats)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.busy_label)

        self.filter_bar.changed.connect(lambda: self._run())
        self.filter_bar.leaveDown.connect(self._focus_table)
        self.model.sortRequested.connect(self._sort_by)
        self.model.pageFailed.connect(lambda exc: self._errors.handle(exc, self))
        self.table.rowActivated.connect(self._activate_row)
        self.table.doubleClicked.connect(lambda index: self._activate_row(index.row()))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self._find)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        self._run(first=True)

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.setAccessibleName(self.tr("Register of requests"))
        rows = t.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ask 100,000 rows for a size hint
        rows.setDefaultSectionSize(t.fontMetrics().height() + 12)
        header = t.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.INFO, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        t.setSortingEnabled(True)

    # --- public --------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None, keep_selection: bool = False, focus: bool = False) -> None:
        """``focus``: once ``select_id``'s row is selected, the table takes the focus (Enter then opens it)."""
        self.refresh_caveats()  # the change may have made a request valid under a rule set with a note
        if select_id is not None:
            self._focus_anchor = focus
            self._run(anchor_id=select_id, select=True)
        elif keep_selection:
            self._run(anchor_id=self.selected_request_id(), keep=True)
        else:
            self._run()

    def show_figure(self, figure, text: str) -> None:
        """List the requests behind a statistic (``FigureRef``), with a bar saying so."""
        self.filter_bar.set_figure(figure, text)

    def selected_request_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY)
        if state is not None:  # restoring the sort indicator re-sorts through model.sort
            self.table.horizontalHeader().restoreState(state)

    # --- queries -------------------------------------------------------------------------------------
    def _run(self, anchor_id: int | None = None, select: bool = False, keep: bool = False,
             first: bool = False) -> None:
        """Query in a job; a newer query supersedes this one. ``first``: the first page now, the ids after."""
        self._generation += 1
        generation = self._generation
        if self._job is not None:
            self._job.cancel()  # its result would be stale: never delivered
        top = self.table.rowAt(0) if keep else -1
        scroll = self.table.verticalScrollBar().value() if keep else 0
        filters = self.filter_bar.filters()
        if first:
            fn = partial(load_first_page, self._desk, filters, self._sort, self._newest_first)
        else:
            fn = partial(load_register, self._desk, filters, self._sort, self._newest_first,
                         anchor_id, (top,) if top >= 0 else ())
        self._busy_timer.start()
        self._job = self._jobs.submit(
            fn,
            on_success=lambda loaded: self._show(generation, loaded, anchor_id, select, keep, scroll),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _show(self, generation: int, loaded: Loaded, anchor_id: int | None, select: bool, keep: bool,
              scroll: int) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._end_busy()
        if select and loaded.anchor_row < 0 and loaded.filters.active:
            self.filter_bar.clear(silent=True)  # the filters hide the new request: drop them and look again
            self._run(anchor_id=anchor_id, select=True)
            return
        self.last = loaded
        self.model.set_rows(loaded.ids, loaded.pages, loaded.urgency, loaded.count)
        if not self.model.ids_complete():
            if self._loaded_sent:
                self._load_all_ids(generation, loaded.query)
            else:  # at start-up: once the window has announced it is ready (see _announce_loaded)
                self._pending_ids = (generation, loaded.query)
        self.filter_bar.set_months(loaded.months)
        self._show_empty_state(loaded)
        if loaded.anchor_row >= 0:
            index = self.model.index(loaded.anchor_row, Column.NUMBER)
            self.table.setCurrentIndex(index)
            self.table.selectRow(loaded.anchor_row)
            if keep:
                self.table.verticalScrollBar().setValue(scroll)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible if keep
                                else QAbstractItemView.ScrollHint.PositionAtCenter)
            if select and self._focus_anchor:
                self._focus_anchor = False
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if QApplication.activeWindow() is None and not _another_window_shown(self.window()):
                    self.window().activateWindow()  # the form just closed and nothing took its place
        elif keep:
            self.table.verticalScrollBar().setValue(scroll)
        self.countChanged.emit(loaded.count)
        if not self._loaded_sent:
            self._loaded_sent = True
            QTimer.singleShot(0, self, partial(self._announce_loaded, loaded.total))  # after the rows are painted

    def refresh_caveats(self) -> None:
        self._caveats_generation += 1
        generation = self._caveats_generation

        def show(texts: list[str]) -> None:
            if generation != self._caveats_generation:
                return
            lines = [self.tr("Note on the rule set: %1").replace("%1", text) for text in texts]
            self.caveats.setText("\n".join(lines))
            self.caveats.setVisible(bool(lines))

        self._jobs.submit(self._desk.requests.caveats_in_register, on_success=show, owner=self.caveats,
                          on_error=lambda exc: generation == self._caveats_generation and self._errors.handle(exc, self))

    def _announce_loaded(self, total: int) -> None:
        self.loaded.emit(total)
        self.refresh_caveats()
        if self._pending_ids is not None:  # the whole id list after the first paint, not before it
            pending, self._pending_ids = self._pending_ids, None
            QTimer.singleShot(0, self, lambda: self._load_all_ids(*pending))

    def _load_all_ids(self, generation: int, query) -> None:
        if generation != self._generation:
            return
        self._job = self._jobs.submit(
            partial(load_ids, self._desk, query),
            on_success=lambda ids: self._complete(generation, ids),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _complete(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._job = None
        if not self.model.complete_ids(ids):  # a request came in between the two queries
            self._run(anchor_id=self.selected_request_id(), keep=True)
    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._end_busy()
        if self.last is None:  # never "Loading…" forever: the register could not be read (a damaged file)
            self.empty_label.setText(self.tr("The register could not be read."))
        self._errors.handle(exc, self, retry=lambda: self._run())

    def _end_busy(self) -> None:
        self._busy_timer.stop()
        self.busy_label.setVisible(False)

    def _show_empty_state(self, loaded: Loaded) -> None:
        if loaded.count:
            self.stack.setCurrentIndex(0)
            return
        if loaded.total == 0:
            self.empty_label.setText(self.tr("The register is empty.\nRecord the first request with "
                                             "Request ▸ New request (Ctrl+N)."))
        else:
            self.empty_label.setText(self.tr("No request matches these filters."))
        self.empty_clear.setVisible(loaded.total > 0)
        self.stack.setCurrentIndex(1)

    def _load_page(self, ids: list[int], done, failed) -> None:
        self._jobs.submit(partial(self._desk.requests.summaries_by_ids, ids), on_success=done, on_error=failed,
                          owner=self)

    def _sort_by(self, key: SortKey, newest_first: bool) -> None:
        if (key, newest_first) == (self._sort, self._newest_first):
            return
        self._sort, self._newest_first = key, newest_first
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() != COLUMN_OF[key] or header.sortIndicatorOrder() != order:
            header.setSortIndicator(COLUMN_OF[key], order)
        if self._loaded_sent:
            self._run(anchor_id=self.selected_request_id())
        else:  # a saved sort restored at start-up: still the quick first page
            self._run(first=True)

    # --- keyboard ------------------------------------------------------------------------------------
    def _activate_row(self, row: int) -> None:
        request_id = self.model.id_at(row)
        if request_id is not None:
            self.requestActivated.emit(request_id)

    def _focus_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.NUMBER))
            self.table.selectRow(0)

    def _find(self) -> None:
        if self.isVisible():
            self.filter_bar.focus_search()

    def _escape(self) -> None:
        if self.filter_bar.search.text():
            self.filter_bar.search.clear()
            self.filter_bar.flush()
        elif self.filter_bar.figure is not None:  # back from a statistic to the whole register
            self.filter_bar.clear_figure()


def _another_window_shown(main: QWidget) -> bool:
    """A dialog or question of ours is up (say the "print its receipt?" offer, still being activated): the
    register must not take the keyboard from it."""
    return any(w is not main and w.isWindow() and w.isVisible() for w in QApplication.topLevelWidgets())
