"""The agency profile; a new row per profile period, the current one has no valid_to."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ...domain.agency import AgencyProfile, NumberingMode, SeriesScope
from ...domain.errors import NotFound
from ..models import AgencyRow, table_of
from .written import inserted_id, written

_agencies = table_of(AgencyRow)
# Built once: services read the current profile on every registration.
_CURRENT = select(*_agencies.c).where(_agencies.c.valid_to.is_(None)).order_by(_agencies.c.id.desc()).limit(1)
_FIELDS = (
    "code",
    "name",
    "parent_body",
    "place_name",
    "symbol",
    "signer_name",
    "signer_title",
    "authority",
    "area_factor",
    "province_code",
    "valid_from",
    "valid_to",
    "numbering_mode",
    "series_scope",
)


class SqlAgencyRepository:
    def __init__(self, session: Session):
        self._session = session

    def current(self) -> AgencyProfile | None:
        row = self._session.execute(_CURRENT).first()
        if row is None:
            return None
        values = {f: getattr(row, f) for f in _FIELDS}
        values["numbering_mode"] = NumberingMode(row.numbering_mode)
        values["series_scope"] = SeriesScope(row.series_scope)
        return AgencyProfile(id=row.id, **values)

    def save(self, profile: AgencyProfile) -> AgencyProfile:
        values: dict[str, Any] = {f: getattr(profile, f) for f in _FIELDS}
        values["numbering_mode"] = NumberingMode(profile.numbering_mode).value
        values["series_scope"] = SeriesScope(profile.series_scope).value
        if profile.id is None:
            result = self._session.execute(insert(_agencies).values(**values))
            return replace(profile, id=inserted_id(result))
        stmt = update(_agencies).where(_agencies.c.id == profile.id).values(**values)
        if written(self._session.execute(stmt)).rowcount == 0:
            raise NotFound("cơ quan", profile.id)
        return profile
