"""At intake: catalogue entries matching what the requester asks for, suggested as the officer types.

The search runs as a read job a moment after the last key (debounced); an answer older than the text is
dropped. The officer ticks one or more (Space or Enter on the list); the ticked ones stay listed while the
text changes, and are linked once the request is registered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.catalogue import CatalogueEntry
from ..catalogue_text import entry_line
from ..request_file.lifetime import while_alive

DEBOUNCE_MS = 350
SHOWN = 6


class TickList(QListWidget):
    """Space (Qt's own) and Enter tick the current row; Enter must not reach the dialog's Save button."""

    toggled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            item = self.currentItem()
            if item is not None:
                ticked = item.checkState() is Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)


class CatalogueSuggestions(QGroupBox):
    def __init__(self, catalogue, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue, self.jobs, self.errors = catalogue, jobs, errors
        self.setTitle(self.tr("Catalo&gue entries to link"))  # Alt+letter focuses the list
        self._generation = 0
        self._text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.list = TickList()
        self.list.setObjectName("catalogueSuggestions")
        self.list.setAccessibleName(self.tr("Matching catalogue entries"))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 2 + 12)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long titles elide
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemChanged.connect(lambda _item: self._update_hint())
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setMinimumWidth(1)  # one line; a narrow window cuts it rather than growing the form
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self._update_hint()

    # --- searching ----------------------------------------------------------------------------------
    def text_changed(self, text: str) -> None:
        self._text = text
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        text = self._text
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._found(generation, [])
            return
        service = self.catalogue
        self.jobs.submit(
            lambda: service.suggest(text, SHOWN),
            on_success=while_alive(self, lambda found: self._found(generation, found)),
            on_error=while_alive(self, lambda exc: self.errors.handle(exc, self.window())),
            owner=self,
        )

    def _found(self, generation: int, found: list[CatalogueEntry]) -> None:
        if generation != self._generation:
            return  # the officer typed on meanwhile
        ticked = [e for e in self.entries() if e.id in set(self.chosen())]
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole).id if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        ticked_ids = {e.id for e in ticked}
        for entry in [*ticked, *(e for e in found if e.id not in ticked_ids)]:
            item = QListWidgetItem(entry_line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(entry_line(entry))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in ticked_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if entry.id == current_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._searched = bool(self._text.strip())
        self._update_hint()

    # --- reading ------------------------------------------------------------------------------------
    def entries(self) -> list[CatalogueEntry]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def chosen(self) -> list[int]:
        """Ids of the ticked entries, in list order."""
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole).id
            for i in range(self.list.count())
            if self.list.item(i).checkState() is Qt.CheckState.Checked
        ]

    def _update_hint(self) -> None:
        count, ticked = self.list.count(), len(self.chosen())
        if ticked:
            text = self.tr("%n entry(ies) will be linked to the request when it is saved.", "", ticked)
        elif count:
            text = self.tr("Space or Enter ticks an entry to link it.")
        elif self._text.strip() and getattr(self, "_searched", False):
            text = self.tr("No entry of the catalogue matches the information requested.")
        else:
            text = self.tr("Entries matching the information requested appear here as you type.")
        self.hint.setText(text)
