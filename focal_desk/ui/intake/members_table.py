"""Members of an organisation's request (ND13 Đ4): name, ID number, purpose; rows added and removed by hand."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.requester import Member
from ..field_errors import ErrorLabel

NAME, ID_NUMBER, PURPOSE = range(3)
_MEMBER_FIELD = re.compile(r"members\[(\d+)\]\.(full_name|id_number)")
_ERROR_BRUSH = QBrush(QColor("#fde7ea"))

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class MembersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._cell_errors: dict[tuple[int, int], str] = {}

    # --- Qt model ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Full name"), self.tr("ID number"), self.tr("Reason and purpose"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        error = self._cell_errors.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole and error:
            return error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return _ERROR_BRUSH
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value or "")
        self._cell_errors.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def insertRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [["", "", ""] for _ in range(count)]
        self._cell_errors.clear()  # row numbers moved; the next validation marks them again
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self._cell_errors.clear()
        self.endRemoveRows()
        return True

    # --- for the form --------------------------------------------------------------------------------
    def members(self) -> tuple[Member, ...]:
        """Typed rows, skipping rows left completely empty (an "Add" pressed once too often)."""
        return tuple(Member(full_name=n, id_number=i, purpose=p) for n, i, p in self._rows if n or i or p)

    def set_members(self, members: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = [list(m) for m in members]
        self._cell_errors.clear()
        self.endResetModel()

    def mark_errors(self, errors: dict[str, str]) -> None:
        """Colour the cells named by ``members[i].field`` errors (i counts typed rows from 1)."""
        typed_rows = [r for r, (n, i, p) in enumerate(self._rows) if n or i or p]
        self._cell_errors.clear()
        for key, message in errors.items():
            match = _MEMBER_FIELD.fullmatch(key)
            if match and 1 <= int(match.group(1)) <= len(typed_rows):
                column = NAME if match.group(2) == "full_name" else ID_NUMBER
                self._cell_errors[(typed_rows[int(match.group(1)) - 1], column)] = message
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))


class MembersEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = MembersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the form
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ID_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PURPOSE, QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader().defaultSectionSize() * 3  # three rows show; more scroll
        self.view.setFixedHeight(rows + self.view.horizontalHeader().sizeHint().height() + 4)
        self.add_button = QPushButton(self.tr("Add m&ember"))
        self.remove_button = QPushButton(self.tr("Remove member"))
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add_row(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, NAME)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_current(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()} or
                      ({self.view.currentIndex().row()} if self.view.currentIndex().isValid() else set()))
        for row in reversed(rows):
            self.model.removeRows(row, 1)

    def show_errors(self, errors: dict[str, str]) -> None:
        mine = {k: v for k, v in errors.items() if k == "members" or k.startswith("members[")}
        self.model.mark_errors(mine)
        self.error.set_message("\n".join(mine.values()))
