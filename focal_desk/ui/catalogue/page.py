"""The catalogue of information (Danh mục thông tin): a search box over titles, numbers and the files' text
(accent-insensitive, done by the service), the entries page by page, Enter opens one, Ins or Ctrl+N adds one;
export for the portal and import from Excel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .model import ACCESS, DATE, ENTRY_ROLE, FILES, KIND, NUMBER, PUBLISHED, TITLE, CatalogueModel

SEARCH_DELAY_MS = 250
_WIDTHS = {NUMBER: 120, DATE: 90, KIND: 200, ACCESS: 150, PUBLISHED: 90, FILES: 45}


def is_add_key(event: QKeyEvent) -> bool:
    key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (key == Qt.Key.Key_Insert and mods == Qt.KeyboardModifier.NoModifier) or (
        key == Qt.Key.Key_N and mods == Qt.KeyboardModifier.ControlModifier
    )


class CatalogueTable(QTableView):
    rowActivated = Signal(int)
    leaveUp = Signal()  # Up on the first row: back to the search box

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex().row())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.leaveUp.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    leaveDown = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leaveDown.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CataloguePage(QWidget):
    changed = Signal()  # an entry was added, changed or imported: the to-do list looks again

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.entry_dialog = None
        self.export_dialog = None
        self.import_flow = None
        self.folder_dialog = None
        self._select_after_load: int | None = None

        self.search = SearchBox()
        self.search.setPlaceholderText(
            self.tr("Words of the title, the number or the files' text (accents optional)")
        )
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.count_label = QLabel()
        self.add_button = QPushButton(self.tr("&Add entry…"))
        self.add_button.setToolTip(self.tr("Add an entry to the catalogue (Insert or Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.folder_button = QPushButton(self.tr("Add from scan fo&lder…"))
        self.folder_button.setToolTip(
            self.tr("Add every PDF, JPG, PNG or TIFF file of a folder, one entry each, named after its file")
        )
        self.folder_button.setVisible(getattr(desk, "catalogue_folder", None) is not None)
        self.folder_button.clicked.connect(lambda: self.add_folder())
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr(
                "The published list for the portal (Excel, CSV, web page) or the "
                "printed list for the notice board (PDF)"
            )
        )
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        for b in (self.export_button, self.import_button):  # not wired (a partial install): not offered
            b.setVisible(getattr(desk, "make_catalogue_transfer", None) is not None)
        self.add_button.clicked.connect(self.add_entry)
        self.open_button.clicked.connect(self.open_current)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_excel)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.export_button, self.import_button):
            buttons.addWidget(b)

        self.model = CatalogueModel(desk, jobs, self)
        self.table = CatalogueTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Catalogue entries"))
        header = self.table.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.rowActivated.connect(self.open_row)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.leaveUp.connect(self.search.setFocus)
        self.search.leaveDown.connect(self._focus_table)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: self.errors.handle(exc, self, retry=self.reload))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        self.setTabOrder(self.search, self.add_button)
        self.setTabOrder(self.add_button, self.open_button)
        self.setTabOrder(self.open_button, self.folder_button)
        self.setTabOrder(self.folder_button, self.export_button)
        self.setTabOrder(self.export_button, self.import_button)
        self.setTabOrder(self.import_button, self.table)
        self.reload()

    # --- keys: Insert and Ctrl+N add an entry while the page has the focus (Ctrl+N is "new request" elsewhere)
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_add_key(event)
        ):
            event.accept()  # delivered as a key press to the focused child, which passes it up to us
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_add_key(event):
            event.accept()
            self.add_entry()
            return
        super().keyPressEvent(event)

    # --- the list ----------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._timer.stop()
        self._select_after_load = select_id
        self.model.search(self.search.text())

    def _loaded(self, total: int) -> None:
        text = self.search.text().strip()
        self.count_label.setText(self.tr("%n entry(ies)", "", total))
        if total == 0:
            self.empty_label.setText(
                self.tr("No entry matches these words.")
                if text
                else self.tr(
                    "The catalogue is empty. Add the office's information with "
                    "“Add entry…” (Insert), or import the list kept in Excel."
                )
            )
        self.empty_label.setVisible(total == 0)
        row = self.model.row_of(self._select_after_load) if self._select_after_load is not None else -1
        if (
            row < 0
            and self.model.rowCount()
            and (self.table.hasFocus() or self._select_after_load is not None)
        ):
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            if self._select_after_load is not None:
                self.table.setFocus()
        self._select_after_load = None

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ENTRY_ROLE) if index.isValid() else None

    def open_row(self, row: int) -> None:
        entry = self.model.entry_at(row)
        if entry is not None and entry.id is not None:
            self.open_entry(entry.id)

    def open_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.open_entry(entry_id)
        else:
            self._focus_table()

    # --- dialogs -----------------------------------------------------------------------------------------
    def add_entry(self):
        return self.open_entry(None)

    def open_entry(self, entry_id: int | None):
        from .entry_dialog import EntryDialog

        dialog = EntryDialog(self.desk, self.jobs, self.errors, entry_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, entry_id: int) -> None:
        self.reload(select_id=entry_id)
        self.changed.emit()

    def add_folder(self, folder: str | None = None):
        """Choose the folder of scans, then the fields they share; the dialog adds them in a job."""
        from PySide6.QtWidgets import QFileDialog

        from ..statistics.export_dialog import documents_folder
        from .folder_dialog import AddFolderDialog

        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder of scans to add"), str(documents_folder())
            )
            if not folder:
                return None
        dialog = AddFolderDialog(self.desk, self.jobs, self.errors, folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda n: n and (self.reload(), self.changed.emit()))
        self.folder_dialog = dialog
        dialog.open()
        return dialog

    def export(self):
        from .export_dialog import ExportCatalogueDialog

        dialog = ExportCatalogueDialog(self.desk, self.jobs, self.errors, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def import_excel(self, path: str | None = None):
        from .import_flow import ImportFlow

        flow = ImportFlow(self.desk, self.jobs, self.errors, self)
        flow.imported.connect(lambda _n: (self.reload(), self.changed.emit()))
        self.import_flow = flow
        flow.start(path)
        return flow
