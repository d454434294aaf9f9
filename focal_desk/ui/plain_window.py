"""A plain main window until the officer's workbench (next issue) replaces it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from ..domain.listing import RequestQuery
from ..services.requests import RequestService


def tr(text: str) -> str:
    return QCoreApplication.translate("PlainWindow", text)


class PlainWindow(QMainWindow):
    def __init__(self, requests: RequestService, database: Path):
        super().__init__()
        self.setWindowTitle(tr("focal_desk — Sổ theo dõi cung cấp thông tin theo yêu cầu"))
        count = requests.count(RequestQuery())
        self.summary = QLabel(
            tr("Sổ theo dõi đang có %1 yêu cầu.").replace("%1", str(count))
            + "\n"
            + tr("Dùng lệnh focal-desk request add / list để vào sổ và tra cứu.")
        )
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.summary.setFont(font)
        self.setCentralWidget(self.summary)
        self.statusBar().showMessage(tr("Dữ liệu: %1").replace("%1", str(database)))
        self.resize(900, 600)


def run(requests: RequestService, database: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = PlainWindow(requests, database)
    window.show()
    return app.exec()
