"""One dialog per action the request's state allows; each says what will happen before it happens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ...domain.clock import today
from ...domain.enums import Complexity, CorrectionKind, Status
from ...domain.refusal import REFUSAL_TEXTS, REPEATS_FOR_GROUND_D, RefusalGround, offered_grounds
from ...domain.rules import choose_rule_set
from ..labels import (
    complexity_label,
    correction_kind_label,
    fmt_date,
    period_label,
    provision_form_label,
    status_label,
)
from .action_base import ActionDialog, multiline, text_of
from .lifetime import while_alive


def _radio_row(*buttons: QRadioButton) -> tuple[QWidget, QButtonGroup]:
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(row)
    for b in buttons:
        group.addButton(b)
        lay.addWidget(b)
    lay.addStretch(1)
    buttons[0].setChecked(True)
    return row, group


class SupplementDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Ask for a supplement"))
        self.note = self.add_field(self.tr("&What must be supplemented:"), multiline(), "note", "supplement_note")
        self.on = self.date_field(self.tr("&Asked on:"))

    def update_intro(self) -> None:
        self.intro.setText(self.tr(
            "The request will wait for the requester to complete it. The time limit does not run until the "
            "request is complete; confirm it valid when the supplement arrives."))

    def confirm_text(self) -> str:
        return self.tr("Ask for supplement")

    def call(self):
        rid, note, on = self.request.id, text_of(self.note), self.day_of(self.on)
        return lambda: self.desk.requests.request_supplement(rid, note, on)


class MarkValidDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Confirm the request is valid"))
        self.valid_on = self.date_field(self.tr("&Valid on:"), "valid_on")
        self.simple = QRadioButton(complexity_label(Complexity.SIMPLE))
        self.complex = QRadioButton(complexity_label(Complexity.COMPLEX))
        row, self.group = _radio_row(self.simple, self.complex)
        self.add_field(self.tr("Information is:"), row, "complexity")
        self.reason = self.add_field(self.tr("&Reason it is complex:"), multiline(), "complexity_reason")
        self.group.buttonToggled.connect(lambda *_: self._sync())
        self._sync()

    def _sync(self) -> None:
        self.reason.setEnabled(self.complex.isChecked())
        self.update_intro()

    def update_intro(self) -> None:
        if not hasattr(self, "complex"):
            return
        text = self.tr(
            "The request will be recorded as complete and valid. The legal time limit starts the day after "
            "the valid date and the deadlines are computed with the rule set in force on that date.")
        if self.complex.isChecked():
            text += "\n" + self.tr(
                "Complex requests have a longer time limit, can be extended once, and need a written notice of "
                "the time limit (Mẫu 03) unless the requester came in person.")
        self.intro.setText(text)

    def confirm_text(self) -> str:
        return self.tr("Confirm valid")

    def check(self) -> dict[str, str]:
        if self.complex.isChecked() and not text_of(self.reason):
            return {"complexity_reason": self.tr("Say why the information must be gathered.")}
        return {}

    def call(self):
        rid, on = self.request.id, self.day_of(self.valid_on)
        complexity = Complexity.COMPLEX if self.complex.isChecked() else Complexity.SIMPLE
        reason = text_of(self.reason) if complexity is Complexity.COMPLEX else ""
        return lambda: self.desk.requests.mark_valid(rid, on, complexity, reason)


class SendNoticeDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Notice of the time limit"))
        self.on = self.date_field(self.tr("&Sent on:"))
        self.on.dateChanged.connect(lambda *_: self._warn_if_late())
        self._warn_if_late()

    def _warn_if_late(self) -> None:
        notice_due = self.request.deadlines.notice_due
        late = notice_due is not None and self.day_of(self.on) > notice_due
        self.warning.setText(self.tr("This notice is late: it was due by %1. It will be recorded as sent late.")
                             .replace("%1", fmt_date(notice_due)) if late else "")
        self.warning.setVisible(late)

    def update_intro(self) -> None:
        due = fmt_date(self.request.deadlines.answer_due)
        self.intro.setText(self.tr(
            "The written notice of the time limit (Mẫu 03) will be recorded as sent on the date below. The "
            "deadline it carries, %1, is then fixed: if the calendar changes later, the request is flagged "
            "instead of moving silently.").replace("%1", due))

    def confirm_text(self) -> str:
        return self.tr("Record notice sent")

    def call(self):
        rid, on = self.request.id, self.day_of(self.on)
        return lambda: self.desk.requests.send_notice(rid, on)


class ExtendDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Extend the deadline"))
        self.reason = self.add_field(self.tr("&Reason for the extension:"), multiline(), "extension_reason")
        self.on = self.date_field(self.tr("&Decided on:"))
        d, r = self.request.deadlines, self.request
        if r.complexity is not Complexity.COMPLEX:
            self.warning.setText(self.tr("Only a complex request can be extended; this one is simple."))
            self.warning.show()
        elif d.provide_due is not None and self.today > d.provide_due:
            self.warning.setText(self.tr(
                "The deadline %1 has passed. The law allows an extension only before the deadline ends, so "
                "it can no longer be extended: provide or refuse now.").replace("%1", fmt_date(d.provide_due)))
            self.warning.show()

    def update_intro(self) -> None:
        d = self.request.deadlines
        self.intro.setText(self.tr(
            "The deadline %1 will be extended once, to %2 at the latest. The requester must be told in "
            "writing before %1, with the reason (Mẫu 04).")
            .replace("%1", fmt_date(d.provide_due)).replace("%2", fmt_date(d.max_extended_due) or "—"))

    def confirm_text(self) -> str:
        return self.tr("Extend")

    def call(self):
        rid, reason, on = self.request.id, text_of(self.reason), self.day_of(self.on)
        return lambda: self.desk.requests.extend(rid, reason, on)


class ProvideDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Record provision"))
        self.full = QRadioButton(self.tr("&Everything requested"))
        self.partial = QRadioButton(self.tr("&Only part of it"))
        row, self.group = _radio_row(self.full, self.partial)
        self.add_field(self.tr("Provided:"), row)
        self.method = self.add_field(self.tr("&How it was provided:"), QLineEdit(), "provision_method")
        self.method.setText(provision_form_label(self.request.provision_form))
        self.detail = self.add_field(self.tr("Part &not provided and why:"), multiline(), "detail", "refusal_detail")
        self.on = self.date_field(self.tr("&Date provided:"))
        self.group.buttonToggled.connect(lambda *_: self._sync())
        self._sync()

    def _sync(self) -> None:
        self.detail.setEnabled(self.partial.isChecked())
        self.update_intro()

    def update_intro(self) -> None:
        if not hasattr(self, "partial"):
            return
        if self.partial.isChecked():
            self.intro.setText(self.tr(
                "The request will be closed as partly provided. The requester must be told in writing which "
                "part is not provided and why."))
        else:
            self.intro.setText(self.tr(
                "The request will be closed as provided: the requester received all the information asked for."))

    def confirm_text(self) -> str:
        return self.tr("Record provision")

    def call(self):
        rid, method, on = self.request.id, text_of(self.method), self.day_of(self.on)
        partial = self.partial.isChecked()
        detail = text_of(self.detail) if partial else ""
        return lambda: self.desk.requests.provide(rid, method, partial, on, detail)


class RefuseDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Refuse the request"))
        self.ground = QComboBox()
        # Đ28.1.e (costs unpaid) is offered only once the costs service says the deadline passed unpaid
        self._set_grounds(offered_grounds(unpaid_after_deadline=False))
        self.add_field(self.tr("&Ground:"), self.ground, "refusal_ground")
        if hasattr(self.desk, "fees"):
            fees, rid = self.desk.fees, self.request.id
            self.jobs.submit(lambda: fees.refusal_grounds_offered(rid),
                             on_success=while_alive(self, self._set_grounds))
        self.legal = QLabel()
        self.legal.setWordWrap(True)
        self.legal.setTextFormat(Qt.TextFormat.PlainText)
        self.legal.setFrameShape(QFrame.Shape.StyledPanel)
        self.legal.setMargin(6)
        self.legal.setMinimumWidth(440)
        self.legal.setStyleSheet("background: #f7f7f2;")
        self.form.addRow(self.tr("Legal text:"), self.legal)
        self.detail = self.add_field(self.tr("&Specific reason:"), multiline(), "refusal_detail")
        # Đ28.1.d rests on two earlier provisions: counted in the register, or said here by the officer.
        self.earlier = self.add_field(self.tr("&Earlier provisions:"), multiline(
            self.tr("Only if the register does not show them, e.g. \"provided on paper on 05/03/2024 and "
                    "12/08/2025\"")), "earlier_provisions_note")
        self.on = self.date_field(self.tr("Refused &on:"))
        if self.request.repeat_count >= 2:  # Đ28.1.d: provided twice already
            self.ground.setCurrentIndex(self.ground.findData(RefusalGround.D))
        self.ground.currentIndexChanged.connect(lambda *_: self.update_intro())
        self.update_intro()

    def _set_grounds(self, grounds) -> None:
        current = self.ground.currentData()
        self.ground.blockSignals(True)
        self.ground.clear()
        for g in grounds:
            # the point alone ("28.1.a") means nothing at the desk: say what the ground is
            self.ground.addItem(self.tr("Article 28.1.%1 — %2").replace("%1", g.point).replace("%2", g.short_vi), g)
        if current is not None and self.ground.findData(current) >= 0:
            self.ground.setCurrentIndex(self.ground.findData(current))
        self.ground.blockSignals(False)
        self.update_intro()

    def chosen(self) -> RefusalGround:
        return RefusalGround(self.ground.currentData())

    def update_intro(self) -> None:
        if not hasattr(self, "earlier"):
            return
        g = self.chosen()
        self.legal.setText(REFUSAL_TEXTS[g].text)
        text = self.tr(
            "The request will be recorded as refused under Article 28.1.%1. The requester must receive a "
            "written refusal (Mẫu 05) giving this reason.").replace("%1", g.point)
        if self.request.repeat_count:
            text += "\n" + self.tr("This information was already provided to this requester %n time(s).", "",
                                   self.request.repeat_count)
        needs_earlier = g is RefusalGround.D and self.request.repeat_count < REPEATS_FOR_GROUND_D
        if needs_earlier:
            text += "\n" + self.tr(
                "Article 28.1.d needs two earlier provisions of this information to this requester. The register "
                "shows %1: say below where the earlier provisions are recorded.").replace(
                "%1", str(self.request.repeat_count))
        self.earlier.setEnabled(g is RefusalGround.D)
        self.intro.setText(text)

    def confirm_text(self) -> str:
        return self.tr("Refuse")

    def call(self):
        rid, ground, detail, on = self.request.id, self.chosen(), text_of(self.detail), self.day_of(self.on)
        earlier = text_of(self.earlier) if ground is RefusalGround.D else ""
        return lambda: self.desk.requests.refuse(rid, ground, detail, on, earlier)


class TransferDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Send to the responsible agency"))
        self.agency = self.add_field(self.tr("&Responsible agency:"), QLineEdit(), "transferred_to")
        self.on = self.date_field(self.tr("Guided &on:"))

    def update_intro(self) -> None:
        self.intro.setText(self.tr(
            "The request will be closed because the information is not this agency's to provide. The requester "
            "must be told in writing which agency is responsible for it."))

    def confirm_text(self) -> str:
        return self.tr("Send on")

    def call(self):
        rid, agency, on = self.request.id, text_of(self.agency), self.day_of(self.on)
        return lambda: self.desk.requests.transfer(rid, agency, on)


class WithdrawDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Withdraw the request"))
        self.reason = self.add_field(self.tr("&Reason (if given):"), multiline(), "withdrawal_reason", "reason")
        self.on = self.date_field(self.tr("Withdrawn &on:"))

    def update_intro(self) -> None:
        self.intro.setText(self.tr(
            "The request will be closed as withdrawn by the requester. No answer is owed after that."))

    def confirm_text(self) -> str:
        return self.tr("Withdraw")

    def call(self):
        rid, reason, on = self.request.id, text_of(self.reason), self.day_of(self.on)
        return lambda: self.desk.requests.withdraw(rid, reason, on)


class OpenCorrectionDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Open a correction"))
        self.kind = QComboBox()
        for k in CorrectionKind:
            self.kind.addItem(correction_kind_label(k), k)
        self.add_field(self.tr("&Who found it wrong:"), self.kind, "kind")
        self.reason = self.add_field(self.tr("What is w&rong:"), multiline(), "reason")
        self.on = self.date_field(self.tr("Opened &on:"))
        self.kind.currentIndexChanged.connect(lambda *_: self.update_intro())
        self.update_intro()

    def update_intro(self) -> None:
        if not hasattr(self, "kind"):
            return
        kind = CorrectionKind(self.kind.currentData())
        period = period_label(self._rule_set().correction_period(kind))  # Đ32's periods come from the rule set
        timer = {
            CorrectionKind.AGENCY_FOUND: self.tr("The agency corrects it and provides it again within %1."),
            CorrectionKind.REQUESTER_CLAIM: self.tr("The requester must get an answer within %1."),
            CorrectionKind.FORWARDED: self.tr("The agency that created it is asked to check within %1."),
        }[kind].replace("%1", period)
        self.intro.setText(self.tr(
            "A correction (Article 32) will be opened and the request will be \"being corrected\" until it is "
            "closed. Its own deadline is counted from the date below.") + "\n" + timer)

    def _rule_set(self):
        code = self.request.deadlines.rule_set
        if code:
            return self.desk.rulebook.by_code(code)
        return choose_rule_set(self.desk.rulebook.rule_sets(), today(self.desk.clock))

    def confirm_text(self) -> str:
        return self.tr("Open correction")

    def call(self):
        rid, kind, reason, on = self.request.id, CorrectionKind(self.kind.currentData()), text_of(self.reason), self.day_of(self.on)
        return lambda: self.desk.requests.open_correction(rid, kind, reason, on)


class CloseCorrectionDialog(ActionDialog):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Close the correction"))
        self.outcome = self.add_field(self.tr("&Result:"), multiline(), "result")
        self.on = self.date_field(self.tr("Closed &on:"))

    def update_intro(self) -> None:
        c = self.request.open_correction
        back = status_label(c.prior_status) if c is not None else status_label(Status.PROVIDED)
        self.intro.setText(self.tr(
            "The open correction will be closed with the result below, and the request goes back to \"%1\", "
            "as before the correction. The date it was provided does not change.").replace("%1", back))

    def confirm_text(self) -> str:
        return self.tr("Close correction")

    def call(self):
        rid, result, on = self.request.id, text_of(self.outcome), self.day_of(self.on)
        return lambda: self.desk.requests.close_correction(rid, result, on)
