"""Issue a paper for a request: the template's fields, the clerk's number when the office numbers by hand,
a preview rendered off the GUI thread, then Issue (the service takes the number and writes the file).

Enter in a one-line field presses the default button: Preview while the preview is missing or older than
the fields, Issue once it shows what is typed. Issue stays disabled until the preview matches the fields,
so nothing is issued unseen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.agency import NumberingMode
from ...domain.clock import today
from ...domain.document_flow import recorded_facts
from ...domain.documents import IssuedDocument, TemplateField, TemplateInfo
from ...domain.enums import Channel
from ...domain.errors import ValidationError
from ...domain.refusal import RefusalGround
from ...domain.request import Request
from ...domain.signature import SigningCredentials
from ..date_edits import DateField
from ..discard_prompt import ask_discard
from ..field_errors import FieldErrors, edited_signal
from ..labels import fmt_date
from ..request_file.lifetime import while_alive
from ..screen_fit import fit_window
from .ops import DocumentOps
from .pages import PagesView, render_pages

NUMBER = "number"  # the ValidationError key of the typed number (domain/numbering.py)
FROM_REQUEST = ("refusal_detail", "extension_reason")  # recorded by the action: the paper repeats them


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class IssueDocumentDialog(QDialog):
    issued = Signal(object)  # the IssuedDocument, once the service committed it

    def __init__(self, desk, jobs, errors, request: Request, info: TemplateInfo, mode: NumberingMode,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.request, self.info = desk, jobs, errors, request, info
        self.document: IssuedDocument | None = None
        self.ops = DocumentOps(desk, jobs, errors, self)
        self._generation = 0  # a preview started before the last edit is not shown
        self._previewed: dict[str, str] | None = None
        self._busy = False
        self._previewing = False
        self.setWindowTitle(self.tr("Issue: %1").replace("%1", info.title))

        self.field_errors = FieldErrors()
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number: QLineEdit | None = None
        if info.numbered and mode is NumberingMode.TYPED:
            self.number = QLineEdit()
            self.number.setObjectName(NUMBER)
            self.number.setPlaceholderText(self.tr("the number the clerk gives, e.g. 05"))
            self._add_row(form, self.tr("&Number:"), NUMBER, self.number)
        # what the register recorded (04's reason and new date, 05's ground and detail …) wins over anything
        # typed (the service says so): shown as recorded, not editable
        recorded = recorded_facts(info.form, request)
        for spec in info.fields:
            editor = self._editor(spec)
            editor.setObjectName(spec.name)
            if spec.name in recorded:
                self._show_recorded(editor, recorded[spec.name])
            self.editors[spec.name] = editor
            self._add_row(form, self._label(spec), spec.name, editor)
        self.numbering_note = QLabel(self._numbering_note(mode))
        self.numbering_note.setWordWrap(True)
        # Ký số (ND13 Đ10.2): a reply to an electronic request, once the office chose its certificate
        self.certificate: Path | None = None
        self.sign = QCheckBox(self.tr("Sign &digitally"))
        self.sign.setObjectName("sign_with")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)  # never shown, never stored
        self.password.setEnabled(False)
        self.sign.toggled.connect(self.password.setEnabled)
        self.sign.toggled.connect(lambda on: on and self.password.setFocus())
        password_label = QLabel(self.tr("Certificate pass&word:"))
        password_label.setBuddy(self.password)
        self.signing = QWidget()
        signing = QFormLayout(self.signing)
        signing.setContentsMargins(0, 0, 0, 0)
        signing.addRow(self.sign)
        signing.addRow(password_label, self.field_errors.wrap("password", self.password))
        self.signing.hide()

        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.clicked.connect(self.preview)
        self.issue_button = QPushButton(self.tr("&Issue"))
        self.issue_button.clicked.connect(self.issue)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(lambda: self.document and self.ops.print(self.document))
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.clicked.connect(lambda: self.document and self.ops.save_copy(self.document))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button):
            button.hide()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.numbering_note)
        left.addWidget(self.signing)
        left.addWidget(self.state)
        left.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.issue_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)
        side = QWidget()
        side.setLayout(left)
        side.setMinimumWidth(380)
        self.pages = PagesView()
        self.pages.show_message(self.tr("The preview appears here."))
        row = QHBoxLayout(self)
        row.addWidget(side, 2)
        row.addWidget(self.pages, 3)
        fit_window(self, 1400, 950)

        for editor in self._all_editors().values():
            signal = edited_signal(editor)
            if signal is not None:
                signal.connect(self._edited)
        self._initial = self.values()
        self._refresh()
        first = next(iter(self._all_editors().values()), None)
        (first or self.preview_button).setFocus()
        if "payment_due" in self.editors and hasattr(desk, "fees"):
            fees, rid = desk.fees, request.id
            jobs.submit(lambda: fees.statement(rid).payment_due, on_success=while_alive(self, self._payment_due))
        if request.channel is Channel.ELECTRONIC and hasattr(desk, "documents"):
            jobs.submit(desk.documents.certificate_path, on_success=while_alive(self, self._certificate))
        if not self._typed_fields():
            self.preview()  # nothing to type: show the paper at once

    def _certificate(self, path: Path | None) -> None:
        self.certificate = path
        self.signing.setVisible(path is not None and self.document is None)

    def credentials(self) -> SigningCredentials | None:
        if self.certificate is None or not self.sign.isChecked():
            return None
        return SigningCredentials(self.certificate, self.password.text())

    def _payment_due(self, due: date | None) -> None:
        """The Mẫu 03 prints the deadline the costs were set with (Costs…), unless the officer changed it."""
        editor = self.editors["payment_due"]
        if due is None or not isinstance(editor, DateField):
            return
        if self.values()["payment_due"] != self._initial["payment_due"]:
            return  # the officer chose a date already
        editor.setDate(_qdate(due))
        self._initial["payment_due"] = self.values()["payment_due"]
        if self._previewing or self._previewed is not None:
            self.preview()  # the preview on screen was made with the other date

    # --- building ---------------------------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, text: str, name: str, editor: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        form.addRow(label, self.field_errors.wrap(name, editor))

    def _label(self, spec: TemplateField) -> str:
        text = spec.label  # the template's wording (Vietnamese data, like the paper itself)
        if spec.required and not spec.when:
            return text + " *:"
        if spec.required and spec.when == "has_fees":
            return text + " " + self.tr("(if there are costs)") + ":"
        if spec.required:
            return text + " " + self.tr("(in some cases)") + ":"
        return text + ":"

    def _editor(self, spec: TemplateField) -> QWidget:
        if spec.kind == "date":
            editor = DateField()
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd/MM/yyyy")
            editor.setDate(_qdate(self._default_date(spec.name)))
            return editor
        if spec.kind == "money":
            money = QSpinBox()
            money.setRange(0, 1_000_000_000)
            money.setGroupSeparatorShown(True)
            money.setSuffix(" đ")
            return money
        if spec.kind == "ground":
            combo = QComboBox()
            for ground in RefusalGround:
                combo.addItem(f"{ground.point}) {ground.short_vi}", ground.value)
            if self.request.refusal_ground is not None:  # the notice states the ground the refusal recorded
                combo.setCurrentIndex(combo.findData(self.request.refusal_ground.value))
                combo.setEnabled(False)
            return combo
        return QLineEdit(getattr(self.request, spec.name, "") if spec.name in FROM_REQUEST else "")

    @staticmethod
    def _show_recorded(editor: QWidget, value: str) -> None:
        if isinstance(editor, DateField):
            editor.setDate(_qdate(date.fromisoformat(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
            editor.setCursorPosition(0)
        elif isinstance(editor, QComboBox) and editor.findData(value) >= 0:
            editor.setCurrentIndex(editor.findData(value))
        else:
            return
        editor.setEnabled(False)

    def _default_date(self, name: str) -> date:
        d = self.request.deadlines
        known = {"provide_due": d.answer_due, "new_due": d.answer_due}
        return known.get(name) or today(self.desk.clock)

    def _numbering_note(self, mode: NumberingMode) -> str:
        if not self.info.numbered:
            return self.tr("This paper carries no number (the requester signs it).")
        if mode is NumberingMode.TYPED:
            return self.tr("The office numbers by hand: type the number the clerk gives. It must not have been "
                           "used this year.")
        return self.tr("The number is taken from the office's series when you press Issue (not before).")

    def _all_editors(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {NUMBER: self.number} if self.number is not None else {}
        out.update(self.editors)
        return out

    def _typed_fields(self) -> list[QLineEdit]:
        return [e for e in self._all_editors().values() if isinstance(e, QLineEdit)]

    # --- values -----------------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, editor in self._all_editors().items():
            if isinstance(editor, QLineEdit):
                out[name] = editor.text().strip()
            elif isinstance(editor, DateField):
                out[name] = editor.date().toString("yyyy-MM-dd")
            elif isinstance(editor, QSpinBox):
                out[name] = str(editor.value()) if editor.value() else ""
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData() or ""
        return out

    def extra(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if k != NUMBER and v}

    def _edited(self, *_args) -> None:
        self._generation += 1
        self._refresh()

    def _refresh(self) -> None:
        fresh = self._previewed is not None and self._previewed == self.values()
        issued = self.document is not None
        self.issue_button.setEnabled(fresh and not self._busy and not issued)
        self.preview_button.setEnabled(not self._busy and not issued)
        (self.issue_button if fresh else self.preview_button).setDefault(not issued)

    # --- preview ----------------------------------------------------------------------------------------
    def preview(self) -> None:
        values, extra = self.values(), self.extra()
        generation = self._generation
        service, rid, form = self.desk.documents, self.request.id, self.info.form
        self.field_errors.show({})
        self._previewing = True
        self.pages.show_message(self.tr("Preparing the preview…"))
        self.state.setText("")

        def run():
            return render_pages(service.preview(rid, form, extra))

        def shown(images) -> None:
            self._previewing = False
            self.pages.set_images(images)
            if generation != self._generation:  # the fields changed meanwhile: not what Issue would print
                self.state.setText(self.tr("The fields changed after this preview: preview again before issuing."))
                return
            self._previewed = values
            self.state.setText(self.tr("Preview: %n page(s). Check it, then press Issue.", "", len(images)))
            self._refresh()
            if self.preview_button.hasFocus():  # Enter on a focused button presses it: now Enter issues
                self.issue_button.setFocus()

        self.jobs.submit(run, on_success=while_alive(self, shown), on_error=while_alive(self, self._failed))

    # --- issue ------------------------------------------------------------------------------------------
    def issue(self) -> None:
        if not self.issue_button.isEnabled():
            return
        service, rid, form = self.desk.documents, self.request.id, self.info.form
        extra = self.extra()
        typed = self.number.text().strip() if self.number is not None else None
        sign_with = self.credentials()
        self._set_busy(True)
        self.state.setText(self.tr("Issuing…"))
        self.jobs.submit(lambda: service.issue(rid, form, extra, typed, sign_with), lane="db-write",
                         on_success=while_alive(self, self._issued), on_error=while_alive(self, self._failed))

    def _issued(self, document: IssuedDocument) -> None:
        self._set_busy(False)
        self.document = document
        for editor in self._all_editors().values():
            editor.setEnabled(False)
        self.password.clear()  # not kept a moment longer than the signing
        self.signing.hide()
        self.preview_button.hide()
        self.issue_button.hide()
        self.print_button.show()
        self.save_button.show()
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        number = document.number_text or self.tr("no number")
        self.state.setText(self.tr("Issued: %1, number %2, dated %3. The paper below is the stored file.")
                           .replace("%1", self.info.title).replace("%2", number)
                           .replace("%3", fmt_date(document.issued_on)))
        self.numbering_note.hide()
        self.pages.show_message(self.tr("Opening the issued document…"))
        self.issued.emit(document)
        service, doc_id = self.desk.documents, document.id
        self.jobs.submit(lambda: render_pages(service.open(doc_id).read_bytes()),
                         on_success=while_alive(self, self.pages.set_images),
                         on_error=while_alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self._previewing = False
        self._set_busy(False)
        self.state.setText("")
        if self.document is None:
            self.pages.show_message(self.tr("No preview: see the message."))
        if isinstance(exc, ValidationError):
            mine = {k: v for k, v in exc.errors.items() if self.field_errors.owns(k)}
            self.field_errors.show(mine)
            rest = {k: v for k, v in exc.errors.items() if k not in mine}
            if mine:
                editors = {**self._all_editors(), "password": self.password}
                first = next((k for k in editors if k in mine), None)
                if first is not None:
                    editors[first].setFocus()
            if rest:
                self.errors.handle(ValidationError(rest), self)
            return
        self.errors.handle(exc, self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh()

    # --- closing ----------------------------------------------------------------------------------------
    def typed_something(self) -> bool:
        return self.document is None and self.values() != self._initial

    def reject(self) -> None:
        if self._busy:  # the issue is on its way; it cannot be called back
            return
        if self.typed_something() and not ask_discard(
                self, self.tr("Discard this document?"),
                self.tr("What you typed for this document has not been issued. Discard it?")):
            return
        super().reject()

