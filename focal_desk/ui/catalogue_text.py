"""How a catalogue entry reads in a list (intake suggestions, the request file's catalogue tab, provision)."""

from __future__ import annotations

from ..domain.catalogue import CatalogueEntry
from .labels import fmt_date


def entry_line(entry: CatalogueEntry) -> str:
    """ "Quyết định giao đất — 45/QĐ-UBND, 10/01/2026 — Công khai": data, shown as plain text."""
    details = ", ".join(part for part in (entry.number, fmt_date(entry.issued_on)) if part)
    parts = [entry.title, details, entry.access.label_vi]
    return " — ".join(p for p in parts if p)


def pages_text(count: int) -> str:
    return f"{count} tr." if count else ""
