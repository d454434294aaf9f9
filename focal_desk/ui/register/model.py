"""The register as a windowed table model: every matching id is held, rows are fetched by page in jobs.

``data()`` never queries: a row whose page is not here yet shows "…" and asks the loader (a job) for
that page; when it arrives the rows are announced with ``dataChanged``. A bounded cache of pages keeps
memory flat however far the officer scrolls in 100,000 requests.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ...domain.listing import RequestSummary, SortKey
from ...services.todo import SOON_WORKING_DAYS, Urgency
from ..labels import channel_label, fmt_date, status_label

PAGE_SIZE = 200
MAX_PAGES = 50  # 10,000 rows kept at most; pages are dropped least recently shown first
PLACEHOLDER = "…"

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # request id (known for every row, loaded or not)
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2  # "overdue" / "today" / "soon" / ""

# loader(ids, done, failed): fetch the summaries of ids off the GUI thread, then call done(rows) or
# failed(exc) on the GUI thread
PageLoader = Callable[
    [list[int], Callable[[list[RequestSummary]], None], Callable[[BaseException], None]], None
]


class Column(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    CHANNEL = 2
    REQUESTER = 3
    INFO = 4
    DUE = 5
    STATUS = 6


SORT_KEY_OF = {
    Column.NUMBER: SortKey.REGISTER,
    Column.RECEIVED: SortKey.RECEIVED,
    Column.CHANNEL: SortKey.CHANNEL,
    Column.REQUESTER: SortKey.REQUESTER,
    Column.INFO: SortKey.INFO,
    Column.DUE: SortKey.DUE,
    Column.STATUS: SortKey.STATUS,
}
COLUMN_OF = {key: column for column, key in SORT_KEY_OF.items()}

_ROW_COLOURS = {  # (text, background): red for overdue, amber for due today or soon
    "overdue": ("#9b0018", "#fde8ea"),
    "today": ("#7a4a00", "#fff1cc"),
    "soon": ("#7a4a00", "#fff8e6"),
}


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class RegisterModel(QAbstractTableModel):
    sortRequested = Signal(object, bool)  # SortKey, newest_first — the view runs a new ids query
    pageFailed = Signal(object)  # the exception of a page job

    def __init__(self, loader: PageLoader, parent=None):
        super().__init__(parent)
        self._loader = loader
        self._ids: list[int] = []  # may hold only the first rows' ids until complete_ids() (fast first screen)
        self._count = 0
        self._row_of: dict[int, int] | None = None  # built on first lookup
        self._pages: OrderedDict[int, list[RequestSummary | None]] = OrderedDict()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self._failed: set[int] = set()
        self._generation = 0
        self._urgency: Urgency | None = None
        self._icons: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(15)  # a scroll-bar drag asks for many pages: ask once per burst
        self._flush_timer.timeout.connect(self._flush)
        self._headers = [
            self.tr("No."),
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Requester"),
            self.tr("Information requested"),
            self.tr("Deadline"),
            self.tr("Status"),
        ]

    # --- contents ----------------------------------------------------------------------------------
    def set_rows(self, ids: Sequence[int], pages: dict[int, list[RequestSummary]], urgency: Urgency | None,
                 count: int | None = None) -> None:
        """Replace everything: a new filter, sort or reload. ``pages`` are pre-fetched pages (by page number).

        ``count`` larger than ``len(ids)``: only the first ids are known yet; ``complete_ids`` brings the rest.
        """
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._count = max(len(self._ids), count or 0)
        self._row_of = None
        self._pages.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self._failed.clear()
        self._urgency = urgency
        for page, rows in pages.items():
            self._store(page, rows)
        self.endResetModel()

    def complete_ids(self, ids: Sequence[int]) -> bool:
        """The whole id list of the rows shown by a quick first page; False if it no longer fits (reset)."""
        known = len(self._ids)
        if len(ids) != self._count or list(ids[:known]) != self._ids:
            return False  # the register changed in between: the caller reloads
        self._ids = list(ids)
        self._row_of = None
        if self._wanted:  # rows scrolled to meanwhile wait for their ids
            self._flush_timer.start()
        return True

    def ids(self) -> list[int]:
        return self._ids

    def ids_complete(self) -> bool:
        return len(self._ids) == self._count

    def row_of(self, request_id: int) -> int:
        """Row of a request in the current list, or -1."""
        if self._row_of is None:
            self._row_of = {rid: row for row, rid in enumerate(self._ids)}
        return self._row_of.get(request_id, -1)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def summary_at(self, row: int) -> RequestSummary | None:
        page = self._pages.get(row // PAGE_SIZE)
        return page[row % PAGE_SIZE] if page is not None else None

    def is_loaded(self, row: int) -> bool:
        return self.summary_at(row) is not None

    def page_ids(self, page: int) -> list[int]:
        return self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

    # --- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._count:
            return None
        row, column = index.row(), Column(index.column())
        if role == ID_ROLE:
            return self._ids[row] if row < len(self._ids) else None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._want(page_no)
            if role == Qt.ItemDataRole.DisplayRole and column == Column.NUMBER:
                return PLACEHOLDER
            return None
        self._pages.move_to_end(page_no)
        s = page[row % PAGE_SIZE]
        if s is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == URGENCY_ROLE:
            return self._urgency_of(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, column)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = _ROW_COLOURS.get(self._urgency_of(s))
            if colours:
                return QBrush(QColor(colours[0 if role == Qt.ItemDataRole.ForegroundRole else 1]))
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.DUE:
            return self._icon(self._urgency_of(s))
        if role == Qt.ItemDataRole.FontRole and column == Column.DUE and self._urgency_of(s) == "overdue":
            return self._bold
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(Column):
            self.sortRequested.emit(SORT_KEY_OF[Column(column)], order == Qt.SortOrder.DescendingOrder)

    # --- cells -------------------------------------------------------------------------------------
    def _urgency_of(self, s: RequestSummary) -> str:
        return self._urgency.of(s) if self._urgency else ""

    @staticmethod
    def _text(s: RequestSummary, column: Column) -> str:
        if column == Column.NUMBER:
            return s.register_number
        if column == Column.RECEIVED:
            return fmt_date(s.received_at)
        if column == Column.CHANNEL:
            return channel_label(s.channel)
        if column == Column.REQUESTER:
            return s.requester_name
        if column == Column.INFO:
            return " ".join(s.info_requested.split())  # one line in the table; the tooltip keeps it whole
        if column == Column.DUE:
            return fmt_date(s.due_now)
        return status_label(s.status)

    def _tooltip(self, s: RequestSummary, column: Column) -> str | None:
        if column == Column.INFO:
            return s.info_requested
        if column == Column.REQUESTER:
            return f"{s.requester_name}\n{s.id_number}" if s.id_number else s.requester_name
        if column != Column.DUE or self._urgency is None:
            return None
        lines = []
        today, soon, due = self._urgency.today, self._urgency.soon, s.due_now
        if due is not None and s.status.is_open:
            if due < today:
                lines.append(self.tr("Overdue"))
            elif due == today:
                lines.append(self.tr("Due today"))
            elif due <= soon:
                lines.append(self.tr("Due within %n working day(s)", "", SOON_WORKING_DAYS))
        if s.notice_missed(today) and s.notice_due is not None:
            lines.append(self.tr("Notice of the time limit overdue since %1").replace("%1", fmt_date(s.notice_due)))
        if s.extended_due and s.provide_due:
            lines.append(self.tr("Extended; first deadline %1").replace("%1", fmt_date(s.provide_due)))
        return "\n".join(lines) or None

    def _icon(self, urgency: str) -> QIcon | None:
        if urgency not in _ROW_COLOURS:
            return None
        if urgency not in self._icons:
            self._icons[urgency] = _dot("#d0021b" if urgency == "overdue" else "#f0a500")
        return self._icons[urgency]

    # --- paging ------------------------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if page in self._in_flight or page in self._failed or page in self._wanted:
            return
        self._wanted.add(page)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        known = len(self._ids)
        pages = sorted(p for p in self._wanted if p * PAGE_SIZE < known)
        self._wanted.difference_update(pages)  # pages past the known ids wait for complete_ids()
        if not pages:
            return
        self._in_flight.update(pages)
        generation = self._generation
        ids = [i for page in pages for i in self.page_ids(page)]
        self._loader(
            ids,
            lambda rows: self._arrived(generation, pages, rows),
            lambda exc: self._page_error(generation, pages, exc),
        )

    def _arrived(self, generation: int, pages: list[int], rows: list[RequestSummary]) -> None:
        if generation != self._generation:  # a newer list replaced the one these rows belong to
            return
        for page in pages:
            self._in_flight.discard(page)
            self._store(page, rows)
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def _page_error(self, generation: int, pages: list[int], exc: BaseException) -> None:
        if generation == self._generation:  # stop asking for these pages until the next reset, then report
            self._in_flight.difference_update(pages)
            self._failed.update(pages)
        self.pageFailed.emit(exc)

    def _store(self, page: int, rows: Sequence[RequestSummary]) -> None:
        by_id = {s.id: s for s in rows}
        self._pages[page] = [by_id.get(i) for i in self.page_ids(page)]
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
