"""The pages of one file as small pictures, made in a read job (a newer file supersedes the pictures of the
one before)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

THUMB_PX = 160


class ThumbnailStrip(QWidget):
    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self._generation = 0
        self._job = None
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(4)
        self.list.setFixedHeight(THUMB_PX + self.list.fontMetrics().lineSpacing() + 36)
        self.list.setAccessibleName(self.tr("Pages of the file"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # pictures only: Tab goes on to the buttons
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.note)

    def count(self) -> int:
        return self.list.count()

    def clear(self) -> None:
        self._generation += 1
        if self._job is not None:
            self._job.cancel()  # the pictures of the file shown before are no longer wanted
            self._job = None
        self.list.clear()
        self.note.setText("")

    def show_pages_of(self, source) -> None:
        """``source``: a stored CatalogueFile or the path of a file about to be added."""
        self.clear()
        generation, service = self._generation, self.desk.catalogue_files
        if service is None:
            return
        self.note.setText(self.tr("Making the page pictures…"))

        def done(preview) -> None:
            if generation == self._generation:
                self._show(preview)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.note.setText(str(exc))  # a damaged file: its one sentence, where the pages would be

        self._job = self.jobs.submit(
            lambda cancel: service.preview(source, cancel=cancel),
            on_success=done,
            on_error=failed,
            owner=self,
        )

    def _show(self, preview) -> None:
        for n, png in enumerate(preview.thumbnails, start=1):
            item = QListWidgetItem(
                QIcon(_framed(QImage.fromData(png))), self.tr("Page %1").replace("%1", str(n))
            )
            self.list.addItem(item)
        more = preview.page_count - len(preview.thumbnails)
        self.note.setText(
            self.tr("%n page(s)", "", preview.page_count)
            + (
                " " + self.tr("(the first %1 shown)").replace("%1", str(len(preview.thumbnails)))
                if more > 0
                else ""
            )
        )


def _framed(image: QImage) -> QPixmap:
    """A grey edge around the page: a white page on a white list is otherwise lost."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap
