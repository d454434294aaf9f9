"""Field-level differences between two versions of a request, JSON-safe, for the audit trail."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

_SKIP = {"version", "explain"}
_NESTED = ("requester", "deadlines")
_PLAIN = (str, int, float, bool, type(None))


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in _SKIP)


def json_safe(v: Any) -> Any:
    if isinstance(v, _PLAIN) and not isinstance(v, Enum):
        return v
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, tuple):
        return [json_safe(x) for x in v]
    if is_dataclass(v) and not isinstance(v, type):
        return {name: json_safe(getattr(v, name)) for name in _field_names(type(v))}
    return v


def flatten(obj: object, prefix: str = "") -> dict[str, Any]:
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"flatten() takes a dataclass instance, not {type(obj).__name__}")
    out: dict[str, Any] = {}
    for name in _field_names(type(obj)):
        v = getattr(obj, name)
        if name in _NESTED and is_dataclass(v):
            out.update(flatten(v, f"{prefix}{name}."))
        else:
            out[prefix + name] = json_safe(v)
    return out


def changes(old: object | None, new: object) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field that differs (all non-empty fields when ``old`` is None)."""
    after = flatten(new)
    if old is None:
        return {k: [None, v] for k, v in after.items() if v not in ("", None, [], False, 0)}
    before = flatten(old)
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
