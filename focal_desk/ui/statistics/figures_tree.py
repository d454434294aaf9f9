"""The figures of a period as a tree: sections, figures, their breakdowns ("Trong đó") — labels from FIGURES.
Enter, double-click or a click on a number lists the requests behind that figure in the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ...domain.statistics import FIGURES, Section, Statistics, Unit

KEY_ROLE = Qt.ItemDataRole.UserRole
LINK = QColor("#1a56a8")


def value_text(unit: Unit, value: int) -> str:
    text = f"{value:,}".replace(",", ".")
    return f"{text} đ" if unit is Unit.DONG else text


class FiguresTree(QTreeWidget):
    figureChosen = Signal(str)  # a figure's key

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Figure"), self.tr("Number")])
        self.setAccessibleName(self.tr("Figures of the period"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        sections: dict[Section, QTreeWidgetItem] = {}
        for f in FIGURES:
            if f.section not in sections:
                top = QTreeWidgetItem([f.section.label_vi, ""])
                top.setFont(0, bold)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.addTopLevelItem(top)
                sections[f.section] = top
            parent = self.items.get(f.parent) if f.parent else sections[f.section]
            item = QTreeWidgetItem(parent, [f.label_vi, ""])
            item.setData(0, KEY_ROLE, f.key)
            item.setToolTip(0, f"{f.label_vi}\n{f.doc}")  # long labels are cut in the column
            item.setToolTip(1, self.tr("Enter or click: show these requests in the register"))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, QBrush(LINK))
            self.items[f.key] = item
        self.expandAll()
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(lambda item, column: column == 1 and self._chosen(item))

    def show_values(self, stats: Statistics | None) -> None:
        for f in FIGURES:
            self.items[f.key].setText(1, "" if stats is None else value_text(f.unit, stats[f.key]))

    def _chosen(self, item: QTreeWidgetItem, *_args) -> None:
        key = item.data(0, KEY_ROLE)
        if key and item.text(1):
            self.figureChosen.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Enter chooses on every platform (not only where it activates)
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._chosen(item)
            event.accept()
            return
        super().keyPressEvent(event)
