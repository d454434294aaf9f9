"""The agency profile is data: names change and units merge (since 01/7/2025 two-level local government)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

AUTHORITIES = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")
AREA_FACTORS = (1.0, 0.7, 0.5)


class NumberingMode(StrEnum):
    """Who gives the number (ND30 Đ15): the app's own series, or the clerk (văn thư) at signature."""

    SERIES = "series"
    TYPED = "typed"


class SeriesScope(StrEnum):
    """The head of the agency decides: one series for every type, or one per type (both lawful)."""

    COMMON = "common"
    PER_TYPE = "per_type"


@dataclass(frozen=True)
class AgencyProfile:
    id: int | None
    name: str  # e.g. "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"
    parent_body: str  # e.g. "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
    place_name: str  # for "Đạo Trù, ngày … tháng … năm …"
    symbol: str  # document-symbol abbreviation: "UBND"
    signer_name: str
    signer_title: str  # "CHỦ TỊCH"
    authority: str = "TM."  # TM. / KT. / Q. / TL. / TUQ. or ""
    area_factor: float = 1.0  # 1.0 normal, 0.7 difficult, 0.5 extremely difficult (TT 46/2018)
    province_code: str = ""
    code: str = "default"
    valid_from: date | None = None
    valid_to: date | None = None
    numbering_mode: NumberingMode = NumberingMode.SERIES
    series_scope: SeriesScope = SeriesScope.COMMON
