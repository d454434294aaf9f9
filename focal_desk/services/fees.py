"""A request's actual costs (TT 46/2018): the fee lines the Mẫu 03 states, the payment deadline, the
payments received; and whether the requester let the deadline pass unpaid (Đ28.1.e)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ..domain.audit import AuditEvent
from ..domain.clock import Clock, today
from ..domain.enums import Status
from ..domain.errors import IllegalTransition, ValidationError
from ..domain.fees import (
    POSTAGE,
    FeeRate,
    FeeRateSet,
    FeeStatement,
    Payment,
    build_fee_lines,
    factored,
    rate_set_on,
)
from ..domain.refusal import RefusalGround, offered_grounds
from ..domain.text import clean_text
from .officer import Officer
from .ports import UnitOfWorkFactory

_COSTED = (Status.VALID, Status.EXTENDED)  # costs are set and paid while the request is being answered
MAX_AMOUNT = 1_000_000_000
MAX_PRINTED_PAGES = 100_000
A4_BLACK_AND_WHITE = "a4_bw"  # the rate code in data/fee_rates.json


class FeeService:
    def __init__(self, uow_factory: UnitOfWorkFactory, rate_sets: Sequence[FeeRateSet], clock: Clock, officer: Officer):
        self._uow_factory = uow_factory
        self._rate_sets = tuple(rate_sets)
        self._clock = clock
        self._officer = officer

    def set_fees(
        self, request_id: int, quantities: Mapping[str, int], postage: int = 0, payment_due: date | None = None
    ) -> FeeStatement:
        """Replace the request's fee lines (rates valid today, times the agency's area factor)."""
        day = today(self._clock)
        with self._uow_factory() as uow:
            request = uow.requests.get(request_id)
            if request.status not in _COSTED:
                raise IllegalTransition(request.status.label_vi, "Tính chi phí")
            agency = uow.agencies.current()
            factor = agency.area_factor if agency is not None else 1.0
            lines = build_fee_lines(self._rate_sets, day, factor, quantities, postage, request.provision_form)
            if lines and payment_due is None:
                raise ValidationError.single("payment_due", "Cần ghi thời hạn thanh toán chi phí")
            if payment_due is not None and payment_due < day:
                raise ValidationError.single("payment_due", "Thời hạn thanh toán không được trước hôm nay")
            before = uow.fees.statement(request_id)
            uow.fees.set_lines(request_id, lines, payment_due if lines else None, day)
            after = uow.fees.statement(request_id)
            uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), "set_fees", "request", request_id, {
                "fee_total": [before.total, after.total],
                "payment_due": [before.payment_due, after.payment_due],
            }))
            uow.commit()
            return after

    def set_printed_pages(self, request_id: int, pages: int, payment_due: date | None = None) -> FeeStatement:
        """The black-and-white A4 copy line (TT 46) from the pages of a printed provision times the copies the
        requester asked for; the other lines and the postage are kept, and the payment deadline unless given."""
        if not 0 < pages <= MAX_PRINTED_PAGES:
            raise ValidationError.single("pages", f"Số trang phải từ 1 đến {MAX_PRINTED_PAGES}")
        with self._uow_factory(read_only=True) as uow:
            request = uow.requests.get(request_id)
            statement = uow.fees.statement(request_id)
        quantities = {line.code: line.quantity for line in statement.lines if line.code != POSTAGE}
        quantities[A4_BLACK_AND_WHITE] = pages * max(request.copies, 1)
        postage = sum(line.amount for line in statement.lines if line.code == POSTAGE)
        return self.set_fees(request_id, quantities, postage, payment_due or statement.payment_due)

    def record_payment(self, request_id: int, paid_on: date, receipt_number: str, amount: int) -> FeeStatement:
        receipt_number = clean_text(receipt_number, "receipt_number", "Số biên lai")
        errors = {}
        if not receipt_number:
            errors["receipt_number"] = "Cần ghi số biên lai thu"
        if not 0 < amount <= MAX_AMOUNT:
            errors["amount"] = "Số tiền phải lớn hơn 0"
        if paid_on > today(self._clock):
            errors["paid_on"] = "Ngày nộp không được ở tương lai"
        if errors:
            raise ValidationError(errors)
        with self._uow_factory() as uow:
            request = uow.requests.get(request_id)
            if paid_on < request.received_at.date():
                raise ValidationError.single("paid_on", "Ngày nộp không được trước ngày tiếp nhận yêu cầu")
            if uow.fees.statement(request_id).total == 0:
                raise ValidationError.single("amount", "Yêu cầu này chưa có chi phí phải nộp")
            uow.fees.add_payment(request_id, Payment(None, paid_on, receipt_number, amount, self._officer.actor()))
            uow.audit.add(AuditEvent(self._clock.now(), self._officer.actor(), "record_payment", "request", request_id, {
                "payment": [None, {"paid_on": paid_on.isoformat(), "receipt_number": receipt_number, "amount": amount}],
            }))
            uow.commit()
            return uow_statement(self._uow_factory, request_id)

    def rates(self) -> tuple[FeeRate, ...]:
        """Today's rate table, each rate already times the agency's area factor (what a line will cost)."""
        with self._uow_factory(read_only=True) as uow:
            agency = uow.agencies.current()
        factor = agency.area_factor if agency is not None else 1.0
        rate_set = rate_set_on(self._rate_sets, today(self._clock))
        return tuple(replace(r, rate=factored(r.rate, factor)) for r in rate_set.rates.values())

    def statement(self, request_id: int) -> FeeStatement:
        return uow_statement(self._uow_factory, request_id)

    def refusal_grounds_offered(self, request_id: int) -> tuple[RefusalGround, ...]:
        """The Đ28.1 grounds the refuse dialog offers: e) only when the costs are unpaid after their deadline."""
        statement = self.statement(request_id)
        return offered_grounds(statement.unpaid_after_deadline(today(self._clock)))


def uow_statement(uow_factory: UnitOfWorkFactory, request_id: int) -> FeeStatement:
    with uow_factory(read_only=True) as uow:
        uow.requests.get(request_id)  # NotFound for an unknown request
        return uow.fees.statement(request_id)
