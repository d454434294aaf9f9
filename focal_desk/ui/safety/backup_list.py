"""The backups the officer can restore from, newest first, with their kind, time and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ...domain.backup import BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
KIND, MADE_AT, SIZE, FILE = range(4)


def kind_label(kind: str) -> str:
    return {
        "daily": QCoreApplication.translate("Backups", "Daily"),
        "monthly": QCoreApplication.translate("Backups", "Monthly"),
        "manual": QCoreApplication.translate("Backups", "Manual"),
        "migration": QCoreApplication.translate("Backups", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
    }.get(kind, kind)


def fmt_when(info: BackupInfo) -> str:
    return info.made_at.strftime("%d/%m/%Y %H:%M")


def fmt_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupList(QTreeWidget):
    """One row per backup; a file chosen elsewhere is added on top and selected."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Kind"), self.tr("Made at"), self.tr("Size"), self.tr("File")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Backups"))
        header = self.header()
        header.setStretchLastSection(True)
        header.resizeSection(KIND, 150)
        header.resizeSection(MADE_AT, 140)
        header.resizeSection(SIZE, 90)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.clear()
        for info in backups:
            item = QTreeWidgetItem([kind_label(info.kind), fmt_when(info), fmt_size(info.size), info.path.name])
            item.setData(KIND, PATH_ROLE, info)
            item.setToolTip(FILE, str(info.path))
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def add_file(self, path: Path) -> None:
        """A file the officer picked (another folder, a USB stick): its own row on top, selected."""
        size = path.stat().st_size if path.is_file() else 0
        item = QTreeWidgetItem([self.tr("Other file"), "", fmt_size(size), path.name])
        item.setData(KIND, PATH_ROLE, path)
        item.setToolTip(FILE, str(path))
        self.insertTopLevelItem(0, item)
        self.setCurrentItem(item)

    def chosen(self) -> BackupInfo | Path | None:
        item = self.currentItem()
        return item.data(KIND, PATH_ROLE) if item is not None else None

    def paths(self) -> list[Path]:
        out = []
        for i in range(self.topLevelItemCount()):
            value = self.topLevelItem(i).data(KIND, PATH_ROLE)
            out.append(value.path if isinstance(value, BackupInfo) else value)
        return out
