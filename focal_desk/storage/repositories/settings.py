"""Key/value settings kept in the database (they travel with it in a backup)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from ..models import SettingRow, table_of

_settings = table_of(SettingRow)


class SqlSettingsRepository:
    def __init__(self, session: Session):
        self._session = session

    def get(self, key: str) -> str | None:
        return self._session.execute(
            select(_settings.c.value).where(_settings.c.key == key)
        ).scalar_one_or_none()

    def set(self, key: str, value: str) -> None:
        stmt = insert(_settings).values(key=key, value=value)
        self._session.execute(
            stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
        )
