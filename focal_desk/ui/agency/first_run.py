"""First run: who the officer is, then the office (the same fields as the Office page) — or a sample office
with demo data, offered only while the register is empty."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.errors import ValidationError
from ...services.officer import clean_officer_name
from ..discard_guard import DiscardGuard
from ..discard_prompt import choice_box
from ..field_errors import ErrorLabel
from ..screen_fit import fit_window, scrolled
from .form import AgencyFields

WELCOME, OFFICE = range(2)
DEMO_SEED = 2026  # the sample office (its name, its signer) comes with the demo data


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Welcome to focal_desk"))
        self.setSubTitle(self.tr("The register of requests for information and their legal deadlines."))
        text = QLabel(
            self.tr("Before the first request is logged, tell focal_desk which office keeps this register. "
                    "Its name and signer appear on every notice you print.")
        )
        text.setWordWrap(True)
        self.setup = QRadioButton(self.tr("&Set up my office (recommended)"))
        self.setup.setChecked(True)
        self.demo = QRadioButton(
            self.tr("&Try it with demo data: a sample office with %n invented request(s)", "", wizard.demo_requests)
        )
        group = QButtonGroup(self)
        group.addButton(self.setup)
        group.addButton(self.demo)
        self.demo.toggled.connect(self._choice_changed)
        self.demo_unavailable = QLabel()
        self.demo_unavailable.setWordWrap(True)
        self.demo_unavailable.setStyleSheet("color: #555;")
        self.demo_unavailable.hide()
        if wizard.register_size:  # demo data never mixes with real requests (the service refuses it too)
            self.demo.setEnabled(False)
            self.demo_unavailable.setText(
                self.tr("Demo data is only for an empty register: this one already holds %n request(s).", "",
                        wizard.register_size)
            )
            self.demo_unavailable.show()
        self.officer = QLineEdit(wizard.desk.officer.name)
        self.officer.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hoa"))
        self.officer.setMinimumWidth(360)
        self.officer_error = ErrorLabel()
        officer_label = QLabel(self.tr("Your na&me:"))
        officer_label.setBuddy(self.officer)
        officer_note = QLabel(self.tr("Every change is recorded in the history under this name. "
                                      "When another officer sits down: Request > Switch officer (Ctrl+Shift+O)."))
        officer_note.setWordWrap(True)
        officer_note.setStyleSheet("color: #555;")
        officer_cell = QVBoxLayout()
        officer_cell.setSpacing(2)
        officer_cell.addWidget(self.officer)
        officer_cell.addWidget(self.officer_error)
        officer_cell.addWidget(officer_note)
        officer_form = QFormLayout()
        officer_form.addRow(officer_label, officer_cell)
        self.where = QLabel(self.tr("Your data will be kept in: %1").replace("%1", wizard.desk.data_location))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setStyleSheet("color: #555;")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(officer_form)
        layout.addSpacing(12)
        layout.addWidget(self.setup)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_unavailable)
        layout.addStretch(1)
        layout.addWidget(self.where)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolled(body))  # a small screen: the page scrolls, the wizard's buttons stay

    def _choice_changed(self) -> None:
        self.setFinalPage(self.demo.isChecked())
        self._wizard.button(QWizard.WizardButton.NextButton).setVisible(not self.demo.isChecked())

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return -1 if self.demo.isChecked() else OFFICE

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        if not self.officer.text():
            self.officer.setFocus()

    def officer_name(self) -> str | None:
        """The name typed, cleaned; None (and the message beside the field) when it is not a name."""
        try:
            name = clean_officer_name(self.officer.text())
        except ValidationError as exc:
            self.officer_error.set_message("\n".join(exc.errors.values()))
            self.officer.setFocus()
            return None
        self.officer_error.set_message("")
        return name

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        name = self.officer_name()
        if name is None:
            return False
        self._wizard.officer_name = name
        if not self.demo.isChecked():
            return True
        return self._wizard.start_demo()


class OfficePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Set up your office"))
        self.setSubTitle(self.tr("You can change this later on the Office page."))
        self.fields = AgencyFields()
        self.status = QLabel()
        self.status.setStyleSheet("color: #b00020;")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addStretch(1)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolled(body))

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.fields.name.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        return self._wizard.save_office()


class FirstRunWizard(DiscardGuard, QWizard):
    """Accepted once the office is saved (or the demo office is ready); rejected = the app quits, so Esc,
    Cancel and the close button always ask first."""

    def __init__(self, desk, jobs, errors, parent: QWidget | None = None, demo_requests: int = 2000):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.demo_requests = demo_requests
        self.register_size = desk.quick.register_size()  # requests typed in before (the command line)
        self.officer_name = ""  # set by the welcome page; stored with the office or the demo data
        self._done = False  # set when the job finished: the next validatePage lets the wizard close
        self._busy = False
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self.demo_result = None
        self.setWindowTitle(self.tr("focal_desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcome = WelcomePage(self)
        self.office = OfficePage(self)
        self.setPage(WELCOME, self.welcome)
        self.setPage(OFFICE, self.office)
        self.setStartId(WELCOME)
        # Qt ships no Vietnamese for its own buttons (no qtbase_vi.qm): name them here.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        fit_window(self, 760, 600)  # less on a small screen: the pages scroll, the buttons stay in view
        fields = self.office.fields
        self.watch_typing(self.welcome.officer, fields.name, fields.parent_body, fields.place_name, fields.symbol,
                          fields.signer_name, fields.signer_title)

    # --- the office, typed in ------------------------------------------------------------------------
    def save_office(self) -> bool:
        if self._done:
            return True
        if not self._busy:
            self._busy = True
            profile, name, desk = self.office.fields.profile(), self.officer_name, self.desk
            self.office.status.setText(self.tr("Saving…"))

            def save():
                desk.officer.switch(name)
                return desk.agency.save(profile)

            self.jobs.submit(save, on_success=self._finished, on_error=self._office_failed, lane="db-write")
        return False

    def _office_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.office.status.clear()
        if isinstance(exc, ValidationError):
            self.office.fields.show_errors(exc.errors)
            self.office.status.setText(self.tr("Please correct the fields marked in red."))
        else:
            self.errors.handle(exc, self, retry=self.save_office)

    # --- the demo office ----------------------------------------------------------------------------
    def start_demo(self) -> bool:
        if self._done:
            return True
        if self._busy:
            return False
        self._busy = True
        self._cancel.clear()
        n, desk, cancelled, name = self.demo_requests, self.desk, self._cancel.is_set, self.officer_name
        self.progress = QProgressDialog(self.tr("Creating the demo office and its requests…"), self.tr("Cancel"),
                                        0, n, self)
        self.progress.setWindowTitle(self.tr("Demo data"))
        self.progress.setMinimumWidth(460)
        # Not modal: a modal QProgressDialog runs processEvents() inside setValue(). The wizard ignores
        # Finish and Cancel while the job runs (_busy), so nothing behind the dialog can interfere.
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel.set)
        self.progress.destroyed.connect(self._cancel.set)  # the window went away: stop seeding
        self.progress.destroyed.connect(lambda *_: setattr(self, "progress", None))
        self.progress.show()

        def work(progress):
            desk.officer.switch(name)
            return desk.seed_demo(n, DEMO_SEED, progress, cancelled)  # describes the sample office too

        # Our own cancel flag (not Job.cancel): the wizard still hears when the seeding has stopped.
        self.jobs.submit(work, on_success=self._finished, on_error=self._demo_failed,
                         on_progress=self._demo_progress, lane="db-write")
        return False

    def _demo_progress(self, done: int, total: int) -> None:
        if self.progress is not None and self._busy:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Created %1 of %2 demo requests…")
                                       .replace("%1", f"{done:,}".replace(",", "."))
                                       .replace("%2", f"{total:,}".replace(",", ".")))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel.set)
            self.progress.destroyed.disconnect()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _demo_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._close_progress()
        self.errors.handle(exc, self)

    # --- both ----------------------------------------------------------------------------------------
    def _finished(self, result) -> None:
        self._close_progress()
        self.demo_result = result
        self._busy = False
        self._done = True
        self.accept()

    # --- leaving: the app quits ----------------------------------------------------------------------
    def closing_blocked(self) -> bool:
        return self._busy  # a save or the seeding is running; the seeding stops with Cancel in its own dialog

    def should_ask(self) -> bool:
        return True  # closing quits the app: never without asking

    def confirm_discard(self) -> bool:
        text = self.tr("focal_desk cannot be used until the office is set up, so closing this window quits "
                       "focal_desk. It will ask again at the next start.")
        if self.has_typed_input():
            text += "\n\n" + self.tr("What you typed will be lost.")
        box, leave, _stay = choice_box(self, self.tr("Quit focal_desk?"), text, self.tr("Quit focal_desk"),
                                       self.tr("Continue setting up"))
        box.exec()
        return box.clickedButton() is leave
