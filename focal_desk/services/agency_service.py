"""The agency profile the documents and the register are issued under."""

from __future__ import annotations

from dataclasses import replace

from ..domain.agency import AREA_FACTORS, AUTHORITIES, AgencyProfile, NumberingMode, SeriesScope
from ..domain.errors import ValidationError
from ..domain.text import clean_field
from .ports import UnitOfWorkFactory
from .request_ops import PLACEHOLDER_AGENCY


def is_described(agency: AgencyProfile | None) -> bool:
    """Whether the office has been described (not missing, not the placeholder registration made)."""
    return agency is not None and agency.name != PLACEHOLDER_AGENCY.name


def checked_profile(profile: AgencyProfile) -> AgencyProfile:
    """The profile as stored (cleaned, names in capitals), or ValidationError naming every bad field."""
    refused: dict[str, str] = {}  # a refused character wins over any other problem of its field

    def line(field: str, label: str, text: str) -> str:
        return clean_field(refused, field, label, text)

    profile = replace(
        profile,
        name=line("name", "Tên cơ quan", profile.name).upper(),
        parent_body=line("parent_body", "Cơ quan chủ quản", profile.parent_body).upper(),
        place_name=line("place_name", "Địa danh", profile.place_name),
        symbol=line("symbol", "Chữ viết tắt", profile.symbol).upper(),
        signer_name=line("signer_name", "Họ tên người ký", profile.signer_name),
        signer_title=line("signer_title", "Chức vụ người ký", profile.signer_title).upper(),
        province_code=line("province_code", "Mã tỉnh", profile.province_code),
    )
    errors = {}
    if not profile.name:
        errors["name"] = "Chưa nhập tên cơ quan"
    if not profile.place_name:
        errors["place_name"] = "Chưa nhập địa danh ghi ngày tháng (ví dụ: Đạo Trù)"
    if not profile.symbol:
        errors["symbol"] = "Chưa nhập chữ viết tắt tên cơ quan (ví dụ: UBND)"
    elif not profile.symbol.replace("-", "").replace("Đ", "D").isalnum():
        errors["symbol"] = "Chữ viết tắt chỉ gồm chữ cái, chữ số và dấu gạch ngang"
    if not profile.signer_name:
        errors["signer_name"] = "Chưa nhập họ tên người ký"
    if not profile.signer_title:
        errors["signer_title"] = "Chưa nhập chức vụ người ký"
    if profile.authority not in AUTHORITIES:
        errors["authority"] = "Thẩm quyền ký phải là TM., KT., Q., TL., TUQ. hoặc để trống"
    if profile.area_factor not in AREA_FACTORS:
        errors["area_factor"] = "Hệ số địa bàn phải là 1,0; 0,7 hoặc 0,5"
    errors.update(refused)
    if errors:
        raise ValidationError(errors)
    return profile


class AgencyService:
    def __init__(self, uow_factory: UnitOfWorkFactory):
        self._uow_factory = uow_factory

    def current(self) -> AgencyProfile | None:
        with self._uow_factory(read_only=True) as uow:
            return uow.agencies.current()

    def needs_setup(self) -> bool:
        """True before the officer has described the office (no profile, or the placeholder)."""
        return not is_described(self.current())

    def save(self, profile: AgencyProfile) -> AgencyProfile:
        """The office's description. Its document settings (numbering) are kept as they are: they change
        only through set_document_settings, so a form that does not show them cannot reset them."""
        profile = checked_profile(profile)
        current = self.current()
        if current is not None:
            profile = replace(profile, numbering_mode=current.numbering_mode, series_scope=current.series_scope)
        with self._uow_factory() as uow:
            # Renaming the placeholder keeps the register numbers already given under it.
            saved = uow.agencies.save(replace(profile, id=current.id if current else None))
            uow.commit()
        return saved

    def set_document_settings(self, mode: NumberingMode, scope: SeriesScope) -> AgencyProfile:
        """Who numbers the documents (the app's series or the clerk) and whether the series is common to
        every type or one per type (ND30 Đ15: the head of the agency decides)."""
        current = self.current()
        if current is None or not is_described(current):
            raise ValidationError.single("agency", "Chưa khai báo thông tin cơ quan")
        with self._uow_factory() as uow:
            saved = uow.agencies.save(
                replace(current, numbering_mode=NumberingMode(mode), series_scope=SeriesScope(scope))
            )
            uow.commit()
        return saved
