"""Field-level differences between two versions of a request, JSON-safe, for the audit trail."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

_SKIP = {"version", "explain"}


def json_safe(v: Any) -> Any:
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, tuple):
        return [json_safe(x) for x in v]
    if is_dataclass(v) and not isinstance(v, type):
        return {f.name: json_safe(getattr(v, f.name)) for f in fields(v)}
    return v


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in _SKIP:
            continue
        v = getattr(obj, f.name)
        if is_dataclass(v) and f.name in ("requester", "deadlines"):
            out.update(flatten(v, f"{prefix}{f.name}."))
        else:
            out[prefix + f.name] = json_safe(v)
    return out


def changes(old: Any | None, new: Any) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field that differs (all fields when ``old`` is None)."""
    after = flatten(new)
    before = flatten(old) if old is not None else {}
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v and not (old is None and v in ("", None, [], False, 0))}
