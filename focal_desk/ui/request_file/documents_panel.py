"""The request file's "Documents" tab: every paper issued for the request, what can be done with the one
selected (view, print, save a copy, cancel), the papers the request's state allows, and its costs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.agency import NumberingMode
from ...domain.document_flow import OwedDocument
from ...domain.documents import FormCode, IssuedDocument, TemplateInfo
from ...domain.enums import Status
from ...domain.errors import DocumentTampered, SignatureBroken
from ...domain.request import Request
from ...domain.signature import SignatureStatus
from ..documents.cancel_dialog import CancelDocumentDialog
from ..documents.fees_dialog import FeesDialog
from ..documents.issue_dialog import IssueDocumentDialog
from ..documents.ops import DocumentOps
from ..labels import fmt_date
from .lifetime import while_alive

_Index = QModelIndex | QPersistentModelIndex
COSTED = (Status.VALID, Status.EXTENDED)  # costs are set and paid while the request is being answered


def signature_state(service, document: IssuedDocument) -> str:
    """Checked off the GUI thread when the list loads: "" (no file, or not signed), "valid", "untrusted"
    (intact, but the certificate's root is not one we were told to trust), "broken" or "changed"."""
    if not document.path:
        return ""
    try:
        check = service.signature(document.id)
    except SignatureBroken:
        return "broken"
    except DocumentTampered:
        return "changed"
    if check is None or not check.signed:
        return ""
    return {SignatureStatus.VALID: "valid", SignatureStatus.VALID_UNTRUSTED: "untrusted"}.get(check.status, "broken")


class DocumentsModel(QAbstractTableModel):
    HEADERS = ("Document", "Number", "Issued", "State", "Digital signature")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[IssuedDocument, str]] = []
        self.signatures: dict[int, str] = {}  # document id -> signature_state()

    def set_rows(self, rows: list[tuple[IssuedDocument, str]], signatures: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.signatures = dict(signatures or {})
        self.endResetModel()

    def signature_text(self, document: IssuedDocument) -> str:
        return {
            "valid": self.tr("Signed digitally: valid"),
            "untrusted": self.tr("Signed digitally: root certificate not verified"),
            "broken": self.tr("Digital signature broken"),
            "changed": self.tr("File changed or missing"),
        }.get(self.signatures.get(document.id, ""), "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Document"), self.tr("Number"), self.tr("Issued"), self.tr("State"),
                    self.tr("Digital signature"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        document, title = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (title, document.number_text or "—", fmt_date(document.issued_on), self.state(document),
                    self.signature_text(document))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not document.live:
            return QColor("#7a7a7a")
        return None

    def state(self, document: IssuedDocument) -> str:
        if document.live:
            return self.tr("In force")
        return self.tr("Cancelled on %1: %2").replace("%1", fmt_date(document.cancelled_on)).replace(
            "%2", document.cancel_reason)


class DocumentsPanel(QWidget):
    changed = Signal()  # a document was issued or cancelled, or the costs changed

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.request: Request | None = None
        self.offered: tuple[TemplateInfo, ...] = ()
        self.mode = NumberingMode.SERIES
        self.dialog = None  # the issue / cancel / fees dialog open from here
        self.asked: FormCode | None = None  # the paper the workflow asks for next: opened once it is offered
        self.owed: tuple[OwedDocument, ...] = ()
        self._generation = 0
        self.ops = DocumentOps(desk, jobs, errors, self)
        self.model = DocumentsModel(self)
        self.view = QTableView()
        self.view.setObjectName("documents")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self.view_selected())  # Enter or double-click: open it
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.view_button = QPushButton(self.tr("Vi&ew"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save a cop&y…"))
        self.cancel_button = QPushButton(self.tr("Cancel document…"))
        self.issue_button = QPushButton(self.tr("Issue a document…"))
        self.issue_menu = QMenu(self)
        self.issue_button.setMenu(self.issue_menu)
        self.fees_button = QPushButton(self.tr("Costs…"))
        self.view_button.clicked.connect(self.view_selected)
        self.print_button.clicked.connect(lambda: self._with_selected(self.ops.print))
        self.save_button.clicked.connect(lambda: self._with_selected(self.ops.save_copy))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.fees_button.clicked.connect(self.open_fees)
        for button in (self.view_button, self.print_button, self.save_button, self.cancel_button,
                       self.issue_button, self.fees_button):
            button.setAutoDefault(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.view_button, self.print_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.fees_button)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._enable()

    # --- loading ----------------------------------------------------------------------------------------
    def set_request(self, request: Request) -> None:
        self.request = request
        self.load()

    def load(self) -> None:
        if self.request is None:
            return
        service, agency, rid = self.desk.documents, self.desk.agency, self.request.id

        def run():
            documents = service.for_request(rid)
            titles = {d.id: (service.template(d.form).title if d.form is not None else "") for d in documents}
            profile = agency.current()
            mode = profile.numbering_mode if profile is not None else NumberingMode.SERIES
            signatures = {d.id: signature_state(service, d) for d in documents}  # hashes and signatures checked
            return ([(d, titles[d.id]) for d in documents], service.offered(rid), mode, service.choices(rid).owed,
                    signatures)

        self._generation += 1
        generation = self._generation

        def loaded(result) -> None:
            if generation == self._generation:  # an older load that ended later is not shown over a newer one
                self._loaded(result)

        self.jobs.submit(run, on_success=while_alive(self, loaded),
                         on_error=while_alive(self, lambda exc: self.errors.handle(exc, self, retry=self.load)))

    def _loaded(self, result) -> None:
        rows, offered, mode, self.owed, signatures = result
        # a paper recorded before the forms existed (no template): named by its recorded kind
        rows = [(d, title or self.tr("Recorded earlier (%1)").replace("%1", d.kind)) for d, title in rows]
        selected = self.selected()
        self.model.set_rows(rows, signatures)
        self.view.resizeRowsToContents()
        self.offered, self.mode = offered, mode
        self.issue_menu.clear()
        for info in offered:
            action = self.issue_menu.addAction(info.title)
            action.triggered.connect(lambda _checked=False, i=info: self.issue(i))
        if selected is not None:
            for row, (document, _title) in enumerate(rows):
                if document.id == selected.id:
                    self.view.selectRow(row)
        elif rows:
            self.view.selectRow(len(rows) - 1)
        hints = [self.tr("No document has been issued for this request yet.")] if not rows else []
        # the papers the workflow still asks for (OWED_TEXT: Vietnamese data, like the to-do list's notes)
        hints += [self.tr("Still to issue: %1").replace("%1", o.text) for o in self.owed]
        self.hint.setText("\n".join(hints))
        self.hint.setVisible(bool(hints))
        self._enable()
        self._open_asked()

    def ask_for(self, form: FormCode) -> None:
        """The workflow asks for this paper (after a refusal, an extension, a walk-in intake): its issue
        dialog opens as soon as the request's state offers it; closing it postpones (the to-do list says so)."""
        self.asked = form
        self._open_asked()

    def _open_asked(self) -> None:
        info = next((i for i in self.offered if i.form is self.asked), None)
        if info is None or self.request is None:
            return
        self.asked = None
        self.issue(info)

    # --- the selected document ----------------------------------------------------------------------------
    def selected(self) -> IssuedDocument | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()][0]

    def _title_of(self, document: IssuedDocument) -> str:
        return next((t for d, t in self.model.rows if d.id == document.id), document.kind)

    def _with_selected(self, fn) -> None:
        document = self.selected()
        if document is not None and document.path:
            fn(document)

    def _enable(self) -> None:
        document = self.selected()
        has_file = document is not None and bool(document.path)
        for button in (self.view_button, self.print_button, self.save_button):
            button.setEnabled(has_file)
        self.cancel_button.setEnabled(document is not None and document.live)
        self.issue_button.setEnabled(bool(self.offered))
        self.fees_button.setEnabled(self.request is not None and self.request.status in COSTED)

    def view_selected(self) -> None:
        self._with_selected(self.ops.view)

    def cancel_selected(self) -> None:
        document = self.selected()
        if document is None or not document.live:
            return
        dialog = CancelDocumentDialog(self.desk, self.jobs, self.errors, document, self._title_of(document), self)
        self._open(dialog, dialog.cancelled)

    # --- issuing and costs -------------------------------------------------------------------------------
    def issue(self, info: TemplateInfo) -> IssueDocumentDialog | None:
        if self.request is None:
            return None
        dialog = IssueDocumentDialog(self.desk, self.jobs, self.errors, self.request, info, self.mode, self)
        self._open(dialog, dialog.issued)
        return dialog

    def open_fees(self) -> FeesDialog | None:
        if self.request is None:
            return None
        dialog = FeesDialog(self.desk, self.jobs, self.errors, self.request, self)
        self._open(dialog, dialog.saved)
        return dialog

    def _open(self, dialog, signal) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        signal.connect(lambda *_: (self.load(), self.changed.emit()))
        self.dialog = dialog
        dialog.open()
