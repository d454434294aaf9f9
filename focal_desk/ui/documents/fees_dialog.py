"""A request's actual costs (Mẫu 03, TT 46/2018): quantities per fee line at today's rates (the agency's
area factor applied by the service), postage, the payment deadline; payments received; the statement."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import today
from ...domain.errors import ValidationError
from ...domain.fees import MAX_QUANTITY, POSTAGE, FeeRate, FeeStatement
from ...domain.request import Request
from ..date_edits import DateField
from ..discard_prompt import ask_discard
from ..field_errors import FieldErrors
from ..labels import fmt_date
from ..request_file.lifetime import while_alive
from ..screen_fit import fit_window, scrolled

MAX_AMOUNT = 1_000_000_000  # the service's ceiling for one payment


def money(amount: int) -> str:
    """54.000 đ — Vietnamese thousands separator."""
    return f"{amount:,}".replace(",", ".") + " đ"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(edit: DateField) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _spin(maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setGroupSeparatorShown(True)
    box.setSuffix(suffix)
    return box


class FeesDialog(QDialog):
    saved = Signal(object)  # the FeeStatement after costs were set or a payment recorded

    def __init__(self, desk, jobs, errors, request: Request, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors, self.request = desk, jobs, errors, request
        self.statement_now: FeeStatement | None = None
        self.quantities: dict[str, QSpinBox] = {}
        self._busy = False
        self._loaded_values: tuple | None = None
        self.setWindowTitle(self.tr("Costs of request %1").replace("%1", request.register_number))
        self.field_errors = FieldErrors()
        outer = QVBoxLayout(self)
        body = QWidget()  # scrolls on a small screen once the rows are loaded; the Close button stays in view
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(body), 1)

        self.costs_box = QGroupBox(self.tr("Costs (Circular 46/2018, area factor applied)"))
        self.grid = QGridLayout(self.costs_box)
        self.postage = _spin(MAX_AMOUNT, " đ")
        self.postage.setObjectName(POSTAGE)
        self.payment_due = DateField()
        self.payment_due.setObjectName("payment_due")
        self.payment_due.setDisplayFormat("dd/MM/yyyy")
        self.payment_due.setCalendarPopup(True)
        self.payment_due.setDate(_qdate(today(desk.clock)))
        self.set_button = QPushButton(self.tr("Save &costs"))
        self.set_button.clicked.connect(self.save_costs)
        layout.addWidget(self.costs_box)

        self.statement = QLabel(self.tr("Loading…"))
        self.statement.setWordWrap(True)
        self.statement.setObjectName("statement")
        layout.addWidget(self.statement)

        pay_box = QGroupBox(self.tr("Record a payment"))
        pay = QFormLayout(pay_box)
        self.paid_on = DateField()
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setDisplayFormat("dd/MM/yyyy")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDate(_qdate(today(desk.clock)))
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt_number")
        self.amount = _spin(MAX_AMOUNT, " đ")
        self.amount.setObjectName("amount")
        self.pay_button = QPushButton(self.tr("Record &payment"))
        self.pay_button.clicked.connect(self.record_payment)
        self.receipt.returnPressed.connect(self.record_payment)
        for text, name, editor in ((self.tr("Paid o&n:"), "paid_on", self.paid_on),
                                   (self.tr("&Receipt number:"), "receipt_number", self.receipt),
                                   (self.tr("&Amount:"), "amount", self.amount)):
            label = QLabel(text)
            label.setBuddy(editor)
            pay.addRow(label, self.field_errors.wrap(name, editor))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pay_button)
        pay.addRow(row)
        layout.addWidget(pay_box)
        self.payments = QLabel()
        self.payments.setWordWrap(True)
        self.payments.setTextFormat(Qt.TextFormat.PlainText)  # receipt numbers are typed text
        layout.addWidget(self.payments)

        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for button in (self.set_button, self.pay_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        fit_window(self, 720, 640)
        self.load()

    # --- loading ----------------------------------------------------------------------------------------
    def load(self) -> None:
        fees, rid = self.desk.fees, self.request.id
        self.jobs.submit(lambda: (fees.rates(), fees.statement(rid)), on_success=while_alive(self, self._loaded),
                         on_error=while_alive(self, lambda exc: self.errors.handle(exc, self, retry=self.load)))

    def _loaded(self, result) -> None:
        rates, statement = result
        self._build_rates(rates)
        self._show_statement(statement)
        for button in (self.set_button, self.pay_button):
            button.setEnabled(True)
        first = next(iter(self.quantities.values()), None)
        if first is not None:  # once the new rows are shown (a layout shows them in a queued call)
            QTimer.singleShot(0, while_alive(first, first.setFocus))
        self._loaded_values = self._cost_values()

    def _build_rates(self, rates: tuple[FeeRate, ...]) -> None:
        self.grid.addWidget(QLabel(self.tr("Item")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Rate")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Quantity")), 0, 2)
        row = 1
        for rate in rates:
            label = QLabel(rate.label)  # the wording printed on the Mẫu 03 (data)
            label.setWordWrap(True)
            box = _spin(MAX_QUANTITY, f" {rate.unit}")
            box.setObjectName(rate.code)
            label.setBuddy(box)
            self.quantities[rate.code] = box
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(QLabel(self.tr("%1 per %2").replace("%1", money(rate.rate)).replace("%2", rate.unit)),
                                row, 1)
            self.grid.addWidget(self.field_errors.wrap(rate.code, box), row, 2)
            row += 1
        for text, name, editor in ((self.tr("P&ostage:"), POSTAGE, self.postage),
                                   (self.tr("Pay &by:"), "payment_due", self.payment_due)):
            label = QLabel(text)
            label.setBuddy(editor)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(self.field_errors.wrap(name, editor), row, 2)
            row += 1
        self.grid.addWidget(self.set_button, row, 2)

    def _show_statement(self, statement: FeeStatement) -> None:
        self.statement_now = statement
        quantities = {line.code: line.quantity for line in statement.lines}
        for code, box in self.quantities.items():
            box.setValue(quantities.get(code, 0))
        self.postage.setValue(sum(line.amount for line in statement.lines if line.code == POSTAGE))
        if statement.payment_due is not None:
            self.payment_due.setDate(_qdate(statement.payment_due))
        text = self.tr("Total %1 · paid %2 · outstanding %3").replace("%1", money(statement.total)).replace(
            "%2", money(statement.paid)).replace("%3", money(statement.outstanding))
        if statement.payment_due is not None:
            text += " · " + self.tr("to be paid by %1").replace("%1", fmt_date(statement.payment_due))
        self.statement.setText(text)
        self.amount.setValue(statement.outstanding)
        self.payments.setText("\n".join(
            self.tr("Paid %1 on %2, receipt %3").replace("%1", money(p.amount)).replace(
                "%2", fmt_date(p.paid_on)).replace("%3", p.receipt_number) for p in statement.payments))

    # --- writing ----------------------------------------------------------------------------------------
    def _cost_values(self) -> tuple:
        return ({c: b.value() for c, b in self.quantities.items()}, self.postage.value(), _date(self.payment_due))

    def save_costs(self) -> None:
        quantities, postage, due = self._cost_values()
        fees, rid = self.desk.fees, self.request.id
        self._submit(lambda: fees.set_fees(rid, quantities, postage, due), {*self.quantities, POSTAGE,
                                                                            "payment_due", "fees"})

    def record_payment(self) -> None:
        paid_on, receipt, amount = _date(self.paid_on), self.receipt.text().strip(), self.amount.value()
        fees, rid = self.desk.fees, self.request.id
        self._submit(lambda: fees.record_payment(rid, paid_on, receipt, amount), {"paid_on", "receipt_number",
                                                                                  "amount"}, payment=True)

    def _submit(self, fn, names: set[str], payment: bool = False) -> None:
        if self._busy:
            return
        self._busy = True
        self.field_errors.show({}, names)
        for button in (self.set_button, self.pay_button):
            button.setEnabled(False)

        def done(statement: FeeStatement) -> None:
            self._idle()
            self._show_statement(statement)
            self._loaded_values = self._cost_values()
            if payment:
                self.receipt.clear()
            self.saved.emit(statement)

        def failed(exc: BaseException) -> None:
            self._idle()
            if isinstance(exc, ValidationError):
                mine = {k: v for k, v in exc.errors.items() if self.field_errors.owns(k)}
                self.field_errors.show(mine, names)
                rest = {k: v for k, v in exc.errors.items() if k not in mine}
                if rest:
                    self.errors.handle(ValidationError(rest), self)
                return
            self.errors.handle(exc, self)

        self.jobs.submit(fn, lane="db-write", on_success=while_alive(self, done), on_error=while_alive(self, failed))

    def _idle(self) -> None:
        self._busy = False
        for button in (self.set_button, self.pay_button):
            button.setEnabled(True)

    def reject(self) -> None:
        if self._busy:
            return
        unsaved = (self._loaded_values is not None and self._cost_values() != self._loaded_values) or bool(
            self.receipt.text().strip())
        if unsaved and not ask_discard(self, self.tr("Discard the changes?"),
                                       self.tr("The costs or the payment you typed are not saved. Discard them?")):
            return
        super().reject()
