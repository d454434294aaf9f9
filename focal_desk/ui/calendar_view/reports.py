"""What a calendar change did: the requests whose deadline moved; or why an import file was refused."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..labels import fmt_date
from ..screen_fit import fit_window


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()
    return table


class MovedDialog(QDialog):
    """After a calendar change: every open request whose deadline moved, old → new; Enter or a double
    click on a row opens that request's file (the dialog stays open, so the next one can be checked)."""

    requestActivated = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deadlines recomputed"))
        moved = list(report.moved)
        summary = self.tr("The deadlines of %n open request(s) were recomputed on the new calendar.", "",
                          report.examined)
        if moved:
            summary += "\n" + self.tr("%n deadline(s) moved:", "", len(moved))
        else:
            summary += "\n" + self.tr("No deadline moved.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        rows = [
            [
                m.register_number,
                fmt_date(m.old_due) or "—",
                fmt_date(m.new_due) or "—",
                self.tr("Flagged: a notice already carries the old date; check it and tell the requester")
                if m.flagged else self.tr("Updated"),
            ]
            for m in moved
        ]
        self.table = _table(
            [self.tr("Register no."), self.tr("Old deadline"), self.tr("New deadline"), self.tr("Note")], rows
        )
        for row, m in enumerate(moved):
            self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, m.request_id)
        self.table.activated.connect(self._activated)
        self.table.setVisible(bool(moved))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_window(self, 760, 420 if moved else 160)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The table opens the row on Enter and passes the key on: the dialog must not close on it too.
        if self.table.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _activated(self, index) -> None:
        item = self.table.item(index.row(), 0)
        request_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if request_id is not None:
            self.requestActivated.emit(int(request_id))


def _line_number(key: str) -> int:
    match = re.search(r"\d+", key)
    return int(match.group()) if match else 0


class ImportErrorsDialog(QDialog):
    """The file was refused: each problem with its line; nothing was imported."""

    def __init__(self, errors: dict[str, str], path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar file not imported"))
        head = QLabel(
            self.tr("Nothing was imported from %1. Correct these lines and import the file again:").replace("%1", path)
        )
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        keys = sorted(errors, key=lambda k: (_line_number(k), k))
        rows = [[str(_line_number(k)) if _line_number(k) else "", errors[k]] for k in keys]
        self.table = _table([self.tr("Line"), self.tr("Problem")], rows)
        hint = QLabel(self.tr("Columns expected: date,kind,name_vi,source — date as YYYY-MM-DD, kind off or work."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        fit_window(self, 720, 360)

    def messages(self) -> list[str]:
        return [self.table.item(r, 1).text() for r in range(self.table.rowCount())]
