"""Calendar entries by layer (base / official / local); the domain decides which entry wins."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from ...domain.calendar import CalendarEntry, DayKind
from ..models import CalendarEntryRow, table_of
from .written import written

_entries = table_of(CalendarEntryRow)


def _values(entry: CalendarEntry, layer: int) -> dict[str, Any]:
    values = {
        "day": entry.day,
        "kind": entry.kind.value,
        "reason": entry.reason,
        "source": entry.source,
        "layer": int(layer),
    }
    if entry.added_at is not None:
        values["added_at"] = entry.added_at
    return values


def _in_years(years: Sequence[int]) -> ColumnElement[bool]:
    return or_(*(and_(_entries.c.day >= date(y, 1, 1), _entries.c.day < date(y + 1, 1, 1)) for y in years))


class SqlCalendarRepository:
    def __init__(self, session: Session):
        self._session = session

    def entries(self) -> list[CalendarEntry]:
        """Oldest first within a layer: WorkCalendar lets the later entry of a layer win."""
        rows = self._session.execute(select(*_entries.c).order_by(_entries.c.layer, _entries.c.id))
        return [
            CalendarEntry(
                day=r.day,
                kind=DayKind(r.kind),
                reason=r.reason,
                source=r.source,
                layer=r.layer,
                id=r.id,
                added_at=r.added_at,
            )
            for r in rows
        ]

    def replace_layer(
        self, layer: int, entries: Iterable[CalendarEntry], years: Sequence[int] | None = None
    ) -> None:
        entries = list(entries)
        stmt = delete(_entries).where(_entries.c.layer == int(layer))
        if years is not None:
            outside = [e.day for e in entries if e.day.year not in years]
            if outside:
                raise ValueError(f"entries outside the years being replaced: {outside[:3]}")
            if not years:
                return
            stmt = stmt.where(_in_years(years))
        self._session.execute(stmt)
        self._insert(entries, layer)

    def add(self, entry: CalendarEntry) -> CalendarEntry:
        """One entry per day and layer: a new entry replaces what that layer held for the day, and the same
        entry again changes nothing, so importing an announcement twice leaves the table as it was."""
        same_day = and_(_entries.c.day == entry.day, _entries.c.layer == int(entry.layer))
        held = self._session.execute(select(*_entries.c).where(same_day).order_by(_entries.c.id)).all()
        if len(held) == 1 and (held[0].kind, held[0].reason, held[0].source) == (
            entry.kind.value,
            entry.reason,
            entry.source,
        ):
            return replace(entry, id=held[0].id, added_at=held[0].added_at)
        if held:
            self._session.execute(delete(_entries).where(same_day))
        result = self._session.execute(
            insert(_entries)
            .values(**_values(entry, entry.layer))
            .returning(_entries.c.id, _entries.c.added_at)
        )
        row = result.one()
        return replace(entry, id=row.id, added_at=row.added_at)

    def remove(self, day: date, layer: int) -> int:
        result = self._session.execute(
            delete(_entries).where(_entries.c.day == day, _entries.c.layer == int(layer))
        )
        return written(result).rowcount

    def _insert(self, entries: list[CalendarEntry], layer: int) -> None:
        # executemany needs the same keys in every row, and ids must follow the given order (the later
        # entry of a layer wins): insert each run of stamped / unstamped entries in turn.
        for _, run in groupby(entries, key=lambda e: e.added_at is None):
            self._session.execute(insert(_entries), [_values(e, layer) for e in run])
