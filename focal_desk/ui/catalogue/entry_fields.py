"""The fields of a catalogue entry: what every entry has, then what its access class asks for (where and when a
public entry is published; whose consent and which Đ7 ground; which Đ6 point)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import (
    MAX_KEYWORDS_CHARS,
    MAX_SHORT_CHARS,
    MAX_TITLE_CHARS,
    AccessClass,
    CatalogueEntry,
    Publication,
    vocabulary,
)
from ..field_errors import FieldErrors, clear_on_edit
from .optional_date import OptionalDateField


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for code, label in items:
        box.addItem(label, code)
        box.setItemData(box.count() - 1, label, Qt.ItemDataRole.ToolTipRole)  # the full wording
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    return box


def _select(box: QComboBox, code: str) -> None:
    i = box.findData(code)
    box.setCurrentIndex(max(i, 0))


class EntryFields(QWidget):
    accessChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        vocab = vocabulary()
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.number = QLineEdit()
        self.number.setMaxLength(MAX_SHORT_CHARS)
        self.number.setPlaceholderText(self.tr("e.g. 12/QĐ-UBND"))
        self.issued_on = OptionalDateField()
        self.issuing_body = QLineEdit()
        self.issuing_body.setMaxLength(MAX_SHORT_CHARS)
        self.kind = _combo([(k.code, k.label) for k in vocab.kinds])
        self.access = QComboBox()
        for cls in AccessClass:
            self.access.addItem(cls.label_vi, cls.value)
        self.keywords = QLineEdit()
        self.keywords.setMaxLength(MAX_KEYWORDS_CHARS)

        self.pub_where = QLineEdit()
        self.pub_where.setMaxLength(MAX_SHORT_CHARS)
        self.pub_where.setPlaceholderText(self.tr("e.g. the commune's web portal; the notice board"))
        self.pub_start = OptionalDateField()
        self.pub_end = OptionalDateField()
        self.published = QCheckBox(self.tr("Already &published"))
        self.consent_of = QLineEdit()
        self.consent_of.setMaxLength(MAX_SHORT_CHARS)
        self.conditional_ground = _combo(
            [("", self.tr("(choose)"))] + [(g.code, g.label) for g in vocab.conditional_grounds]
        )
        self.secret_point = _combo(
            [("", self.tr("(choose)"))] + [(p.code, p.label) for p in vocab.secret_points]
        )

        form = QFormLayout()
        self._row(form, self.tr("&Title:"), "title", self.title)
        self._row(form, self.tr("&Number, symbol:"), "number", self.number)
        self._row(form, self.tr("&Date issued:"), "issued_on", self.issued_on)
        self._row(form, self.tr("Issuing &body:"), "issuing_body", self.issuing_body)
        self._row(form, self.tr("&Kind:"), "kind", self.kind)
        self._row(form, self.tr("Acc&ess:"), "access", self.access)

        self.public_box = QGroupBox(self.tr("Publication (Art. 17)"))
        public = QFormLayout(self.public_box)
        self._row(public, self.tr("&Where published:"), "pub_where", self.pub_where)
        self._row(public, self.tr("Published &from:"), "publication_start", self.pub_start)
        self._row(public, self.tr("Published &until:"), "publication_end", self.pub_end)
        public.addRow("", self.published)
        self.conditional_box = QGroupBox(self.tr("Conditional access (Art. 7)"))
        conditional = QFormLayout(self.conditional_box)
        self._row(conditional, self.tr("&Consent of:"), "consent_of", self.consent_of)
        self._row(conditional, self.tr("Art. 7 &ground:"), "conditional_ground", self.conditional_ground)
        self.secret_box = QGroupBox(self.tr("Not accessible (Art. 6)"))
        secret = QFormLayout(self.secret_box)
        self._row(secret, self.tr("Art. 6 p&oint:"), "secret_point", self.secret_point)
        tail = QFormLayout()
        self._row(tail, self.tr("Ke&ywords:"), "keywords", self.keywords)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        for box in (self.public_box, self.conditional_box, self.secret_box):
            layout.addWidget(box)
        layout.addLayout(tail)
        layout.addStretch(1)
        self.access.currentIndexChanged.connect(self._show_class)
        self._show_class()

    def _row(self, form: QFormLayout, text: str, name: str, editor: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        form.addRow(label, self.errors.wrap(name, editor))
        clear_on_edit(editor, self.errors.labels[name])

    def access_class(self) -> AccessClass:
        return AccessClass(self.access.currentData())

    def _show_class(self) -> None:
        cls = self.access_class()
        self.public_box.setVisible(cls is AccessClass.PUBLIC)
        self.conditional_box.setVisible(cls is AccessClass.CONDITIONAL)
        self.secret_box.setVisible(cls is AccessClass.SECRET)
        self.accessChanged.emit()

    # --- values ------------------------------------------------------------------------------------------
    def set_entry(self, e: CatalogueEntry) -> None:
        self.title.setText(e.title)
        self.number.setText(e.number)
        self.issued_on.set_value(e.issued_on)
        self.issuing_body.setText(e.issuing_body)
        _select(self.kind, e.kind)
        _select(self.access, AccessClass(e.access).value)
        self.pub_where.setText(e.publication.where)
        self.pub_start.set_value(e.publication.start)
        self.pub_end.set_value(e.publication.end)
        self.published.setChecked(e.publication.published)
        self.consent_of.setText(e.consent_of)
        _select(self.conditional_ground, e.conditional_ground)
        _select(self.secret_point, e.secret_point)
        self.keywords.setText(e.keywords)

    def entry(self, base: CatalogueEntry) -> CatalogueEntry:
        """``base`` (its id, files and audit) with what the fields say now; the service cleans and checks it."""
        return replace(
            base,
            title=self.title.text(),
            number=self.number.text(),
            issued_on=self.issued_on.value(),
            issuing_body=self.issuing_body.text(),
            kind=self.kind.currentData(),
            access=self.access_class(),
            publication=Publication(
                self.pub_where.text(),
                self.pub_start.value(),
                self.pub_end.value(),
                self.published.isChecked(),
            ),
            consent_of=self.consent_of.text(),
            conditional_ground=self.conditional_ground.currentData() or "",
            secret_point=self.secret_point.currentData() or "",
            keywords=self.keywords.text(),
        )

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """The messages beside their fields; the first field with one (to focus), or None."""
        self.errors.show(errors)
        for name, editor in self.errors.editors.items():
            if name in errors:
                return editor
        return None
