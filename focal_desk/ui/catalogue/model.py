"""The catalogue as a table loaded page by page: the first page with the count, the next ones when the
officer scrolls near the end (Qt's fetchMore), each in a read job. A new search supersedes the pages of
the old one (a generation number), so 20,000 entries never load at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...domain.catalogue import AccessClass, CatalogueEntry, vocabulary
from ..labels import fmt_date

PAGE_SIZE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's entry id
TITLE, NUMBER, DATE, KIND, ACCESS, PUBLISHED, FILES = range(7)


def kind_text(code: str) -> str:
    try:
        return vocabulary().kind_label(code)
    except KeyError:
        return code


class CatalogueModel(QAbstractTableModel):
    loaded = Signal(int)  # the first page of a search is in; how many entries match
    failed = Signal(object)

    def __init__(self, desk, jobs, parent=None):
        super().__init__(parent)
        self._desk, self._jobs = desk, jobs
        self._rows: list[CatalogueEntry] = []
        self._total = 0
        self._text = ""
        self._generation = 0
        self._fetching = False
        self._headers = [
            self.tr("Title"),
            self.tr("Number, symbol"),
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Access"),
            self.tr("Published"),
            self.tr("Files"),
        ]

    @property
    def total(self) -> int:
        return self._total

    def search(self, text: str) -> None:
        """Start again with ``text`` (empty: every entry, newest first)."""
        self._generation += 1
        generation, service = self._generation, self._desk.catalogue
        query = text.strip() or None
        self._text = text

        def run():
            return service.count(query), service.search(query, PAGE_SIZE, 0)

        self._fetching = True
        self._jobs.submit(
            run,
            on_success=lambda result: self._first(generation, *result),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first(self, generation: int, total: int, rows: list[CatalogueEntry]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self._rows, self._total = list(rows), max(total, len(rows))
        self.endResetModel()
        self.loaded.emit(self._total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        generation, service, offset = self._generation, self._desk.catalogue, len(self._rows)
        query = self._text.strip() or None
        self._fetching = True
        self._jobs.submit(
            lambda: service.search(query, PAGE_SIZE, offset),
            on_success=lambda rows: self._more(generation, offset, rows),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _more(self, generation: int, offset: int, rows: list[CatalogueEntry]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # entries were removed meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def entry_at(self, row: int) -> CatalogueEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), -1)

    # --- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_of(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TITLE, KIND):
            return self._text_of(entry, index.column())
        return None

    def _text_of(self, e: CatalogueEntry, column: int) -> str:
        if column == TITLE:
            return " ".join(e.title.split())
        if column == NUMBER:
            return e.number
        if column == DATE:
            return fmt_date(e.issued_on)
        if column == KIND:
            return kind_text(e.kind)
        if column == ACCESS:
            return AccessClass(e.access).label_vi
        if column == PUBLISHED:
            if e.access is not AccessClass.PUBLIC:
                return "—"
            return self.tr("Yes") if e.publication.published else self.tr("Not yet")
        if column == FILES:
            return str(len(e.files)) if e.files else ""
        return ""
