"""The office profile: the fields (shared with the first-run wizard) and the "Office" page of the main window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.agency import AREA_FACTORS, AUTHORITIES, AgencyProfile, NumberingMode, SeriesScope
from ...domain.errors import ValidationError
from ..field_errors import ERROR_STYLE, ErrorLabel

FIELDS = ("name", "parent_body", "place_name", "symbol", "signer_name", "signer_title", "authority", "area_factor")
# Printed in capitals on the notices' header (the service stores them so): typed so, nothing changes silently.
UPPER_FIELDS = ("name", "parent_body", "symbol", "signer_title")


class UpperCase(QValidator):
    """Capitals as the officer types, so the field shows what will be stored and printed."""

    def validate(self, text: str, pos: int):  # noqa: D102 (Qt override)
        return QValidator.State.Acceptable, text.upper(), pos


class AgencyFields(QWidget):
    """The AgencyProfile fields with a red error line under each; no saving (the owner decides when)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loaded: AgencyProfile | None = None  # keeps id, code and dates the form does not show
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân xã Đạo Trù"))
        self.parent_body = QLineEdit()
        self.parent_body.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân tỉnh Phú Thọ"))
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("e.g. Đạo Trù (as in \"Đạo Trù, ngày … tháng … năm …\")"))
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("e.g. UBND"))
        self.signer_name = QLineEdit()
        self.signer_title = QLineEdit()
        self.signer_title.setPlaceholderText(self.tr("e.g. Chủ tịch"))
        self.authority = QComboBox()
        for code, text in zip(AUTHORITIES, self._authority_texts(), strict=True):
            self.authority.addItem(text, code)
        self.area_factor = QComboBox()
        for factor, text in zip(AREA_FACTORS, self._area_texts(), strict=True):
            self.area_factor.addItem(text, factor)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}
        rows = (
            (self.tr("Office &name:"), self.name),
            (self.tr("&Parent body:"), self.parent_body),
            (self.tr("P&lace name:"), self.place_name),
            (self.tr("S&ymbol abbreviation:"), self.symbol),
            (self.tr("Si&gner's full name:"), self.signer_name),
            (self.tr("Signer's &title:"), self.signer_title),
            (self.tr("Signing &authority:"), self.authority),
            (self.tr("Ar&ea factor (Circular 46/2018):"), self.area_factor),
        )
        for field, (text, widget) in zip(FIELDS, rows, strict=True):
            widget.setObjectName(field)
            widget.setMinimumWidth(360)
            error = ErrorLabel()
            error.setObjectName(f"{field}_error")
            self.errors[field] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(error)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, cell)
        self.authority.setCurrentIndex(AUTHORITIES.index("TM."))
        self._upper = UpperCase(self)
        for field in UPPER_FIELDS:
            getattr(self, field).setValidator(self._upper)

    def _authority_texts(self) -> tuple[str, ...]:
        return (
            self.tr("None (the head signs)"),
            self.tr("TM. — on behalf of the collective"),
            self.tr("KT. — signing for the head"),
            self.tr("Q. — acting head"),
            self.tr("TL. — by order"),
            self.tr("TUQ. — by authorisation"),
        )

    def _area_texts(self) -> tuple[str, ...]:
        return (
            self.tr("1.0 — normal area"),
            self.tr("0.7 — difficult area"),
            self.tr("0.5 — extremely difficult area"),
        )

    # --- values --------------------------------------------------------------------------------------
    def set_profile(self, profile: AgencyProfile | None, blank_name: bool = False) -> None:
        self._loaded = profile
        if profile is None:
            return
        self.name.setText("" if blank_name else profile.name)
        for field in ("parent_body", "place_name", "symbol", "signer_name", "signer_title"):
            getattr(self, field).setText(getattr(profile, field))
        self.authority.setCurrentIndex(max(0, self.authority.findData(profile.authority)))
        self.area_factor.setCurrentIndex(max(0, self.area_factor.findData(profile.area_factor)))

    def profile(self) -> AgencyProfile:
        values = {f: getattr(self, f).text().strip() for f in FIELDS[:6]}
        values["authority"] = self.authority.currentData()
        values["area_factor"] = float(self.area_factor.currentData())
        if self._loaded is not None:
            return replace(self._loaded, **values)
        return AgencyProfile(id=None, **values)

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for field, label in self.errors.items():
            text = errors.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
            if text and first is None:
                first = getattr(self, field)
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        self.show_errors({})


