"""The request file's catalogue tab ("Thông tin trong danh mục"): the entries linked to the request with their
access class and files, what the law says to do with each (domain.catalogue_advice), unlink, and a search to
link more. The advice leads into the existing flows: a refusal (prefilled), the covering letter, the consent
document attached to the request; the files lead into redaction and the provision package."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import CatalogueEntry, CatalogueFile
from ...domain.catalogue_advice import Advice, EntryAdvice, advise, published_where_text, secret_points_text
from ...domain.clock import today
from ...domain.errors import EnvironmentProblem
from ...domain.refusal import RefusalGround
from ...domain.request import Request
from ...services.officer import actor_label
from ..catalogue_text import entry_line, pages_text
from ..labels import fmt_date
from .lifetime import while_alive

SEARCH_DEBOUNCE_MS = 300
SEARCH_SHOWN = 20
ROLE = Qt.ItemDataRole.UserRole


def _enter(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    )


class CataloguePanel(QWidget):
    changed = Signal()  # a link was made or removed, or the consent document was attached
    refuseRequested = Signal(object, str)  # RefusalGround, the specific reason to prefill
    letterRequested = Signal()  # the covering letter (it says where linked entries are published)
    redactRequested = Signal(object)  # the CatalogueFile to redact
    provisionRequested = Signal()

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.request: Request | None = None
        self.linked: list[CatalogueEntry] = []
        self.advice: dict[int, EntryAdvice] = {}
        self.copies: list = []  # the request's redacted copies (RedactionService), when it is wired
        self.refuse_allowed = False
        self._generation = 0
        self._search_generation = 0

        self.tree = QTreeWidget()
        self.tree.setObjectName("linkedEntries")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Information"), self.tr("Access"), self.tr("What to do")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Linked catalogue entries"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 260)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.empty = QLabel(
            self.tr("No catalogue entry is linked to this request. Search below to link one.")
        )
        self.empty.setWordWrap(True)
        self.packages = QLabel()  # the provision packages already made for the request
        self.packages.setTextFormat(Qt.TextFormat.PlainText)
        self.packages.setWordWrap(True)
        self.packages.hide()

        self.open_button = QPushButton(self.tr("Open file"))
        self.redact_button = QPushButton(self.tr("Redact…"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.provision_button = QPushButton(self.tr("Provision pac&kage…"))
        self.open_button.clicked.connect(self.open_selected)
        self.redact_button.clicked.connect(self.redact_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.provision_button.clicked.connect(self.provisionRequested)

        # the advice for the selected entry and the way into its flow
        self.advice_label = QLabel()
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setWordWrap(True)
        self.advice_label.setMinimumWidth(200)
        self.advice_label.setStyleSheet("background: #f7f7f2; border: 1px solid #d8d8cc; padding: 6px;")
        self.refuse_b_button = QPushButton(self.tr("Refuse on ground b (Mẫu 05)…"))
        self.letter_button = QPushButton(self.tr("Covering letter saying where…"))
        self.refuse_a_button = QPushButton(self.tr("Refuse on ground a (Mẫu 05)…"))
        self.consent_button = QPushButton(self.tr("Attach the consent (Mẫu 06)…"))
        self.refuse_b_button.clicked.connect(lambda: self._refuse(RefusalGround.B))
        self.refuse_a_button.clicked.connect(lambda: self._refuse(RefusalGround.A))
        self.letter_button.clicked.connect(self.letterRequested)
        self.consent_button.clicked.connect(self.attach_consent)

        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Words of the title, number or the files' text"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Find an entr&y to link:"))
        search_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("catalogueResults")
        self.results.setAccessibleName(self.tr("Catalogue entries found"))
        self.results.itemActivated.connect(lambda _item: self.link_selected())
        self.results.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.clicked.connect(self.link_selected)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)

        for button in (
            self.open_button,
            self.redact_button,
            self.unlink_button,
            self.provision_button,
            self.refuse_b_button,
            self.letter_button,
            self.refuse_a_button,
            self.consent_button,
            self.link_button,
        ):
            button.setAutoDefault(False)

        # the linked entries on the left, the search to link more on the right: low enough for 1280×720 at 150 %
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addWidget(self.tree, 1)
        left.addWidget(self.packages)
        row = QHBoxLayout()
        for button in (self.open_button, self.redact_button, self.unlink_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.provision_button)
        left.addLayout(row)
        left.addWidget(self.advice_label)
        advice_row = QHBoxLayout()
        for button in (self.refuse_b_button, self.letter_button, self.refuse_a_button, self.consent_button):
            advice_row.addWidget(button)
        advice_row.addStretch(1)
        left.addLayout(advice_row)
        right = QVBoxLayout()
        right.addWidget(search_label)
        right.addWidget(self.search)
        right.addWidget(self.results, 1)
        link_row = QHBoxLayout()
        link_row.addStretch(1)
        link_row.addWidget(self.link_button)
        right.addLayout(link_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)
        for first, second in zip(
            [
                self.tree,
                self.open_button,
                self.redact_button,
                self.unlink_button,
                self.provision_button,
                self.refuse_b_button,
                self.letter_button,
                self.refuse_a_button,
                self.consent_button,
                self.search,
                self.results,
            ],
            [
                self.open_button,
                self.redact_button,
                self.unlink_button,
                self.provision_button,
                self.refuse_b_button,
                self.letter_button,
                self.refuse_a_button,
                self.consent_button,
                self.search,
                self.results,
                self.link_button,
            ],
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Enter in the search box or the results links (and never reaches the window's buttons)
        if _enter(event) and watched in (self.search, self.results):
            if watched is self.search:
                self.search_now()
                if self.results.count():
                    self.results.setFocus()
            else:
                self.link_selected()
            return True
        return super().eventFilter(watched, event)

    # --- loading ------------------------------------------------------------------------------------
    def set_request(self, request: Request) -> None:
        self.request = request
        self.load()

    def set_refuse_allowed(self, allowed: bool) -> None:
        self.refuse_allowed = allowed
        self._selection_changed()

    def load(self) -> None:
        if self.request is None:
            return
        catalogue, rid = self.desk.catalogue, self.request.id
        redaction = getattr(self.desk, "redaction", None)
        provision = getattr(self.desk, "provision", None)

        def run():
            entries = catalogue.links_of(rid)
            copies = redaction.copies_of(rid) if redaction is not None else []
            packages = provision.provisions_of(rid) if provision is not None else []
            return entries, copies, packages

        self._generation += 1
        generation = self._generation
        self.jobs.submit(
            run,
            on_success=while_alive(
                self, lambda result: generation == self._generation and self._loaded(result)
            ),
            on_error=while_alive(self, lambda exc: self.errors.handle(exc, self, retry=self.load)),
        )

    def _loaded(self, result) -> None:
        self.linked, self.copies = list(result[0]), list(result[1])
        lines = [
            self.tr("Package %1: %2, %n page(s), to %3", "", p.page_count)
            .replace("%1", fmt_date(p.created_at))
            .replace("%2", p.method.label_vi)
            .replace("%3", p.destination)
            for p in result[2]
        ]
        self.packages.setText("\n".join(lines))
        self.packages.setVisible(bool(lines))
        day = today(self.desk.clock)
        consent = self.request.consent_attached if self.request is not None else False
        self.advice = {
            e.id: advise(e, day, consent_attached=consent) for e in self.linked if e.id is not None
        }
        self._show()

    def _show(self) -> None:
        selected = self.selected_entry()
        selected_id = selected.id if selected is not None else None
        self.tree.clear()
        short = {
            Advice.PROVIDE: self.tr("Provide"),
            Advice.PUBLISHED_ELSEWHERE: self.tr("Published: may refuse on ground b"),
            Advice.REFUSE_SECRET: self.tr("Not accessible: refuse on ground a"),
            Advice.NEEDS_CONSENT: self.tr("Needs the consent (Mẫu 06)"),
        }
        for entry in self.linked:
            advice = self.advice.get(entry.id)  # type: ignore[arg-type]
            item = QTreeWidgetItem(
                [
                    entry_line(entry).rsplit(" — ", 1)[0],
                    entry.access.label_vi,
                    short[advice.advice] if advice else "",
                ]
            )
            item.setData(0, ROLE, entry)
            item.setToolTip(0, entry_line(entry))
            if advice is not None:
                item.setToolTip(2, advice.text)
            for file in entry.files:
                child = QTreeWidgetItem(
                    [self.tr("File: %1").replace("%1", file.filename), pages_text(file.page_count), ""]
                )
                child.setData(0, ROLE, file)
                item.addChild(child)
                for copy in (c for c in self.copies if c.file_id == file.id):
                    text = self.tr("Redacted copy of %1, %n area(s)", "", len(copy.areas)).replace(
                        "%1", file.filename
                    )
                    grandchild = QTreeWidgetItem([text, pages_text(copy.page_count), ""])
                    grandchild.setData(0, ROLE, copy)
                    child.addChild(grandchild)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            for i in range(item.childCount()):
                item.child(i).setExpanded(True)
            if entry.id == selected_id:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty.setVisible(not self.linked)
        self._selection_changed()

    # --- the selection ------------------------------------------------------------------------------
    def selected_entry(self) -> CatalogueEntry | None:
        item = self.tree.currentItem()
        while item is not None and not isinstance(item.data(0, ROLE), CatalogueEntry):
            item = item.parent()
        return item.data(0, ROLE) if item is not None else None

    def selected_file(self) -> CatalogueFile | None:
        item = self.tree.currentItem()
        while item is not None:
            data = item.data(0, ROLE)
            if isinstance(data, CatalogueFile):
                return data
            item = item.parent()
        entry = self.selected_entry()  # an entry with a single file: that file
        return entry.files[0] if entry is not None and len(entry.files) == 1 else None

    def selected_copy(self):
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data if data is not None and not isinstance(data, CatalogueEntry | CatalogueFile) else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        advice = self.advice.get(entry.id) if entry is not None and entry.id is not None else None
        self.advice_label.setText(advice.text if advice is not None else "")
        self.advice_label.setVisible(advice is not None)
        kind = advice.advice if advice is not None else None
        self.refuse_b_button.setVisible(kind is Advice.PUBLISHED_ELSEWHERE)
        self.letter_button.setVisible(kind is Advice.PUBLISHED_ELSEWHERE)
        self.refuse_a_button.setVisible(kind is Advice.REFUSE_SECRET)
        self.consent_button.setVisible(kind is Advice.NEEDS_CONSENT)
        for button in (self.refuse_a_button, self.refuse_b_button):
            button.setEnabled(self.refuse_allowed)
        open_request = self.request is not None and self.request.status.is_open
        self.consent_button.setEnabled(open_request and hasattr(self.desk, "attachments"))
        has_file = self.selected_file() is not None or self.selected_copy() is not None
        self.open_button.setEnabled(has_file)
        self.redact_button.setEnabled(
            self.selected_file() is not None and getattr(self.desk, "redaction", None) is not None
        )
        self.unlink_button.setEnabled(entry is not None)
        self.provision_button.setEnabled(
            bool(self.linked) and getattr(self.desk, "provision", None) is not None
        )
        self.link_button.setEnabled(self.results.currentItem() is not None)

    # --- acting -------------------------------------------------------------------------------------
    def _actor(self) -> str:
        return actor_label(self.desk.officer.name, self.desk.officer.login)

    def _refuse(self, ground: RefusalGround) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        day = today(self.desk.clock)
        detail = (
            published_where_text([entry], day) if ground is RefusalGround.B else secret_points_text([entry])
        )
        self.refuseRequested.emit(ground, detail)

    def open_selected(self) -> None:
        copy, file = self.selected_copy(), self.selected_file()
        if copy is not None:
            redaction, copy_id = self.desk.redaction, copy.id
            self._open_path(lambda: redaction.open_copy(copy_id))
        elif file is not None:
            catalogue = self.desk.catalogue
            self._open_path(lambda: catalogue.open_file(file))  # the SHA-256 is checked: a job

    def _open_path(self, fn) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self.jobs.submit(
            fn,
            on_success=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            on_error=while_alive(
                self,
                lambda exc: self.errors.handle(
                    exc, self, retry=self.open_selected if isinstance(exc, EnvironmentProblem) else None
                ),
            ),
        )

    def redact_selected(self) -> None:
        file = self.selected_file()
        if file is not None:
            self.redactRequested.emit(file)

    def unlink_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.request is None:
            return
        catalogue, rid, eid, actor = self.desk.catalogue, self.request.id, entry.id, self._actor()
        self.jobs.submit(
            lambda: catalogue.unlink(rid, eid, actor),
            lane="db-write",
            on_success=while_alive(self, lambda _ok: self._link_changed()),
            on_error=while_alive(self, lambda exc: self.errors.handle(exc, self)),
        )

    def link_selected(self) -> None:
        item = self.results.currentItem()
        if item is None or self.request is None:
            return
        entry: CatalogueEntry = item.data(ROLE)
        catalogue, rid, eid, actor = self.desk.catalogue, self.request.id, entry.id, self._actor()
        self.jobs.submit(
            lambda: catalogue.link(rid, eid, actor),
            lane="db-write",
            on_success=while_alive(self, lambda _ok: self._link_changed(entry.id)),
            on_error=while_alive(self, lambda exc: self.errors.handle(exc, self)),
        )

    def _link_changed(self, select: int | None = None) -> None:
        if select is not None:
            self.results.takeItem(self.results.currentRow())
        self.load()
        self.changed.emit()

    def attach_consent(self) -> None:
        """Mẫu 06, signed by the persons concerned: kept with the request's attachments, and the request then
        says the consent is attached (so the Đ7 advice becomes "provide")."""
        if self.request is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed consent (Mẫu 06)"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        if name:
            self.attach_consent_file(name)

    def attach_consent_file(self, path: str) -> None:
        if self.request is None:
            return
        attachments, requests, rid = self.desk.attachments, self.desk.requests, self.request.id

        def run():
            attachments.add(rid, path)
            return requests.edit(rid, consent_attached=True)

        self.jobs.submit(
            run,
            lane="db-write",
            on_success=while_alive(self, lambda _r: self.changed.emit()),
            on_error=while_alive(self, lambda exc: self.errors.handle(exc, self)),
        )

    # --- searching to link more ---------------------------------------------------------------------
    def search_now(self) -> None:
        self.search_timer.stop()
        text = self.search.text()
        self._search_generation += 1
        generation = self._search_generation
        if not text.strip():
            self._found(generation, [])
            return
        catalogue = self.desk.catalogue
        self.jobs.submit(
            lambda: catalogue.search(text, SEARCH_SHOWN),
            on_success=while_alive(self, lambda found: self._found(generation, found)),
            on_error=while_alive(self, lambda exc: self.errors.handle(exc, self)),
        )

    def _found(self, generation: int, found: list[CatalogueEntry]) -> None:
        if generation != self._search_generation:
            return
        linked = {e.id for e in self.linked}
        self.results.clear()
        for entry in found:
            if entry.id in linked:
                continue
            item = QListWidgetItem(entry_line(entry))
            item.setData(ROLE, entry)
            item.setToolTip(entry_line(entry))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._selection_changed()
