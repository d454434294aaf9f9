"""The Request tab: every intake field, read-only until "Edit", saved through the service (audited)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import VN_TZ
from ...domain.enums import Channel, IdType, ProvisionForm, RequesterKind
from ...domain.errors import EnvironmentProblem, ValidationError
from ...domain.request import Request
from ...domain.workflow import Action, allowed_actions
from ..labels import channel_label, id_type_label, provision_form_label, requester_kind_label
from .action_base import error_label, multiline, text_of
from .lifetime import while_alive
from .outcome import OutcomeBox

REQUESTER_TEXT = ("full_name", "id_number", "address", "phone", "email", "fax", "nationality",
                  "on_behalf_of_name", "on_behalf_of_id")
REQUEST_TEXT = ("info_requested", "purpose", "delivery_address", "delivery_email", "notes")


class FieldsPanel(QWidget):
    saved = Signal(object)  # the updated Request after an edit committed

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.request: Request | None = None
        self.editing = False
        self.w: dict[str, QWidget] = {}
        self.err: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint, 1)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.save_button = QPushButton(self.tr("Save chan&ges"))
        self.cancel_button = QPushButton(self.tr("&Undo changes"))
        for b in (self.edit_button, self.save_button, self.cancel_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        outer.addLayout(bar)
        self.general_error = error_label()
        outer.addWidget(self.general_error)
        self.edit_button.clicked.connect(lambda: self.set_editing(True))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._undo)

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._requester_box(), 0, 0)
        grid.addWidget(self._request_box(), 0, 1, 3, 1)
        self.outcome = OutcomeBox()  # what happened so far, beside the intake fields
        grid.addWidget(self.outcome, 1, 0)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.set_editing(False)

    # --- building ---------------------------------------------------------------------------------------
    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        self.err[name] = error_label()
        col.addWidget(self.err[name])
        form.addRow(label, box)
        caption = form.labelForField(box)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
        self.w[name] = widget
        self._rows[name] = (form, box)

    def _requester_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Requester"))
        form = QFormLayout(box)
        self.kind_label = QLabel()
        form.addRow(self.tr("Type:"), self.kind_label)
        self._add(form, "full_name", self.tr("Full name:"), QLineEdit())
        id_type = QComboBox()
        for t in IdType:
            id_type.addItem(id_type_label(t), t)
        self._add(form, "id_type", self.tr("ID document:"), id_type)
        self._add(form, "id_number", self.tr("ID number:"), QLineEdit())
        self._add(form, "address", self.tr("Address:"), QLineEdit())
        self._add(form, "phone", self.tr("Phone:"), QLineEdit())
        self._add(form, "email", self.tr("Email:"), QLineEdit())
        self._add(form, "fax", self.tr("Fax:"), QLineEdit())
        self._add(form, "nationality", self.tr("Nationality:"), QLineEdit())
        self._add(form, "on_behalf_of_name", self.tr("On behalf of:"), QLineEdit())
        self._add(form, "on_behalf_of_id", self.tr("Their ID number:"), QLineEdit())
        self.members = QLabel()
        self.members.setWordWrap(True)
        form.addRow(self.tr("Members:"), self.members)
        self._members_form = form
        return box

    def _request_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Request"))
        form = QFormLayout(box)
        channel = QComboBox()
        for c in Channel:
            channel.addItem(channel_label(c), c)
        self._add(form, "channel", self.tr("Channel:"), channel)
        received = QDateTimeEdit()
        received.setDisplayFormat("dd/MM/yyyy HH:mm")
        received.setCalendarPopup(True)
        self._add(form, "received_at", self.tr("Received:"), received)
        self._add(form, "info_requested", self.tr("Information requested:"), multiline())
        self._add(form, "purpose", self.tr("Purpose:"), multiline())
        pf = QComboBox()
        for f in ProvisionForm:
            pf.addItem(provision_form_label(f), f)
        self._add(form, "provision_form", self.tr("Form of provision:"), pf)
        copies = QSpinBox()
        copies.setRange(1, 1000)
        self._add(form, "copies", self.tr("Copies:"), copies)
        self._add(form, "delivery_address", self.tr("Delivery address:"), QLineEdit())
        self._add(form, "delivery_email", self.tr("Delivery email:"), QLineEdit())
        self._add(form, "officer_assisted", "", QCheckBox(self.tr("Written down by the officer for the requester")))
        self._add(form, "consent_attached", "", QCheckBox(self.tr("Consent of the person concerned attached")))
        self._add(form, "notes", self.tr("Notes:"), multiline())
        return box

    # --- showing ----------------------------------------------------------------------------------------
    def set_request(self, r: Request) -> None:
        self.request = r
        self.outcome.set_request(r)
        self._fill(r)
        self.set_editing(False)

    def _fill(self, r: Request) -> None:
        q = r.requester
        self.kind_label.setText(requester_kind_label(q.kind))
        for name in REQUESTER_TEXT:
            self.w[name].setText(getattr(q, name))  # type: ignore[attr-defined]
        self._pick("id_type", q.id_type)
        for name in REQUEST_TEXT:
            widget = self.w[name]
            value = getattr(r, name)
            widget.setPlainText(value) if isinstance(widget, QPlainTextEdit) else widget.setText(value)  # type: ignore[attr-defined]
        self._pick("channel", r.channel)
        self._pick("provision_form", r.provision_form)
        self.w["received_at"].setDateTime(QDateTime(r.received_at.astimezone(VN_TZ).replace(tzinfo=None)))  # type: ignore[attr-defined]
        self.w["copies"].setValue(r.copies)  # type: ignore[attr-defined]
        self.w["officer_assisted"].setChecked(r.officer_assisted)  # type: ignore[attr-defined]
        self.w["consent_attached"].setChecked(r.consent_attached)  # type: ignore[attr-defined]
        foreign = q.kind is RequesterKind.FOREIGN_RESIDENT
        behalf = q.kind.acts_for_someone or q.kind is RequesterKind.ORGANISATION
        self._show_row("nationality", foreign or bool(q.nationality))
        self._show_row("on_behalf_of_name", behalf or bool(q.on_behalf_of_name))
        self._show_row("on_behalf_of_id", behalf or bool(q.on_behalf_of_id))
        self.members.setText("\n".join(f"{i}. {m.full_name} — {m.id_number}" for i, m in enumerate(q.members, 1)))
        self._members_form.setRowVisible(self.members, bool(q.members))
        self._clear_errors()

    def _pick(self, name: str, value: Any) -> None:
        combo: QComboBox = self.w[name]  # type: ignore[assignment]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _show_row(self, name: str, visible: bool) -> None:
        form, box = self._rows[name]
        form.setRowVisible(box, visible)

    def can_edit(self) -> bool:
        return self.request is not None and Action.EDIT in allowed_actions(self.request.status)

    def set_editing(self, on: bool) -> None:
        self.editing = on and self.can_edit()
        locked_intake = self.request is not None and self.request.valid_on is not None
        for name, widget in self.w.items():
            writable = self.editing and not (locked_intake and name in ("channel", "received_at"))
            if isinstance(widget, QDateTimeEdit):
                widget.setReadOnly(not writable)
                widget.setCalendarPopup(writable)  # a read-only field must not offer a date picker
            elif isinstance(widget, (QLineEdit, QPlainTextEdit, QSpinBox)):
                widget.setReadOnly(not writable)
            else:
                widget.setEnabled(writable)
            _look(widget, writable)
        self.edit_button.setVisible(not self.editing)
        self.edit_button.setEnabled(self.can_edit())
        self.save_button.setVisible(self.editing)
        self.cancel_button.setVisible(self.editing)
        if self.editing:
            self.hint.setText(self.tr("Change what was recorded wrongly, then save. Every change is kept in the "
                                      "timeline."))
        elif self.can_edit():
            self.hint.setText(self.tr("Press Edit to correct what was recorded at intake."))
        else:
            self.hint.setText(self.tr("This request is closed: its intake fields can no longer be changed."))
        if self.editing:
            self.w["full_name"].setFocus()

    def _undo(self) -> None:
        if self.request is not None:
            self._fill(self.request)
        self.set_editing(False)

    # --- saving -----------------------------------------------------------------------------------------
    def changed_fields(self) -> dict[str, Any]:
        r = self.request
        assert r is not None
        out: dict[str, Any] = {}
        q = replace(r.requester, **{n: text_of(self.w[n]) for n in REQUESTER_TEXT},
                    id_type=IdType(self.w["id_type"].currentData()))  # type: ignore[attr-defined]
        if q != r.requester:
            out["requester"] = q
        for name in REQUEST_TEXT:
            value = text_of(self.w[name])
            if value != getattr(r, name):
                out[name] = value
        for name, enum in (("channel", Channel), ("provision_form", ProvisionForm)):
            value = enum(self.w[name].currentData())  # type: ignore[attr-defined]
            if value != getattr(r, name):
                out[name] = value
        for name, getter in (("copies", "value"), ("officer_assisted", "isChecked"), ("consent_attached", "isChecked")):
            value = getattr(self.w[name], getter)()
            if value != getattr(r, name):
                out[name] = value
        shown: datetime = self.w["received_at"].dateTime().toPython()  # type: ignore[attr-defined]
        before = r.received_at.astimezone(VN_TZ).replace(tzinfo=None, second=0, microsecond=0)
        if shown.replace(second=0, microsecond=0) != before:
            out["received_at"] = shown.replace(tzinfo=VN_TZ)
        return out

    def save(self) -> None:
        if not self.editing or self.request is None:
            return
        self._clear_errors()
        fields = self.changed_fields()
        if not fields:
            self.set_editing(False)
            return
        rid = self.request.id
        self.save_button.setEnabled(False)
        self.jobs.submit(lambda: self.desk.requests.edit(rid, **fields), on_success=while_alive(self, self._saved),
                         on_error=while_alive(self, self._failed), lane="db-write")

    def _saved(self, r: Request) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(r)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            unplaced = []
            for name, message in exc.errors.items():
                label = self.err.get(name)
                if label is None:  # e.g. an organisation's member list, not editable here
                    unplaced.append(message)
                    continue
                label.setText(message)
                label.show()
            if unplaced:
                self.general_error.setText("\n".join(unplaced))
                self.general_error.show()
            return
        self.errors.handle(exc, self, retry=self.save if isinstance(exc, EnvironmentProblem) else None)

    def _clear_errors(self) -> None:
        for label in (*self.err.values(), self.general_error):
            label.clear()
            label.hide()

FLAT_COMBO = ("QComboBox { border: none; background: transparent; padding-left: 3px; }"
              " QComboBox::drop-down { border: none; width: 0px; } QComboBox::down-arrow { image: none; }")


def _look(widget: QWidget, writable: bool) -> None:
    """A field that cannot be typed in does not look like one: flat, no frame, on the window's background,
    its value in the normal text colour (not greyed out); once editing, a normal input field again."""
    widget.setProperty("readOnlyLook", not writable)
    palette = QApplication.palette(widget)
    if not writable:
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)
    if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
        widget.setFrame(writable)
    if isinstance(widget, QAbstractSpinBox):
        widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows if writable
                                else QAbstractSpinBox.ButtonSymbols.NoButtons)
    if isinstance(widget, QComboBox):  # the styles draw a combo box as a button whatever its frame: flatten it
        widget.setStyleSheet("" if writable else FLAT_COMBO)
    if isinstance(widget, QPlainTextEdit):
        widget.setFrameShape(QFrame.Shape.StyledPanel if writable else QFrame.Shape.NoFrame)