class DocumentNumbering(QGroupBox):
    """Who numbers the office's papers (ND30 Đ15) and whether the app's series is shared by every type."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Document numbers"), parent)
        self.mode = QComboBox()
        self.mode.setObjectName("numbering_mode")
        self.mode.addItem(self.tr("Given by the app (one series a year, from 01 on 1 January)"), NumberingMode.SERIES)
        self.mode.addItem(self.tr("Typed by the clerk when the document is issued"), NumberingMode.TYPED)
        self.scope = QComboBox()
        self.scope.setObjectName("series_scope")
        self.scope.addItem(self.tr("One series for every type of document"), SeriesScope.COMMON)
        self.scope.addItem(self.tr("One series per type (TB, PTN, PGQ …)"), SeriesScope.PER_TYPE)
        self.mode.currentIndexChanged.connect(lambda _i: self.scope.setEnabled(
            NumberingMode(self.mode.currentData()) is NumberingMode.SERIES))
        form = QFormLayout(self)
        for text, widget in ((self.tr("Nu&mbers:"), self.mode), (self.tr("Ser&ies:"), self.scope)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

    def set_profile(self, profile: AgencyProfile | None) -> None:
        mode = profile.numbering_mode if profile is not None else NumberingMode.SERIES
        scope = profile.series_scope if profile is not None else SeriesScope.COMMON
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.scope.setCurrentIndex(self.scope.findData(scope))
        self.scope.setEnabled(mode is NumberingMode.SERIES)

    def settings(self) -> tuple[NumberingMode, SeriesScope]:
        return NumberingMode(self.mode.currentData()), SeriesScope(self.scope.currentData())


class SigningCertificate(QGroupBox):
    """The office's PKCS#12 certificate for signing replies to electronic requests (ND13 Đ10.2): only the
    file's path is kept; its password is asked each time a document is signed and never stored."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Digital signature"), parent)
        self.path = QLineEdit()
        self.path.setObjectName("certificate")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("none: documents are not signed digitally"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Rem&ove"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(lambda: self.set_path(None))
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        label = QLabel(self.tr("Certificate (PKCS#12):"))
        label.setBuddy(self.choose_button)
        form = QFormLayout(self)
        form.addRow(label, row)
        form.addRow("", self.error)
        note = QLabel(self.tr("Used to sign replies to requests received electronically. The password is asked "
                              "each time and never stored."))
        note.setWordWrap(True)
        form.addRow("", note)
        self._loaded: Path | None = None

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the office's certificate"), self.path.text(),
                                              self.tr("PKCS#12 certificates (*.p12 *.pfx)"))
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path | None, loaded: bool = False) -> None:
        self.path.setText(str(path) if path is not None else "")
        self.clear_button.setEnabled(path is not None)
        if loaded:
            self._loaded = path

    def chosen(self) -> Path | None:
        return Path(self.path.text()) if self.path.text() else None

    def changed(self) -> bool:
        return self.chosen() != self._loaded

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class AgencyForm(QWidget):
    """The "Office" page: edit the profile the register and the documents are issued under."""

    saved = Signal()

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors_router = desk, jobs, errors
        title = QLabel(self.tr("Office"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        intro = QLabel(
            self.tr("The agency that keeps this register. Its names and signer are printed on every document.")
        )
        intro.setWordWrap(True)
        self.fields = AgencyFields()
        self.numbering = DocumentNumbering()
        self.certificate = SigningCertificate() if hasattr(desk, "documents") else None
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for edit in (self.fields.name, self.fields.parent_body, self.fields.place_name, self.fields.symbol,
                     self.fields.signer_name, self.fields.signer_title):
            edit.returnPressed.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.numbering)
        if self.certificate is not None:
            layout.addWidget(self.certificate)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setMaximumWidth(900)
        self.load()

    def load(self) -> None:
        agency, documents = self.desk.agency, getattr(self.desk, "documents", None)
        self.jobs.submit(lambda: (agency.current(), agency.needs_setup(),
                                  documents.certificate_path() if documents is not None else None),
                         on_success=self._loaded,
                         on_error=lambda exc: self.errors_router.handle(exc, self, retry=self.load))

    def _loaded(self, result) -> None:
        profile, needs_setup, certificate = result
        self.fields.set_profile(profile, blank_name=needs_setup)
        self.numbering.set_profile(profile)
        if self.certificate is not None:
            self.certificate.set_path(certificate, loaded=True)
            self.certificate.show_error("")
        self.fields.clear_errors()
        self.status.clear()

    def save(self) -> None:
        profile = self.fields.profile()
        mode, scope = self.numbering.settings()
        agency, documents = self.desk.agency, getattr(self.desk, "documents", None)
        certificate = self.certificate.chosen() if self.certificate is not None else None
        certificate_changed = self.certificate is not None and self.certificate.changed()
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saving…"))

        def run() -> AgencyProfile:
            saved = agency.save(profile)
            if (saved.numbering_mode, saved.series_scope) != (mode, scope):
                saved = agency.set_document_settings(mode, scope)  # only through here (the service's rule)
            if certificate_changed and documents is not None:
                documents.set_certificate_path(certificate)  # the path only; no password is ever kept
            return saved

        self.jobs.submit(run, on_success=self._saved, on_error=self._failed, lane="db-write")

    def _saved(self, profile: AgencyProfile) -> None:
        self.save_button.setEnabled(True)
        self.fields.set_profile(profile)
        self.numbering.set_profile(profile)
        if self.certificate is not None:
            self.certificate.set_path(self.certificate.chosen(), loaded=True)
            self.certificate.show_error("")
        self.fields.clear_errors()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.clear()
        if isinstance(exc, ValidationError):
            self.fields.show_errors(exc.errors)
            if self.certificate is not None:
                self.certificate.show_error(exc.errors.get("certificate", ""))
            self.status.setText(self.tr("Please correct the fields marked in red."))
            self.status.setStyleSheet(ERROR_STYLE)
        else:
            self.errors_router.handle(exc, self, retry=self.save)
