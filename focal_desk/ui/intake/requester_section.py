"""Who asks (Đ24.2.a–b, ND13 Đ4): the requester kind decides which fields show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.enums import IdType, RequesterKind
from ...domain.ids import id_number_problem, normalise_id_number
from ...domain.requester import Requester
from ..field_errors import FieldErrors
from ..labels import id_type_label, requester_kind_label
from .members_table import MembersEditor


class RequesterSection(QGroupBox):
    idNumberLeft = Signal()  # the ID number field lost focus (look the person up)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Requester"))
        self.errors = FieldErrors()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.kind = QComboBox()
        for k in RequesterKind:
            self.kind.addItem(requester_kind_label(k), k)
        self._row(self.tr("Requester &kind"), "kind", self.kind)

        self.on_behalf_of_name = QLineEdit()
        self.on_behalf_of_id = QLineEdit()
        self.nationality = QLineEdit()
        self._row("", "on_behalf_of_name", self.on_behalf_of_name)
        self._row("", "on_behalf_of_id", self.on_behalf_of_id)
        self._row(self.tr("Nationalit&y"), "nationality", self.nationality)

        self.full_name = QLineEdit()  # the name first: a walk-in says who they are, then shows the card
        self._row("", "full_name", self.full_name)

        self.id_type = QComboBox()
        for t in IdType:
            self.id_type.addItem(id_type_label(t), t)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("12 digits"))
        id_row = QWidget()
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_type)
        id_layout.addWidget(self.id_number, 1)
        self._row(self.tr("I&D document"), "id_number", self.id_number, id_row).setBuddy(self.id_type)

        self.address = QLineEdit()
        self._row(self.tr("&Address"), "address", self.address)
        self.phone = QLineEdit()
        self.fax = QLineEdit()
        fax_label = QLabel(self.tr("Fa&x"))
        fax_label.setBuddy(self.fax)
        fax_label.setMinimumHeight(self.fax.sizeHint().height())  # level with the field's text
        contact = QWidget()  # phone and fax share a row: the form then fits 1366×768
        contact_layout = QHBoxLayout(contact)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_layout.addWidget(self.errors.wrap("phone", self.phone), 3, Qt.AlignmentFlag.AlignTop)
        contact_layout.addWidget(fax_label, 0, Qt.AlignmentFlag.AlignTop)
        contact_layout.addWidget(self.errors.wrap("fax", self.fax), 2, Qt.AlignmentFlag.AlignTop)
        phone_label = QLabel(self.tr("&Phone"))
        phone_label.setBuddy(self.phone)
        self.form.addRow(phone_label, contact)
        self.email = QLineEdit()
        self._row(self.tr("E&mail"), "email", self.email)
        self.members = MembersEditor()
        members_label = QLabel(self.tr("Mem&bers"))
        members_label.setBuddy(self.members.view)
        self.form.addRow(members_label, self.members)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.id_type.currentIndexChanged.connect(self._id_type_changed)
        self.id_number.editingFinished.connect(self.idNumberLeft)
        self._kind_changed()
        self._id_type_changed()

    # --- reading and filling ---------------------------------------------------------------------------
    def current_kind(self) -> RequesterKind:
        return RequesterKind(self.kind.currentData())

    def current_id_type(self) -> IdType:
        return IdType(self.id_type.currentData())  # Qt hands a StrEnum back as a plain str

    def requester(self) -> Requester:
        kind = self.current_kind()
        shows_behalf = kind.acts_for_someone or kind is RequesterKind.ORGANISATION
        return Requester(
            kind=kind,
            full_name=self.full_name.text(),
            id_type=self.current_id_type(),
            id_number=self.id_number.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            fax=self.fax.text(),
            nationality=self.nationality.text() if kind is RequesterKind.FOREIGN_RESIDENT else "",
            on_behalf_of_name=self.on_behalf_of_name.text() if shows_behalf else "",
            on_behalf_of_id=self.on_behalf_of_id.text() if shows_behalf else "",
            members=self.members.model.members() if kind is RequesterKind.ORGANISATION else (),
        )

    def valid_id_number(self) -> str | None:
        """The normalised ID number when it is well formed, else None (no lookup on half a number)."""
        id_type = self.current_id_type()
        number = normalise_id_number(id_type, self.id_number.text())
        return None if id_number_problem(id_type, number) else number

    def fill(self, known: Requester) -> None:
        """The details last recorded for this person; what the officer must confirm stays editable."""
        self.full_name.setText(known.full_name)
        self.address.setText(known.address)
        self.phone.setText(known.phone)
        self.email.setText(known.email)
        self.fax.setText(known.fax)
        if known.nationality:
            self.nationality.setText(known.nationality)

    def has_input(self) -> bool:
        texts = (self.full_name, self.id_number, self.address, self.phone, self.email, self.fax,
                 self.nationality, self.on_behalf_of_name, self.on_behalf_of_id)
        return any(w.text().strip() for w in texts) or bool(self.members.model.members())

    def show_errors(self, errors: dict[str, str], names: set[str] | None = None) -> None:
        self.errors.show(errors, names)
        if names is None or "members" in names:
            self.members.show_errors(errors)

    # --- the kind decides the rows ---------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.current_kind()
        organisation = kind is RequesterKind.ORGANISATION
        behalf = kind.acts_for_someone or organisation
        self.form.setRowVisible(self.errors.labels["on_behalf_of_name"].parentWidget(), behalf)
        self.form.setRowVisible(self.errors.labels["on_behalf_of_id"].parentWidget(), behalf)
        self.form.setRowVisible(self.errors.labels["nationality"].parentWidget(), kind is RequesterKind.FOREIGN_RESIDENT)
        self.form.setRowVisible(self.members, organisation)
        self._label("on_behalf_of_name").setText(
            self.tr("Organisation name") if organisation else self.tr("Acting for (full name)")
        )
        self._label("on_behalf_of_id").setText(
            self.tr("Organisation's re&gistration no.") if organisation else self.tr("Their ID number")
        )
        self._label("full_name").setText(self.tr("Representative's full &name") if organisation
                                         else self.tr("Full &name"))

    def _id_type_changed(self) -> None:
        digits = self.current_id_type() in (IdType.CCCD, IdType.PERSONAL_ID)
        self.id_number.setPlaceholderText(self.tr("12 digits") if digits else "")

    def _row(self, text: str, name: str, editor: QWidget, shown: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(editor)
        self.form.addRow(label, self.errors.wrap(name, editor, shown))
        return label

    def _label(self, name: str):
        label = self.form.labelForField(self.errors.labels[name].parentWidget())
        label.setBuddy(self.errors.editors[name])
        return label
