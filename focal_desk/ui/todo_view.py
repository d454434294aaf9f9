"""What to do today: overdue, due today, due soon, notices of the time limit owed, long-waited supplements,
the papers the workflow still asks for (a refusal without its Mẫu 05, an extension without its Mẫu 04);
and the catalogue's entries that must be published and are not, or whose publication period ends.

A two-level model (sections, then rows); a request row opens the request file, an entry row the entry.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.catalogue import CatalogueEntry, PublicationDue
from ..domain.listing import RequestSummary
from ..services.todo import LONG_WAIT_WORKING_DAYS, SOON_WORKING_DAYS, TodoList
from .labels import fmt_date, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # a catalogue entry's id (publication reminders)
OVERDUE, TODAY, SOON, NOTICES, SUPPLEMENTS, DOCUMENTS, PUBLICATIONS = range(7)
_COLUMNS = 6
_RED, _AMBER = QColor("#9b0018"), QColor("#7a4a00")


class TodoModel(QAbstractItemModel):
    """Top-level rows are the sections (internal id 0); a request row's internal id is its section + 1."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._todo: TodoList | None = None
        self._sections: list[list] = [[] for _ in range(7)]  # RequestSummary; (entry, due) in PUBLICATIONS
        self._titles = [
            self.tr("Overdue"),
            self.tr("Due today"),
            self.tr("Due within %n working day(s)", "", SOON_WORKING_DAYS),
            self.tr("Notices of the time limit still to send"),
            self.tr("Awaiting a supplement for more than %1 working days").replace(
                "%1", str(LONG_WAIT_WORKING_DAYS)),
            self.tr("Documents still to issue"),
            self.tr("Catalogue: information to publish, publication periods ending"),
        ]
        self._headers = [self.tr("No."), self.tr("Requester"), self.tr("Information requested"),
                         self.tr("Deadline"), self.tr("Status"), self.tr("Note")]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_todo(self, todo: TodoList, due: list[tuple[CatalogueEntry, PublicationDue]] | None = None) -> None:
        self.beginResetModel()
        self._todo = todo
        self._sections = [todo.overdue, todo.due_today, todo.due_soon, todo.notices_to_send,
                          todo.waiting_supplement, todo.documents_owed, list(due or [])]
        self.endResetModel()

    def section_rows(self, section: int) -> list[RequestSummary]:
        return self._sections[section]

    # --- Qt model ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=None):  # noqa: D401 — QObject.parent() shares the name
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < _COLUMNS else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._section_data(index.row(), index.column(), role)
        section = index.internalId() - 1
        rows = self._sections[section]
        if not 0 <= index.row() < len(rows):
            return None
        s = rows[index.row()]
        if section == PUBLICATIONS:
            return self._entry_data(s, index.column(), role)
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(section, s, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return s.info_requested
        if role == Qt.ItemDataRole.ForegroundRole and section in (OVERDUE, TODAY, SOON):
            return QBrush(_RED if section == OVERDUE else _AMBER)
        return None

    def _section_data(self, section: int, column: int, role: int):
        count = len(self._sections[section])
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{self._titles[section]} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and count:
            if section == OVERDUE:
                return QBrush(_RED)
            if section in (TODAY, SOON):
                return QBrush(_AMBER)
        return None

    def _entry_data(self, row: tuple[CatalogueEntry, PublicationDue], column: int, role: int):
        entry, due = row
        if role == ENTRY_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole and due is not PublicationDue.ENDING:
            return QBrush(_AMBER)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return entry.title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        pub = entry.publication
        if column == 0:
            return entry.number
        if column == 1:
            return entry.issuing_body
        if column == 2:
            return " ".join(entry.title.split())
        if column == 3:
            return fmt_date(pub.start if due is PublicationDue.NOT_PUBLISHED else pub.end)
        if column == 4:
            return {PublicationDue.NOT_PUBLISHED: self.tr("Not published yet"),
                    PublicationDue.ENDING: self.tr("Publication period ends soon"),
                    PublicationDue.ENDED: self.tr("Publication period ended")}[due]
        return pub.where

    def _text(self, section: int, s: RequestSummary, column: int) -> str:
        if column == 0:
            return s.register_number
        if column == 1:
            return s.requester_name
        if column == 2:
            return " ".join(s.info_requested.split())
        if column == 3:
            return fmt_date(s.due_now)
        if column == 4:
            return status_label(s.status)
        return self._note(section, s)

    def _note(self, section: int, s: RequestSummary) -> str:
        today = self._todo.urgency.today if self._todo else None
        if section == OVERDUE and today:
            notes = []
            if s.due_now and s.due_now < today:
                notes.append(self.tr("%n day(s) late", "", (today - s.due_now).days))
            if s.notice_missed(today) and s.notice_due:  # overdue too: the written notice was not sent
                notes.append(self.tr("Notice overdue since %1").replace("%1", fmt_date(s.notice_due)))
            return "; ".join(notes)
        if section == TODAY:
            return self.tr("Due today")
        if section == SOON and today and s.due_now:
            return self.tr("Due in %n day(s)", "", (s.due_now - today).days)
        if section == NOTICES and s.notice_due:
            late = today is not None and s.notice_due < today
            text = self.tr("Notice overdue since %1") if late else self.tr("Send the notice by %1")
            return text.replace("%1", fmt_date(s.notice_due))
        if section == SUPPLEMENTS:
            return self.tr("Received %1").replace("%1", fmt_date(s.received_at))
        if section == DOCUMENTS and self._todo is not None:
            return self._todo.owed_notes.get(s.id, "")  # the service's words (Vietnamese data)
        return ""


class _TodoTree(QTreeView):
    rowActivated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class TodoView(QWidget):
    requestActivated = Signal(int)
    entryActivated = Signal(int)  # a catalogue entry's id
    overdueChanged = Signal(int)  # overdue requests, after each reload

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None, load_now: bool = True):
        super().__init__(parent)
        self._desk, self._jobs, self._errors = desk, jobs, errors
        self._generation = 0
        self.model = TodoModel(self)
        self.summary = QLabel(self.tr("Loading…"))
        font = self.summary.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.summary.setFont(font)
        self.refresh = QPushButton(self.tr("R&efresh"))
        self.refresh.setToolTip(self.tr("Look again (F5)"))
        self.refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh)

        self.tree = _TodoTree()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Things to do"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 200, 0, 120, 170, 260)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.doubleClicked.connect(self._activate)
        self.tree.rowActivated.connect(self._activate)
        self.model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        if load_now:  # the main window asks once the register is on screen: start-up stays quick
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        todo, catalogue = self._desk.todo, getattr(self._desk, "catalogue", None)

        def run():
            return todo.todo(), (catalogue.due_publications() if catalogue is not None else [])

        self._jobs.submit(
            run,
            on_success=lambda result: self._show(generation, *result),
            on_error=lambda exc: generation == self._generation and self._errors.handle(exc, self, retry=self.reload),
            owner=self,  # a result that comes after the page is gone is dropped
        )

    def _show(self, generation: int, todo: TodoList, due: list | None = None) -> None:
        if generation != self._generation:
            return
        self.model.set_todo(todo, due)
        overdue = len(todo.overdue)
        total = todo.total + len(due or [])
        if overdue:
            self.summary.setText(self.tr("%n request(s) overdue: deal with them first.", "", overdue))
            self.summary.setStyleSheet("color: #9b0018;")
        elif total:
            self.summary.setText(self.tr("Nothing is overdue. %n thing(s) to watch.", "", total))
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(self.tr("Nothing to do: no deadline is near."))
            self.summary.setStyleSheet("color: #1b5e20;")
        self.overdueChanged.emit(overdue)

    def _after_reset(self) -> None:
        for section in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(section, QModelIndex(), True)
        self.tree.expandAll()

    def _activate(self, index: QModelIndex) -> None:
        request_id = index.data(ID_ROLE)
        if request_id is not None:
            self.requestActivated.emit(int(request_id))
            return
        entry_id = index.data(ENTRY_ROLE)
        if entry_id is not None:
            self.entryActivated.emit(int(entry_id))
