"""What an INSERT, UPDATE or DELETE run through a Session gives back, typed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult


def written(result: object) -> CursorResult[Any]:
    """Session.execute() is typed to return a plain Result; for a Core INSERT/UPDATE/DELETE it is a
    CursorResult, which has the ``rowcount`` and ``inserted_primary_key`` the repositories read."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"expected the result of a Core write, got {type(result).__name__}")
    return result


def inserted_id(result: object) -> int:
    """The integer primary key a single-row INSERT gave its row."""
    key = written(result).inserted_primary_key
    if key is None or key[0] is None:
        raise TypeError("expected the result of a single-row INSERT")
    return int(key[0])
