"""The intake form (Ctrl+N): validate as the officer types, save in one job, never lose what was typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ProvisionForm
from ...domain.errors import ValidationError
from ...domain.request import RequestDraft
from ...services.desk import Desk
from ...services.intake import clean_draft, clean_provision_method
from ...services.officer import actor_label
from ..discard_prompt import ask_discard
from ..field_errors import ErrorLabel, edited_signal
from ..screen_fit import fit_window
from .attachments_section import AttachmentsSection
from .catalogue_section import CatalogueSuggestions
from .lookups import RequesterLookups
from .receipt_section import ReceiptSection
from .request_section import RequestSection
from .requester_section import RequesterSection


def _register_with_files(desk: Desk, draft: RequestDraft, files: list[str], provided_how: str | None = None,
                         entries: tuple[int, ...] = (), actor: str = ""):
    """The job: register (and, with ``provided_how``, mark valid and provide in the same transaction), then
    copy the scans and link the ticked catalogue entries. The request stands even if a copy or a link fails
    (reported after)."""
    if provided_how is None:
        request = desk.requests.register(draft)
    else:
        request = desk.requests.register_and_provide(draft, provided_how)
    problems: list[BaseException] = []
    for path in files:
        try:
            desk.attachments.add(request.id, path)
        except Exception as exc:  # routed by type on the GUI thread
            problems.append(exc)
    for entry_id in entries:
        try:
            desk.catalogue.link(request.id, entry_id, actor)  # type: ignore[union-attr]
        except Exception as exc:
            problems.append(exc)
    return request.id, problems


class IntakeDialog(QDialog):
    saved = Signal(int)  # the new request's id, after the save committed

    def __init__(self, desk: Desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors = desk, jobs, errors
        self.setWindowTitle(self.tr("New request for information"))
        self._saving = False
        self._show_all = False  # after a save attempt every error shows, not only those of edited fields
        self._touched: set[str] = set()  # fields the officer changed: tabbing past an empty one is no error

        self.receipt = ReceiptSection(desk.clock.now())
        self.requester = RequesterSection()
        self.request = RequestSection()
        self.attachments = AttachmentsSection(desk.attachments)
        self.lookups = RequesterLookups(self)
        self.catalogue: CatalogueSuggestions | None = None
        if getattr(desk, "catalogue", None) is not None:  # the catalogue may not be wired in every build
            self.catalogue = CatalogueSuggestions(desk.catalogue, jobs, errors)
            self.request.info_requested.textChanged.connect(
                lambda: self.catalogue and self.catalogue.text_changed(self.request.info_requested.toPlainText()))
        self.general_error = ErrorLabel()

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.receipt, 0, 0, 1, 2)
        grid.addWidget(self.requester, 1, 0)
        # under the requester, where a citizen's form leaves room: the common case fits 1366×768 unscrolled
        if self.catalogue is not None:
            grid.addWidget(self.catalogue, 2, 0)
        grid.addWidget(self.attachments, 3, 0)
        grid.addWidget(self.request, 1, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self._save_text())
        self.save_button.setDefault(True)  # Enter in a one-line field saves
        self.save_button.setToolTip(self.tr("Save the request (Enter, Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.lookups.known_bar)
        layout.addWidget(self.lookups.repeat_bar)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._watch_fields()
        self._set_tab_order()
        self.requester.idNumberLeft.connect(self.lookups.id_number_left)
        self.request.provide_now.toggled.connect(self._provide_now_toggled)
        self._fit_screen()
        self.requester.full_name.setFocus()  # a walk-in (the default channel) starts with the name

    # --- reading the form --------------------------------------------------------------------------------
    def draft(self) -> RequestDraft:
        valid_on, complexity, reason = self.receipt.validity()
        return RequestDraft(
            requester=self.requester.requester(),
            channel=self.receipt.current_channel(),
            received_at=self.receipt.received(),
            info_requested=self.request.info_requested.toPlainText(),
            purpose=self.request.purpose.toPlainText(),
            provision_form=ProvisionForm(self.request.provision_form.currentData()),
            copies=self.request.copies.value(),
            delivery_address=self.request.delivery_address.text(),
            delivery_email=self.request.delivery_email.text(),
            officer_assisted=self.request.officer_assisted.isChecked(),
            consent_attached=self.request.consent_attached.isChecked(),
            notes=self.request.notes.toPlainText(),
            valid_on=valid_on,
            complexity=complexity,
            complexity_reason=reason,
        )

    def has_input(self) -> bool:
        return self.requester.has_input() or self.request.has_input() or bool(self.attachments.paths())

    # --- validation --------------------------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """The services' own rules (clean_draft), run on what is typed; the service re-checks on save."""
        errors: dict[str, str] = {}
        try:
            clean_draft(self.draft(), self.desk.clock)
        except ValidationError as exc:
            errors.update(exc.errors)
        if self.request.provide_now.isChecked():
            try:
                clean_provision_method(self.request.provided_how.text())
            except ValidationError as exc:
                errors.update(exc.errors)
        return errors

    def show_errors(self, errors: dict[str, str], everything: bool = True) -> None:
        names = None if everything else self._touched
        for section in (self.receipt, self.request):
            section.errors.show(errors, names)
        self.requester.show_errors(errors, names)
        if everything:
            self.attachments.show_errors(errors)
            owned = [s.errors for s in (self.receipt, self.requester, self.request)]
            stray = [m for k, m in errors.items() if not k.startswith("members") and k != "attachments"
                     and not any(o.owns(k) for o in owned)]
            self.general_error.set_message("\n".join(stray))

    def field_left(self, name: str) -> None:
        self.show_errors(self.problems(), everything=self._show_all)

    def field_edited(self, name: str) -> None:
        self._touched.add(name)

    def _watch_fields(self) -> None:
        self._watched: dict[QObject, str] = {}
        for section in (self.receipt, self.requester, self.request):
            for name, editor in section.errors.editors.items():
                self._watched[editor] = name
                editor.installEventFilter(self)
                signal = edited_signal(editor)
                if signal is not None:
                    signal.connect(lambda *_, n=name: self.field_edited(n))
        self._watched[self.requester.members.view] = "members"
        self.requester.members.view.installEventFilter(self)
        self.requester.members.model.dataChanged.connect(lambda *_: self.field_edited("members"))
        self.requester.members.model.rowsRemoved.connect(lambda *_: self.field_edited("members"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._watched:
            self.field_left(self._watched[watched])
            if watched is self.request.info_requested:
                self.lookups.info_left()
        return super().eventFilter(watched, event)

    # --- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        problems = self.problems()
        if problems:
            self._show_all = True
            self.show_errors(problems)
            self._focus_first(problems)
            return
        self.show_errors({})
        desk, draft, files = self.desk, self.draft(), self.attachments.paths()  # the job touches no widget
        provided_how = self.request.provided_how.text() if self.request.provide_now.isChecked() else None
        entries = tuple(self.catalogue.chosen()) if self.catalogue is not None else ()
        actor = actor_label(desk.officer.name, desk.officer.login)
        self._set_saving(True)
        self.jobs.submit(lambda: _register_with_files(desk, draft, files, provided_how, entries, actor),
                         on_success=self._save_done, on_error=self._save_failed, lane="db-write")

    def _save_done(self, result) -> None:
        request_id, problems = result
        self._set_saving(False)
        self.saved.emit(request_id)
        self.accept()
        for exc in problems:  # the request is saved; say which scan could not be kept
            self.errors.handle(exc, self.parentWidget())

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):  # the service is the judge: show its verdict beside the fields
            self._show_all = True
            self.show_errors(exc.errors)
            self._focus_first(exc.errors)
        else:  # nothing was saved and nothing typed is lost: the officer may retry
            self.errors.handle(exc, self, retry=self.save)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self._save_text())

    def _save_text(self) -> str:
        return self.tr("&Save and provide") if self.request.provide_now.isChecked() else self.tr("&Save")

    def _provide_now_toggled(self, on: bool) -> None:
        if on:  # provided at the desk: the request was complete and valid when it came
            self.receipt.valid_now.setChecked(True)
        if not self._saving:
            self.save_button.setText(self._save_text())

    def _focus_first(self, errors: dict[str, str]) -> None:
        for section in (self.receipt, self.requester, self.request):
            for name, editor in section.errors.editors.items():
                if name in errors:
                    editor.setFocus()
                    return
        if any(k.startswith("members") for k in errors):
            self.requester.members.view.setFocus()

    # --- closing -----------------------------------------------------------------------------------------
    def reject(self) -> None:
        if self._saving:  # the job will finish and close the dialog; do not leave it half-way
            return
        if self.has_input() and not self.confirm_discard():
            return
        super().reject()

    def done(self, result: int) -> None:
        self.lookups.active = False
        if self.catalogue is not None:
            self.catalogue.timer.stop()
        super().done(result)

    def confirm_discard(self) -> bool:
        return ask_discard(
            self,
            self.tr("Discard this request?"),
            self.tr("What you typed has not been saved. Close the form and discard it?"),
        )

    # --- layout ------------------------------------------------------------------------------------------
    def _set_tab_order(self) -> None:
        r, q, p, a = self.receipt, self.requester, self.request, self.attachments
        chain = [
            r.channel, r.received_at, r.valid_now, r.valid_on, r.simple, r.complex, r.complexity_reason,
            q.kind, q.on_behalf_of_name, q.on_behalf_of_id, q.nationality,
            q.full_name, q.id_number, q.id_type,  # the walk-in's path: name, then the ID number at once
            q.address, q.phone, q.fax, q.email, q.members.view, q.members.add_button, q.members.remove_button,
            p.info_requested, p.purpose, p.provision_form, p.copies, p.provide_now, p.provided_how,
            p.delivery_address, p.delivery_email,
            p.officer_assisted, p.consent_attached, p.notes,
            *([self.catalogue.list] if self.catalogue is not None else []),
            a.list, a.attach_button, a.remove_button,
            self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            self.lookups.known_bar.action, self.lookups.repeat_bar.action,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fit_screen(self) -> None:
        fit_window(self, 1200, 800)
