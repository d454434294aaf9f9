"""A request's actual costs (fee lines and payment deadline, as the Mẫu 03 states them) and payments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ...domain.documents import FeeLine
from ...domain.fees import FeeStatement, Payment
from ..models import FeeLineRow, FeeTermsRow, PaymentRow, table_of
from .written import inserted_id

_lines = table_of(FeeLineRow)
_terms = table_of(FeeTermsRow)
_payments = table_of(PaymentRow)


class SqlFeeRepository:
    def __init__(self, session: Session):
        self._session = session

    def set_lines(self, request_id: int, lines: Sequence[FeeLine], payment_due: date | None, set_on: date) -> None:
        """Replace the request's fee lines and payment deadline."""
        self._session.execute(delete(_lines).where(_lines.c.request_id == request_id))
        if lines:
            self._session.execute(
                insert(_lines),
                [
                    {"request_id": request_id, "position": i, "code": line.code, "label": line.label,
                     "quantity": line.quantity, "unit": line.unit, "unit_rate": line.unit_rate}
                    for i, line in enumerate(lines)
                ],
            )
        stmt = sqlite_insert(_terms).values(request_id=request_id, set_on=set_on, payment_due=payment_due)
        self._session.execute(
            stmt.on_conflict_do_update(
                index_elements=["request_id"], set_={"set_on": set_on, "payment_due": payment_due}
            )
        )

    def add_payment(self, request_id: int, payment: Payment) -> Payment:
        result = self._session.execute(
            insert(_payments).values(
                request_id=request_id, paid_on=payment.paid_on, receipt_number=payment.receipt_number,
                amount=payment.amount, recorded_by=payment.recorded_by,
            )
        )
        return Payment(inserted_id(result), payment.paid_on, payment.receipt_number, payment.amount,
                       payment.recorded_by)

    def statement(self, request_id: int) -> FeeStatement:
        lines = tuple(
            FeeLine(r.code, r.label, r.quantity, r.unit, r.unit_rate)
            for r in self._session.execute(
                select(_lines).where(_lines.c.request_id == request_id).order_by(_lines.c.position)
            )
        )
        due = self._session.execute(
            select(_terms.c.payment_due).where(_terms.c.request_id == request_id)
        ).scalar_one_or_none()
        payments = tuple(
            Payment(r.id, r.paid_on, r.receipt_number, r.amount, r.recorded_by)
            for r in self._session.execute(
                select(_payments).where(_payments.c.request_id == request_id).order_by(_payments.c.id)
            )
        )
        return FeeStatement(lines, due, payments)
