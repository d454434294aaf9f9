"""The request file: one non-modal window per request, loaded and changed only through jobs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import today
from ...domain.documents import FormCode
from ...domain.enums import Status
from ...domain.errors import EnvironmentProblem
from ...domain.refusal import RefusalGround
from ...domain.request import Correction, Request
from ...domain.workflow import Action
from ..discard_guard import DiscardGuard
from ..labels import correction_kind_label, fmt_date, status_label
from ..screen_fit import fit_window
from .action_base import text_of
from .action_dialogs import RefuseDialog
from .actions import DIALOGS, ActionBar, enabled_actions
from .attachments import AttachmentsPanel
from .catalogue_panel import CataloguePanel
from .complaints import ComplaintsPanel
from .corrections import CorrectionsPanel
from .deadlines import OVERDUE, DeadlinesModel, due_colour
from .documents_panel import DocumentsPanel
from .explain_dialog import ExplainDialog
from .fields_panel import FieldsPanel
from .lifetime import while_alive
from .record_table import record_table
from .timeline import TimelineModel

ASKS_FOR = {Action.REFUSE: FormCode.REFUSAL, Action.EXTEND: FormCode.EXTENSION}  # Mẫu 05, Mẫu 04
BANNER_STYLE = "background: #fff4ce; color: #5c3b00; border: 1px solid #e0b252; padding: 6px;"




class RequestFileDialog(DiscardGuard, QDialog):
    changed = Signal(int)  # the request id, after any action or edit committed

    def __init__(self, desk, jobs, errors, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.request_id = desk, jobs, errors, request_id
        self.request: Request | None = None
        self.action_dialog: QDialog | None = None
        self.paper_after_action: FormCode | None = None
        self.explain_dialog: ExplainDialog | None = None
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Request file"))

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        self.caveat = QLabel()  # the rule set's note for this request (e.g. the amended law has no rule set yet)
        self.caveat.setTextFormat(Qt.TextFormat.PlainText)
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet(BANNER_STYLE)
        self.caveat.hide()
        layout.addWidget(self.caveat)
        self.flag = QLabel()
        self.flag.setTextFormat(Qt.TextFormat.PlainText)
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet(BANNER_STYLE)
        self.flag.hide()
        layout.addWidget(self.flag)

        self.tabs = QTabWidget()
        self.fields = FieldsPanel(desk, jobs, errors)
        self.fields.saved.connect(self._committed)
        self.tabs.addTab(self.fields, self.tr("&Request"))
        self.tabs.addTab(self._deadlines_tab(), self.tr("&Deadlines"))
        self.timeline = TimelineModel(self)
        self.timeline_view = record_table(self.timeline)
        self.tabs.addTab(self.timeline_view, self.tr("&Timeline"))
        self.corrections = CorrectionsPanel()
        self.corrections.explain.connect(self.explain_correction)
        self.tabs.addTab(self.corrections, self.tr("C&orrections"))
        self.complaints: ComplaintsPanel | None = None
        if hasattr(desk, "complaints"):
            self.complaints = ComplaintsPanel(desk, jobs, errors)
            self.complaints.changed.connect(self.reload)
            # No Alt letter in English: every letter of "Complaints" is taken in this window (the Vietnamese has one).
            self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.attachments: AttachmentsPanel | None = None
        if hasattr(desk, "attachments"):  # the attachment service may not be wired in every build
            self.attachments = AttachmentsPanel(desk, jobs, errors)
            self.tabs.addTab(self.attachments, self.tr("Attac&hments"))
        self.documents = DocumentsPanel(desk, jobs, errors)
        self.documents.changed.connect(self._documents_changed)
        self.tabs.addTab(self.documents, self.tr("Docu&ments"))
        self.catalogue: CataloguePanel | None = None
        self.flow_dialog: QDialog | None = None  # the redaction or provision dialog opened from the catalogue tab
        if getattr(desk, "catalogue", None) is not None:  # the catalogue may not be wired in every build
            self.catalogue = CataloguePanel(desk, jobs, errors)
            self.catalogue.changed.connect(self._documents_changed)
            self.catalogue.refuseRequested.connect(self.refuse_with)
            self.catalogue.letterRequested.connect(self.covering_letter)
            self.catalogue.redactRequested.connect(self.open_redaction)
            self.catalogue.provisionRequested.connect(self.open_provision)
            # No Alt letter in English: every free letter is taken in this window (the Vietnamese has one).
            self.tabs.addTab(self.catalogue, self.tr("Catalogue links"))
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.actions = ActionBar()
        self.actions.triggered.connect(self.start_action)
        bottom.addWidget(self.actions, 1)
        close = QDialogButtonBox()
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        fit_window(self, 1100, 760)
        self.reload()

    # --- layout -----------------------------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.number = QLabel(self.tr("Loading…"))
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number.setFont(font)
        row.addWidget(self.number)
        self.status = QLabel()
        self.status.setStyleSheet("background: #e3ecf7; color: #1d3b5c; border-radius: 10px; padding: 3px 12px;")
        row.addWidget(self.status)
        self.requester = QLabel()
        self.requester.setTextFormat(Qt.TextFormat.PlainText)
        self.requester.setWordWrap(True)  # a long name wraps rather than widening the window
        row.addWidget(self.requester, 1)
        self.due = QLabel()
        due_font = self.due.font()
        due_font.setBold(True)
        due_font.setPointSizeF(due_font.pointSizeF() * 1.2)
        self.due.setFont(due_font)
        row.addWidget(self.due)
        self.explain_button = QPushButton(self.tr("Expla&in…"))
        self.explain_button.setAutoDefault(False)
        self.explain_button.clicked.connect(self.explain_deadline)
        row.addWidget(self.explain_button)
        return row

    def _deadlines_tab(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.rule_set = QLabel()
        self.rule_set.setWordWrap(True)
        col.addWidget(self.rule_set)
        self.deadlines = DeadlinesModel(self)
        self.deadlines_view = record_table(self.deadlines)
        col.addWidget(self.deadlines_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        explain = QPushButton(self.tr("Explain the calc&ulation…"))
        explain.setAutoDefault(False)
        explain.clicked.connect(self.explain_deadline)
        row.addWidget(explain)
        col.addLayout(row)
        return page

    # --- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        rid, requests = self.request_id, self.desk.requests
        rulebook = self.desk.rulebook

        def load():
            r = requests.get(rid)
            rule_set = rulebook.by_code(r.deadlines.rule_set) if r.deadlines.rule_set else None
            name, caveats = (rule_set.name, rule_set.caveats_for(r.valid_on)) if rule_set else ("", ())
            rule_names = {rs.code: rs.name for rs in rulebook.rule_sets()}  # the timeline names, not codes
            return r, requests.history(rid), name, caveats, rule_names

        self.jobs.submit(load, on_success=while_alive(self, self._loaded),
                         on_error=while_alive(self, self._load_failed))

    def _load_failed(self, exc: BaseException) -> None:
        self.errors.handle(exc, self, retry=self.reload if isinstance(exc, EnvironmentProblem) else None)

    def _loaded(self, result) -> None:
        r, events, rule_set, caveats, rule_names = result
        self.request = r
        day = today(self.desk.clock)
        self.setWindowTitle(self.tr("Request %1 — %2").replace("%1", r.register_number).replace("%2", r.requester_name))
        self.number.setText(self.tr("No. %1").replace("%1", r.register_number))
        self.status.setText(status_label(r.status))
        self.requester.setText(r.requester_name)
        self._show_due(r, day)
        self.caveat.setText("\n".join(self.tr("Note on the rule set: %1").replace("%1", c) for c in caveats))
        self.caveat.setVisible(bool(caveats))
        self._show_flag(r)
        self.fields.set_request(r)
        self.deadlines.set_request(r, day)
        self.deadlines_view.resizeRowsToContents()
        self.rule_set.setText(self.tr("Rule set: %1").replace("%1", rule_set) if rule_set
                              else self.tr("No deadline yet: the time limit starts when the request is confirmed "
                                           "valid."))
        self.timeline.set_events(events, rule_names)
        self.timeline_view.resizeRowsToContents()
        self.timeline_view.scrollToBottom()
        self.corrections.set_corrections(r.corrections, day)
        self.actions.set_request(r)
        if self.attachments is not None:
            self.attachments.load(r.id)
        self.documents.set_request(r)
        if self.catalogue is not None:
            self.catalogue.set_request(r)
            self.catalogue.set_refuse_allowed(Action.REFUSE in enabled_actions(r))
        if self.complaints is not None:
            self.complaints.load(r)

    def _show_due(self, r: Request, day) -> None:
        due = r.due_now
        self.explain_button.setEnabled(bool(r.deadlines.explain))
        if due is None:
            self.due.setText(self.tr("No deadline yet"))
            self.due.setStyleSheet("")
            return
        correcting = r.status is Status.CORRECTING and r.open_correction is not None
        text = (self.tr("Correction due: %1") if correcting else self.tr("Deadline: %1")).replace("%1", fmt_date(due))
        if r.status.is_open and day > due:
            text = self.tr("Overdue since %1").replace("%1", fmt_date(due))
        lines = [text]
        if r.notice_missed(day) and r.deadlines.notice_due is not None:
            lines.append(self.tr("Notice of the time limit overdue since %1").replace(
                "%1", fmt_date(r.deadlines.notice_due)))
        colour = OVERDUE if r.is_late(day) else due_colour(r, day)
        self.due.setText("\n".join(lines))
        self.due.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")

    def _show_flag(self, r: Request) -> None:
        lines = []
        if r.deadline_flag:  # legal data from the recompute; shown as it is
            lines.append(self.tr("Deadline needs attention: %1").replace("%1", r.deadline_flag))
        if r.notice_late and r.notice_sent_on and r.deadlines.notice_due:
            lines.append(self.tr("The notice of the time limit was sent late: on %1, due by %2.")
                         .replace("%1", fmt_date(r.notice_sent_on)).replace("%2", fmt_date(r.deadlines.notice_due)))
        if r.repeat_count:
            lines.append(self.tr("This information was already provided to this requester %n time(s) "
                                 "(Article 28.1.d).", "", r.repeat_count))
        if r.earlier_provisions_note:
            lines.append(self.tr("Earlier provisions (Article 28.1.d): %1").replace("%1", r.earlier_provisions_note))
        self.flag.setText("\n".join(lines))
        self.flag.setVisible(bool(lines))

    def has_typed_input(self) -> bool:  # unsaved changes made after Edit
        return self.fields.editing and self.request is not None and bool(self.fields.changed_fields())

    # --- explaining -------------------------------------------------------------------------------------
    def explain_deadline(self) -> None:
        r = self.request
        if r is None:
            return
        due = fmt_date(r.deadlines.answer_due) or "—"
        heading = self.tr("Request %1: deadline %2").replace("%1", r.register_number).replace("%2", due)
        self._open_explain(heading, r.deadlines.explain)

    def explain_correction(self, c: Correction) -> None:
        heading = self.tr("Correction (%1): due %2").replace("%1", correction_kind_label(c.kind)).replace(
            "%2", fmt_date(c.due))
        self._open_explain(heading, c.explain)

    def _open_explain(self, heading: str, lines: tuple[str, ...]) -> None:
        dialog = ExplainDialog(self.tr("How the deadline is counted"), heading, lines, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.explain_dialog = dialog
        dialog.open()

    # --- acting -----------------------------------------------------------------------------------------
    def start_action(self, action: Action) -> None:
        if self.request is None or action not in DIALOGS:
            return
        dialog = DIALOGS[action](self.desk, self.jobs, self.errors, self.request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.committed.connect(self._committed)
        self.paper_after_action = ASKS_FOR.get(action)  # complete only with its paper: offered once recorded
        dialog.committed.connect(self._ask_for_paper)
        self.action_dialog = dialog
        dialog.open()

    def refuse_with(self, ground: RefusalGround, detail: str) -> None:
        """The refusal a linked entry calls for (Đ28.1.a for a Đ6 entry, b for a published one), prefilled;
        the officer still reads it and confirms, and the Mẫu 05 is asked for after, as for any refusal."""
        self.start_action(Action.REFUSE)
        dialog = self.action_dialog
        if not isinstance(dialog, RefuseDialog):
            return
        index = dialog.ground.findData(ground)
        if index >= 0:
            dialog.ground.setCurrentIndex(index)
        if detail and not text_of(dialog.detail):
            dialog.detail.setPlainText(detail)
        dialog.mark_clean()  # prefilled, not typed: Esc closes without asking

    def covering_letter(self) -> None:
        """The covering letter says where the linked published entries are: issued once the provision is
        recorded (the documents tab offers it then)."""
        info = next((i for i in self.documents.offered if i.form is FormCode.PROVIDE), None)
        if info is None:
            QMessageBox.information(self, self.tr("Covering letter"), self.tr(
                "The covering letter is issued once the provision is recorded (Provide…). It will then list "
                "where the linked published information can be found."))
            return
        self.tabs.setCurrentWidget(self.documents)
        self.documents.issue(info)

    def open_redaction(self, file) -> None:
        from ..redaction.dialog import RedactionDialog

        dialog = RedactionDialog(self.desk, self.jobs, self.errors, file, self.request_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.written.connect(lambda _copy: self.catalogue and self.catalogue.load())
        self.flow_dialog = dialog
        dialog.open()

    def open_provision(self) -> None:
        from ..provision.dialog import ProvisionDialog

        if self.request is None:
            return
        dialog = ProvisionDialog(self.desk, self.jobs, self.errors, self.request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.built.connect(lambda _p: self._documents_changed())
        self.flow_dialog = dialog
        dialog.open()

    def _ask_for_paper(self, _request: Request) -> None:
        form, self.paper_after_action = self.paper_after_action, None
        if form is not None:
            self.ask_for_document(form)

    def ask_for_document(self, form: FormCode) -> None:
        self.tabs.setCurrentWidget(self.documents)
        self.documents.ask_for(form)

    def _documents_changed(self) -> None:
        self.changed.emit(self.request_id)
        self.reload()

    def _committed(self, r: Request) -> None:
        self.changed.emit(r.id)
        self.reload()
