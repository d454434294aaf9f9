"""What is asked and how it should be provided (Đ24.2.c–đ), plus the officer's notes (Đ24.1.a, Đ7)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...domain.enums import ProvisionForm
from ..field_errors import FieldErrors
from ..labels import provision_form_label


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on; the officer never needs a tab character here
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # spare height stays below
    return box


class RequestSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Information requested"))
        self.errors = FieldErrors()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.info_requested = _text_box(4)
        self.info_requested.setPlaceholderText(
            self.tr("Name the documents: number, date, issuing body, title; or describe the records")
        )
        self._row(self.tr("&Information"), "info_requested", self.info_requested)
        self.purpose = _text_box(2)
        self._row(self.tr("Reason and p&urpose"), "purpose", self.purpose)

        self.provision_form = QComboBox()
        for f in ProvisionForm:
            self.provision_form.addItem(provision_form_label(f), f)
        self.provision_form.setCurrentIndex(self.provision_form.findData(ProvisionForm.COPY))
        self.copies = QSpinBox()
        self.copies.setRange(1, 1000)
        copies_label = QLabel(self.tr("C&opies"))
        copies_label.setBuddy(self.copies)
        form_row = QWidget()
        form_layout = QHBoxLayout(form_row)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.provision_form, 1)
        form_layout.addWidget(copies_label)
        form_layout.addWidget(self.copies)
        self._row(self.tr("&Form of provision"), "copies", self.provision_form, form_row)

        # "Provide now": a walk-in answered at the desk is registered, marked valid and provided in one step.
        self.provide_now = QCheckBox(self.tr("Provide no&w: answered at the desk"))
        self.provided_how = QLineEdit()
        self.provided_how.setPlaceholderText(self.tr("How it was provided, e.g. a copy handed over"))
        self.form.addRow("", self.provide_now)
        self._row(self.tr("Provided as"), "provision_method", self.provided_how)
        self._provided_how_follows = True  # tracks the form of provision until the officer types here
        self.provided_how.textEdited.connect(self._provided_how_edited)
        self.provision_form.currentIndexChanged.connect(self._form_changed)
        self.provide_now.toggled.connect(self._provide_now_toggled)
        self._form_changed()
        self._provide_now_toggled(False)

        self.delivery_address = QLineEdit()
        self.delivery_address.setPlaceholderText(self.tr("Only if different from the requester's address"))
        self._row(self.tr("Delivery address"), "delivery_address", self.delivery_address)
        self.delivery_email = QLineEdit()
        self.delivery_email.setPlaceholderText(self.tr("Only if different from the requester's email"))
        self._row(self.tr("Delivery email"), "delivery_email", self.delivery_email)

        self.officer_assisted = QCheckBox(self.tr("The officer wrote the request for the requester (Art. 24.1.a)"))
        self.consent_attached = QCheckBox(self.tr("Written consent attached (Art. 7)"))
        self.form.addRow("", self.officer_assisted)
        self.form.addRow("", self.consent_attached)
        self.notes = _text_box(2)
        self._row(self.tr("No&tes"), "notes", self.notes)

    def _form_changed(self) -> None:
        if self._provided_how_follows:
            self.provided_how.setText(provision_form_label(ProvisionForm(self.provision_form.currentData())))

    def _provided_how_edited(self) -> None:
        self._provided_how_follows = False

    def _provide_now_toggled(self, on: bool) -> None:
        self.provided_how.setEnabled(on)
        self.form.setRowVisible(self.errors.labels["provision_method"].parentWidget(), on)

    def _row(self, text: str, name: str, editor: QWidget, shown: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        self.form.addRow(label, self.errors.wrap(name, editor, shown))

    def has_input(self) -> bool:
        boxes = (self.info_requested, self.purpose, self.notes)
        lines = (self.delivery_address, self.delivery_email)
        return any(b.toPlainText().strip() for b in boxes) or any(w.text().strip() for w in lines)
