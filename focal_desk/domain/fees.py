"""Actual costs of providing information (Luật TCTT Đ12, Thông tư 46/2018/TT-BTC).

The rates are dated data (focal_desk/data/fee_rates.json): the set valid on the day the cost is computed
applies, times the agency's area factor (70 % difficult, 50 % extremely difficult areas). Postage is the
postal tariff, typed in đồng; electronic and fax delivery carry no sending charge."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .agency import AREA_FACTORS
from .documents import FeeLine
from .enums import ProvisionForm
from .errors import ValidationError

POSTAGE = "postage"
POSTAGE_LABEL = "Chi phí gửi thông tin qua dịch vụ bưu chính"
NO_POSTAGE = (ProvisionForm.EMAIL, ProvisionForm.FAX, ProvisionForm.DOWNLOAD)
MAX_QUANTITY = 100_000


@dataclass(frozen=True)
class FeeRate:
    code: str
    label: str  # as printed on the Mẫu 03
    unit: str
    rate: int  # đồng, before the area factor


@dataclass(frozen=True)
class FeeRateSet:
    valid_from: date
    rates: Mapping[str, FeeRate]


@dataclass(frozen=True)
class Payment:
    id: int | None
    paid_on: date
    receipt_number: str
    amount: int  # đồng
    recorded_by: str = ""


@dataclass(frozen=True)
class FeeStatement:
    """A request's costs as the Mẫu 03 states them, and what has been paid."""

    lines: tuple[FeeLine, ...] = ()
    payment_due: date | None = None
    payments: tuple[Payment, ...] = ()

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def outstanding(self) -> int:
        return max(self.total - self.paid, 0)

    def unpaid_after_deadline(self, today: date) -> bool:
        """Đ28.1.e: costs were set, their payment deadline has passed and they are not fully paid."""
        return self.outstanding > 0 and self.payment_due is not None and today > self.payment_due


def parse_rate_sets(data: Mapping[str, Any]) -> tuple[FeeRateSet, ...]:
    """The shipped JSON as rate sets, oldest first; a malformed file is a bug in the release."""
    sets = []
    for raw in data["rate_sets"]:
        rates = {
            line["code"]: FeeRate(line["code"], line["label"], line["unit"], int(line["rate"])) for line in raw["lines"]
        }
        if POSTAGE in rates:
            raise ValueError("postage is typed at the postal tariff, never a rate")
        sets.append(FeeRateSet(date.fromisoformat(raw["valid_from"]), rates))
    return tuple(sorted(sets, key=lambda s: s.valid_from))


def rate_set_on(sets: Sequence[FeeRateSet], day: date) -> FeeRateSet:
    valid = [s for s in sets if s.valid_from <= day]
    if not valid:
        raise ValidationError.single("fees", f"Chưa có biểu mức chi phí áp dụng cho ngày {day:%d/%m/%Y}")
    return valid[-1]


def factored(rate: int, area_factor: float) -> int:
    """The rate times the area factor, to the nearest đồng."""
    value = Decimal(rate) * Decimal(str(area_factor))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def build_fee_lines(
    sets: Sequence[FeeRateSet],
    day: date,
    area_factor: float,
    quantities: Mapping[str, int],
    postage: int = 0,
    provision_form: ProvisionForm | None = None,
) -> tuple[FeeLine, ...]:
    """Fee lines in the order of the rate table, then postage; a zero quantity gives no line."""
    if area_factor not in AREA_FACTORS:
        raise ValidationError.single("area_factor", "Hệ số địa bàn phải là 1,0; 0,7 hoặc 0,5")
    rate_set = rate_set_on(sets, day)
    errors: dict[str, str] = {}
    for code, quantity in quantities.items():
        if code not in rate_set.rates:
            errors[code] = f"Không có mức chi phí '{code}' trong biểu mức áp dụng từ {rate_set.valid_from:%d/%m/%Y}"
        elif not 0 <= quantity <= MAX_QUANTITY:
            errors[code] = "Số lượng phải từ 0 đến 100.000"
    if postage < 0:
        errors[POSTAGE] = "Cước gửi không được âm"
    elif postage and provision_form in NO_POSTAGE:
        errors[POSTAGE] = "Cung cấp qua mạng điện tử hoặc fax không tính chi phí gửi"
    if errors:
        raise ValidationError(errors)
    lines = [
        FeeLine(rate.code, rate.label, quantities[code], rate.unit, factored(rate.rate, area_factor))
        for code, rate in rate_set.rates.items()
        if quantities.get(code, 0) > 0
    ]
    if postage:
        lines.append(FeeLine(POSTAGE, POSTAGE_LABEL, 1, "lần", postage))  # the postal tariff, not factored
    return tuple(lines)
