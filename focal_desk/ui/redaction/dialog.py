"""Redact a catalogue file for a request (ND13 Đ7; issue 11 item 4): the pages as images from the redaction
service, areas marked with the mouse or the keyboard (canvas.py) or found by a phrase, each with its legal
ground (a Đ6 point or a Đ7 ground, required), then the copy written in the background with progress and
Cancel. The original is never changed; the copy is recorded on the request and offered for provision."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...digitise.errors import DigitiseCancelled
from ...domain.catalogue import CatalogueFile, vocabulary
from ...domain.errors import ValidationError
from ...domain.provision import RedactedCopy
from ...domain.redaction_area import RedactionArea
from ..discard_guard import DiscardGuard
from ..discard_prompt import ask_discard
from ..request_file.lifetime import while_alive
from ..screen_fit import fit_window
from .canvas import Area, PageCanvas

ZOOMS = (50, 75, 100, 125, 150, 200)  # percent of 72 dpi… shown as the page at that zoom on a 96 dpi screen
DEFAULT_ZOOM = 100
THUMB_DPI = 36
THUMBS_LOADED = 60  # a 200-page file: the first pages get a picture, the others a number


def zoom_dpi(percent: int) -> int:
    """The render dpi that shows the page at ``percent`` of its printed size on a 96 dpi screen."""
    return max(36, round(96 * percent / 100))


def grounds() -> list[tuple[str, str]]:
    """(code, label) of every ground an area may have: the Đ6 points, then the Đ7 grounds."""
    vocab = vocabulary()
    return [(c.code, c.label) for c in (*vocab.secret_points, *vocab.conditional_grounds)]


def _framed(image: QImage) -> QPixmap:
    """A white page on a white list is invisible: a thin grey frame shows its edge."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#888888"), max(1, pixmap.width() // 80)))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


class RedactionDialog(DiscardGuard, QDialog):
    written = Signal(object)  # the RedactedCopy, once recorded

    def __init__(
        self, desk, jobs, errors, file: CatalogueFile, request_id: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.file, self.request_id = desk, jobs, errors, file, request_id
        self.service = desk.redaction
        self.pages: list = []  # PageInfo of every page
        self.copy: RedactedCopy | None = None
        self._job = None  # the copy being written
        self._saved_areas: list[Area] | None = None  # the areas the last copy was written from
        self._page_generation = 0
        self.setWindowTitle(self.tr("Redact: %1").replace("%1", file.filename))

        # pages
        self.page_list = QListWidget()
        self.page_list.setObjectName("redactionPages")
        self.page_list.setIconSize(QSize(72, 102))
        self.page_list.setFixedWidth(150)
        self.page_list.currentRowChanged.connect(self.show_page)
        pages_label = QLabel(self.tr("Pa&ges:"))
        pages_label.setBuddy(self.page_list)

        # the page
        self.canvas = PageCanvas()
        self.canvas.areasChanged.connect(self._areas_changed)
        self.canvas.selectionChanged.connect(self._selection_changed)
        self.canvas.pageStep.connect(self._turn_page)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("redactionPage")
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the canvas takes the keys, not its frame
        self.zoom = QComboBox()
        for z in ZOOMS:
            self.zoom.addItem(f"{z} %", z)
        self.zoom.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page_list.currentRow()))
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)
        self.page_label = QLabel()
        keys = QLabel(
            self.tr(
                "Drag on the page, or press Ins, to mark an area. Arrows move it (Ctrl: finely), "
                "Shift+arrows resize it, Del removes it. PageUp/PageDown turn the page."
            )
        )
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555;")

        # areas
        self.area_list = QListWidget()
        self.area_list.setObjectName("redactionAreas")
        self.area_list.currentRowChanged.connect(self._area_picked)
        areas_label = QLabel(self.tr("&Areas to remove:"))
        areas_label.setBuddy(self.area_list)
        self.ground = QComboBox()
        self.ground.addItem(self.tr("— choose the ground —"), "")
        for code, label in grounds():
            self.ground.addItem(f"{code}: {label}", code)
            self.ground.setItemData(self.ground.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.ground.setMinimumContentsLength(24)
        self.ground.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ground.currentIndexChanged.connect(self._ground_chosen)
        ground_label = QLabel(self.tr("Gro&und (Art. 6 / Art. 7):"))
        ground_label.setBuddy(self.ground)
        self.remove_button = QPushButton(self.tr("&Remove area"))
        self.remove_button.clicked.connect(self.canvas.remove_selected)
        self.phrase = QLineEdit()
        self.phrase.setObjectName("phrase")
        self.phrase.setPlaceholderText(self.tr("e.g. a name or an ID number"))
        self.phrase.installEventFilter(self)
        phrase_label = QLabel(self.tr("&Find a phrase:"))
        phrase_label.setBuddy(self.phrase)
        self.find_button = QPushButton(self.tr("Mark all"))
        self.find_button.clicked.connect(self.find_phrase)

        # writing
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.write_button = QPushButton(self.tr("&Write the redacted copy"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel_writing)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.remove_button, self.find_button, self.cancel_button, self.close_button):
            b.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(pages_label)
        left.addWidget(self.page_list, 1)
        centre = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.page_label, 1)
        top.addWidget(zoom_label)
        top.addWidget(self.zoom)
        centre.addLayout(top)
        centre.addWidget(self.scroll, 1)
        centre.addWidget(keys)
        right = QVBoxLayout()
        right.addWidget(areas_label)
        right.addWidget(self.area_list, 1)
        right.addWidget(ground_label)
        right.addWidget(self.ground)
        right.addWidget(self.remove_button)
        right.addSpacing(8)
        right.addWidget(phrase_label)
        phrase_row = QHBoxLayout()
        phrase_row.addWidget(self.phrase, 1)
        phrase_row.addWidget(self.find_button)
        right.addLayout(phrase_row)
        right.addSpacing(8)
        right.addWidget(self.status)
        right.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(340)
        row = QHBoxLayout(self)
        row.addLayout(left)
        row.addLayout(centre, 1)
        row.addWidget(side)
        for first, second in (
            (self.page_list, self.zoom),
            (self.zoom, self.canvas),
            (self.canvas, self.area_list),
            (self.area_list, self.ground),
            (self.ground, self.remove_button),
            (self.remove_button, self.phrase),
            (self.phrase, self.find_button),
            (self.find_button, self.write_button),
            (self.write_button, self.cancel_button),
            (self.cancel_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        fit_window(self, 1300, 900)
        self._areas_changed()
        self.load_pages()

    # --- loading ------------------------------------------------------------------------------------
    def ready(self) -> bool:
        return bool(self.pages) and self.canvas.image is not None

    def load_pages(self) -> None:
        service, file_id = self.service, self.file.id
        self.status.setText(self.tr("Opening the file…"))
        self.jobs.submit(
            lambda: service.pages(file_id),
            on_success=while_alive(self, self._pages_loaded),
            on_error=while_alive(self, self._failed),
        )

    def _pages_loaded(self, pages: list) -> None:
        self.pages = list(pages)
        self.status.setText("")
        for info in self.pages:
            item = QListWidgetItem(self.tr("Page %1").replace("%1", str(info.index0 + 1)))
            self.page_list.addItem(item)
        if self.pages:
            self.page_list.setCurrentRow(0)
            self.canvas.setFocus()
        service, file_id, count = self.service, self.file.id, min(len(self.pages), THUMBS_LOADED)

        def thumbs(cancel):
            out = []
            for i in range(count):
                if cancel():
                    break
                out.append(service.page_image_png(file_id, i, THUMB_DPI))
            return out

        self.jobs.submit(thumbs, on_success=while_alive(self, self._thumbs_loaded), owner=self)

    def _thumbs_loaded(self, images: list[bytes]) -> None:
        for i, data in enumerate(images):
            item = self.page_list.item(i)
            if item is not None:
                item.setIcon(QIcon(_framed(QImage.fromData(data))))

    def show_page(self, row: int) -> None:
        if not (0 <= row < len(self.pages)):
            return
        info = self.pages[row]
        dpi = zoom_dpi(self.zoom.currentData())
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(row + 1)).replace("%2", str(len(self.pages)))
        )
        self.canvas.show_page(row + 1, (info.width_pt, info.height_pt), None, dpi)
        self._page_generation += 1
        generation = self._page_generation
        service, file_id = self.service, self.file.id

        def shown(data: bytes) -> None:
            if generation == self._page_generation:
                self.canvas.show_page(row + 1, (info.width_pt, info.height_pt), QImage.fromData(data), dpi)

        self.jobs.submit(
            lambda: service.page_image_png(file_id, row, dpi),
            on_success=while_alive(self, shown),
            on_error=while_alive(self, self._failed),
        )
        self._fill_area_list()

    def _turn_page(self, step: int) -> None:
        row = self.page_list.currentRow() + step
        if 0 <= row < self.page_list.count():
            self.page_list.setCurrentRow(row)

    # --- areas --------------------------------------------------------------------------------------
    def areas(self) -> list[Area]:
        return list(self.canvas.areas)

    def _areas_changed(self) -> None:
        self._fill_area_list()
        count = len(self.canvas.areas)
        self.write_button.setEnabled(count > 0 and self._job is None)
        self.remove_button.setEnabled(self.canvas.selected is not None)

    def _fill_area_list(self) -> None:
        self.area_list.blockSignals(True)
        self.area_list.clear()
        for a in self.canvas.areas:
            ground = a.ground or self.tr("no ground yet")
            text = (
                self.tr("Page %1: %2 × %3 pt — %4")
                .replace("%1", str(a.page))
                .replace("%2", f"{a.x1 - a.x0:.0f}")
                .replace("%3", f"{a.y1 - a.y0:.0f}")
                .replace("%4", ground)
            )
            self.area_list.addItem(text)
        if self.canvas.selected is not None:
            self.area_list.setCurrentRow(self.canvas.selected)
        self.area_list.blockSignals(False)

    def _area_picked(self, row: int) -> None:
        if not (0 <= row < len(self.canvas.areas)):
            return
        page = self.canvas.areas[row].page
        if page != self.canvas.page:
            self.page_list.setCurrentRow(page - 1)
        self.canvas.select(row)

    def _selection_changed(self) -> None:
        selected = self.canvas.selected
        self.remove_button.setEnabled(selected is not None)
        if selected is not None:
            self.area_list.blockSignals(True)
            self.area_list.setCurrentRow(selected)
            self.area_list.blockSignals(False)
            self.ground.blockSignals(True)
            self.ground.setCurrentIndex(max(0, self.ground.findData(self.canvas.areas[selected].ground)))
            self.ground.blockSignals(False)

    def _ground_chosen(self, _index: int) -> None:
        """The ground applies to the selected area and to the next ones marked."""
        code = self.ground.currentData() or ""
        self.canvas.default_ground = code
        if self.canvas.selected is not None:
            i = self.canvas.selected
            a = self.canvas.areas[i]
            self.canvas.areas[i] = Area(a.page, a.x0, a.y0, a.x1, a.y1, code)
            self.canvas.update()
            self._areas_changed()

    def set_ground(self, code: str) -> None:
        self.ground.setCurrentIndex(max(0, self.ground.findData(code)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.phrase
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.find_phrase()  # Enter here marks the phrase; it does not write the copy
            return True
        return super().eventFilter(watched, event)

    def find_phrase(self) -> None:
        phrase = self.phrase.text()
        if not phrase.strip():
            return
        service, file_id, ground = self.service, self.file.id, self.canvas.default_ground
        self.find_button.setEnabled(False)

        def found(areas: list[RedactionArea]) -> None:
            self.find_button.setEnabled(True)
            if not areas:
                self.status.setText(
                    self.tr(
                        "The phrase is not in the file's text (a scan without text has none: "
                        "mark it by hand)."
                    )
                )
                return
            for r in areas:
                self.canvas.areas.append(Area(r.page, r.x0, r.y0, r.x1, r.y1, ground))
            self.canvas.select(len(self.canvas.areas) - 1)
            self._areas_changed()
            self.status.setText(self.tr("%n occurrence(s) marked.", "", len(areas)))

        def failed(exc: BaseException) -> None:
            self.find_button.setEnabled(True)
            self._failed(exc)

        self.jobs.submit(
            lambda: service.find_phrase(file_id, phrase, ground),
            on_success=while_alive(self, found),
            on_error=while_alive(self, failed),
        )

    # --- writing ------------------------------------------------------------------------------------
    def write(self) -> None:
        if self._job is not None or not self.canvas.areas:
            return
        missing = [i for i, a in enumerate(self.canvas.areas) if not a.ground]
        if missing:
            self.status.setText(
                self.tr(
                    "Choose the ground of every area before writing the copy (%n without one).",
                    "",
                    len(missing),
                )
            )
            self._area_picked(missing[0])
            self.ground.setFocus()
            return
        areas = [RedactionArea(a.page, a.x0, a.y0, a.x1, a.y1, a.ground) for a in self.canvas.areas]
        service, file_id, rid = self.service, self.file.id, self.request_id
        from ...services.officer import actor_label

        actor = actor_label(self.desk.officer.name, self.desk.officer.login)
        snapshot = self.areas()

        def run(progress, cancel):
            return service.make_copy(
                file_id, areas, request_id=rid, actor=actor, progress=progress, cancelled=cancel
            )

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Writing the redacted copy…"))
        self._job = self.jobs.submit(
            run,
            lane="digitise",
            on_progress=while_alive(self, self._progress),
            on_success=while_alive(self, lambda copy: self._written(copy, snapshot)),
            on_error=while_alive(self, self._write_failed),
        )
        self._areas_changed()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_writing(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._finish_writing()
            self.status.setText(self.tr("Stopped: no copy was written."))

    def _finish_writing(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._areas_changed()

    def _written(self, copy: RedactedCopy, snapshot: list[Area]) -> None:
        self._finish_writing()
        self.copy = copy
        self._saved_areas = snapshot
        self.status.setText(
            self.tr(
                "The redacted copy was written: %1 page(s), %2 area(s) removed. The original is "
                "unchanged; the copy is offered when the package is made."
            )
            .replace("%1", str(copy.page_count))
            .replace("%2", str(len(copy.areas)))
        )
        self.written.emit(copy)

    def _write_failed(self, exc: BaseException) -> None:
        self._finish_writing()
        if isinstance(exc, DigitiseCancelled):
            self.status.setText(self.tr("Stopped: no copy was written."))
        elif isinstance(exc, ValidationError):
            self.status.setText("\n".join(exc.errors.values()))
        else:
            self.status.setText("")
            self.errors.handle(exc, self)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.status.setText("\n".join(exc.errors.values()))
        else:
            self.status.setText("")
            self.errors.handle(exc, self)

    # --- closing ------------------------------------------------------------------------------------
    def should_ask(self) -> bool:  # DiscardGuard: marked areas not yet written to a copy
        return bool(self.canvas.areas) and self.areas() != self._saved_areas

    def confirm_discard(self) -> bool:
        return ask_discard(
            self,
            self.tr("Discard the marked areas?"),
            self.tr("The areas marked have not been written to a copy. Close and discard them?"),
        )

    def reject(self) -> None:
        if self._job is not None:  # closing stops the copy being written: nothing half-made is kept
            self.cancel_writing()
        super().reject()
