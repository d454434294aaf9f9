"""The provision package of a request (issue 11 item 5): which files leave the office (each linked entry's
original or its redacted copy), how (printed, an .eml to send from the officer's own mail program, a folder
for a USB stick, a ZIP), where, and with or without the covering letter. Built in the background by the
provision service; afterwards the dialog shows what was written and, for print, the page count put into the
TT 46 fee lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue_advice import Advice
from ...domain.clock import today
from ...domain.errors import FocalDeskError, ValidationError
from ...domain.provision import ItemSource, Provision, ProvisionItem, ProvisionMethod
from ...domain.request import Request
from ...services.officer import actor_label
from ..catalogue_text import entry_line, pages_text
from ..request_file.lifetime import while_alive
from ..screen_fit import fit_window

ROLE = Qt.ItemDataRole.UserRole
BLOCKED = (Advice.REFUSE_SECRET, Advice.NEEDS_CONSENT)  # the service refuses their originals


def _safe(text: str) -> str:
    return "".join("-" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "goi"


class ProvisionDialog(QDialog):
    built = Signal(object)  # the Provision, once recorded

    def __init__(self, desk, jobs, errors, request: Request, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.request = desk, jobs, errors, request
        self.plan = None
        self.provision: Provision | None = None
        self.fee_note = ""
        self._busy = False
        self._destination_typed = False
        self.setWindowTitle(self.tr("Provision package: request %1").replace("%1", request.register_number))

        self.files = QTreeWidget()
        self.files.setObjectName("provisionFiles")
        self.files.setHeaderLabels([self.tr("File"), self.tr("Pages")])
        self.files.setColumnWidth(0, 560)
        self.files.itemChanged.connect(lambda *_: self._update())
        files_box = QGroupBox(self.tr("&Files provided"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files)
        self.pages = QLabel()

        self.methods: dict[ProvisionMethod, QRadioButton] = {
            ProvisionMethod.PRINT: QRadioButton(self.tr("&Printed")),
            ProvisionMethod.EMAIL: QRadioButton(self.tr("&E-mail (.eml to send from your mail program)")),
            ProvisionMethod.FOLDER: QRadioButton(self.tr("Fol&der (USB stick)")),
            ProvisionMethod.ZIP: QRadioButton(self.tr("&ZIP file")),
        }
        self.method_group = QButtonGroup(self)
        method_box = QGroupBox(self.tr("How it leaves the office"))
        method_layout = QHBoxLayout(method_box)
        for button in self.methods.values():
            self.method_group.addButton(button)
            method_layout.addWidget(button)
        method_layout.addStretch(1)
        self.methods[ProvisionMethod.ZIP].setChecked(True)
        self.method_group.buttonToggled.connect(lambda _b, on: on and self._method_changed())

        self.destination = QLineEdit()
        self.destination.setObjectName("destination")
        self.destination.textEdited.connect(lambda _t: setattr(self, "_destination_typed", True))
        self.destination.textChanged.connect(lambda _t: self._update())
        destination_label = QLabel(self.tr("&Write to:"))
        destination_label.setBuddy(self.destination)
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.clicked.connect(self.choose_destination)
        self.letter = QCheckBox(self.tr("Enclose the covering &letter (it lists the files)"))
        self.letter_note = QLabel()
        self.letter_note.setWordWrap(True)
        self.letter_note.setStyleSheet("color: #555;")

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result = QTreeWidget()
        self.result.setObjectName("provisionResult")
        self.result.setHeaderLabels([self.tr("Written"), self.tr("Pages"), "SHA-256"])
        self.result.setColumnWidth(0, 420)
        self.result.hide()
        self.build_button = QPushButton(self.tr("&Build the package"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_result)
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.browse, self.open_button, self.close_button):
            b.setAutoDefault(False)

        destination_row = QHBoxLayout()
        destination_row.addWidget(destination_label)
        destination_row.addWidget(self.destination, 1)
        destination_row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(files_box, 2)
        layout.addWidget(self.pages)
        layout.addWidget(method_box)
        layout.addLayout(destination_row)
        layout.addWidget(self.letter)
        layout.addWidget(self.letter_note)
        layout.addWidget(self.status)
        layout.addWidget(self.result, 1)
        layout.addLayout(buttons)
        fit_window(self, 900, 700)
        self._method_changed()
        self.load()

    # --- loading ------------------------------------------------------------------------------------
    def ready(self) -> bool:
        return self.plan is not None

    def load(self) -> None:
        service, rid = self.desk.provision, self.request.id
        self.status.setText(self.tr("Loading the linked entries…"))
        self.jobs.submit(
            lambda: service.plan(rid),
            on_success=while_alive(self, self._planned),
            on_error=while_alive(self, self._failed),
        )

    def _planned(self, plan) -> None:
        self.plan = plan
        self.status.setText("")
        self.files.blockSignals(True)
        self.files.clear()
        for planned in plan.entries:
            entry, advice = planned.entry, planned.advice
            top = QTreeWidgetItem([entry_line(entry), ""])
            top.setToolTip(0, advice.text)
            self.files.addTopLevelItem(top)
            blocked = advice.advice in BLOCKED
            for file in entry.files:
                copies = [c for c in planned.copies if c.file_id == file.id]
                original = QTreeWidgetItem(
                    [self.tr("Original: %1").replace("%1", file.filename), pages_text(file.page_count)]
                )
                original.setData(0, ROLE, (ItemSource.ORIGINAL, file.id, file.page_count))
                if blocked:  # Đ6, or Đ7 without consent: only a redacted copy may leave the office
                    original.setFlags(original.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    original.setToolTip(0, advice.text)
                else:
                    original.setFlags(original.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    original.setCheckState(0, Qt.CheckState.Unchecked if copies else Qt.CheckState.Checked)
                top.addChild(original)
                for n, copy in enumerate(copies):
                    text = self.tr("Redacted copy of %1, %n area(s)", "", len(copy.areas)).replace(
                        "%1", file.filename
                    )
                    item = QTreeWidgetItem([text, pages_text(copy.page_count)])
                    item.setData(0, ROLE, (ItemSource.REDACTED, copy.id, copy.page_count))
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    latest = n == len(copies) - 1
                    item.setCheckState(0, Qt.CheckState.Checked if latest else Qt.CheckState.Unchecked)
                    top.addChild(item)
            if planned.provided_before:
                top.setText(1, self.tr("given %n time(s) before", "", planned.provided_before))
            top.setExpanded(True)
        self.files.blockSignals(False)
        if plan.letter_allowed:
            self.letter.setChecked(True)
            self.letter.setEnabled(True)
            self.letter_note.hide()
        else:
            self.letter.setChecked(False)
            self.letter.setEnabled(False)
            self.letter_note.setText(
                self.tr(
                    "The covering letter can be enclosed once the provision is recorded "
                    "on the request (Provide…); a package without it can be made now."
                )
            )
            self.letter_note.show()
        if not plan.entries:
            self.status.setText(
                self.tr("No catalogue entry is linked to this request: link one in the request file first.")
            )
        elif plan.provisions:
            self.status.setText(
                self.tr("%n package(s) were already made for this request.", "", len(plan.provisions))
            )
        self._method_changed()
        self.files.setFocus()

    # --- choices ------------------------------------------------------------------------------------
    def items(self) -> list[ProvisionItem]:
        out = []
        for i in range(self.files.topLevelItemCount()):
            top = self.files.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                data = child.data(0, ROLE)
                if (
                    data
                    and child.checkState(0) is Qt.CheckState.Checked
                    and child.flags() & Qt.ItemFlag.ItemIsEnabled
                ):
                    out.append(ProvisionItem(data[0].value, data[1]))
        return out

    def chosen_pages(self) -> int:
        total = 0
        for i in range(self.files.topLevelItemCount()):
            top = self.files.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                data = child.data(0, ROLE)
                if (
                    data
                    and child.checkState(0) is Qt.CheckState.Checked
                    and child.flags() & Qt.ItemFlag.ItemIsEnabled
                ):
                    total += data[2]
        return total

    def method(self) -> ProvisionMethod:
        return next(m for m, b in self.methods.items() if b.isChecked())

    def set_method(self, method: ProvisionMethod) -> None:
        self.methods[method].setChecked(True)

    def _default_destination(self, method: ProvisionMethod) -> Path:
        base = Path.home() / _safe(self.tr("Provision %1").replace("%1", self.request.register_number))
        return {
            ProvisionMethod.EMAIL: base.with_suffix(".eml"),
            ProvisionMethod.ZIP: base.with_suffix(".zip"),
        }.get(method, base)

    def _method_changed(self) -> None:
        if not self._destination_typed:
            self.destination.setText(str(self._default_destination(self.method())))
        self._update()

    def choose_destination(self) -> None:
        method = self.method()
        current = self.destination.text() or str(self._default_destination(method))
        if method in (ProvisionMethod.FOLDER, ProvisionMethod.PRINT):
            parent = QFileDialog.getExistingDirectory(
                self, self.tr("Folder to write the package in"), str(Path(current).parent)
            )
            name = parent and str(Path(parent) / Path(current).name)
        else:
            pattern = self.tr("E-mail (*.eml)") if method is ProvisionMethod.EMAIL else self.tr("ZIP (*.zip)")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the package to"), current, pattern)
        if name:
            self._destination_typed = True
            self.destination.setText(name)

    def _update(self) -> None:
        pages = self.chosen_pages()
        text = self.tr("%n page(s) chosen.", "", pages)
        if self.method() is ProvisionMethod.PRINT and pages:
            text += " " + self.tr("Printing puts them in the copy cost (Circular 46).")
        self.pages.setText(text)
        self.build_button.setEnabled(
            not self._busy and bool(self.items()) and bool(self.destination.text().strip())
        )

    # --- building -----------------------------------------------------------------------------------
    def build(self) -> None:
        if self._busy or not self.items():
            return
        service, fees = self.desk.provision, getattr(self.desk, "fees", None)
        rid, items, method = self.request.id, self.items(), self.method()
        destination, with_letter = Path(self.destination.text().strip()), self.letter.isChecked()
        actor = actor_label(self.desk.officer.name, self.desk.officer.login)
        day = today(self.desk.clock)

        def run():
            provision = service.build(rid, items, method, destination, actor=actor, with_letter=with_letter)
            note = ""
            if method is ProvisionMethod.PRINT and fees is not None and provision.page_count:
                try:
                    # like the costs dialog: to be paid by today unless a payment date was already set
                    due = None if fees.statement(rid).payment_due is not None else day
                    fees.set_printed_pages(rid, provision.page_count, due)
                except FocalDeskError as exc:  # the package stands; say why the costs were not changed
                    note = str(exc)
                else:
                    note = "ok"
            return provision, note

        self._busy = True
        self.progress.show()
        self.status.setText(self.tr("Building the package…"))
        self._update()
        self.jobs.submit(
            run,
            lane="db-write",
            on_success=while_alive(self, self._built),
            on_error=while_alive(self, self._failed),
        )

    def _built(self, result) -> None:
        provision, note = result
        self._busy = False
        self.progress.hide()
        self.provision = provision
        self.result.clear()
        for f in provision.files:
            self.result.addTopLevelItem(
                QTreeWidgetItem([f.name, pages_text(f.page_count), f.sha256[:16] + "…"])
            )
        self.result.show()
        lines = [
            self.tr("The package was written to %1 and recorded on the request.").replace(
                "%1", provision.destination
            )
        ]
        if provision.method is ProvisionMethod.PRINT:
            if note == "ok":
                self.fee_note = self.tr(
                    "%n page(s) went into the copy cost line (Circular 46).", "", provision.page_count
                )
            elif note:
                self.fee_note = self.tr("The costs were not changed: %1").replace("%1", note)
            else:
                self.fee_note = ""
            if self.fee_note:
                lines.append(self.fee_note)
            lines.append(self.tr("Print the files in the folder."))
        elif provision.method is ProvisionMethod.EMAIL:
            lines.append(self.tr("Open the .eml in your mail program, check it and send it."))
        self.status.setText("\n".join(lines))
        self.open_button.setText(
            self.tr("&Open the e-mail")
            if provision.method is ProvisionMethod.EMAIL
            else self.tr("&Open the folder")
        )
        self.open_button.show()
        self._update()
        self.built.emit(provision)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.progress.hide()
        self._update()
        if isinstance(exc, ValidationError):
            self.status.setText("\n".join(exc.errors.values()))
        elif isinstance(exc, FocalDeskError):
            self.status.setText(str(exc))
        else:
            self.status.setText("")
            self.errors.handle(exc, self)

    def open_result(self) -> None:
        if self.provision is None:
            return
        path = Path(self.provision.destination)
        if self.provision.method is ProvisionMethod.ZIP:
            path = path.parent  # the folder holding the ZIP
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reject(self) -> None:
        if self._busy:  # the package is being written and recorded: its result must reach the dialog
            return
        super().reject()
