"""Data files shipped inside the package (rule sets, calendar announcements, calendar policy).

Found through importlib.resources so that it works installed, editable and frozen alike.
"""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from typing import Any

_DATA = files("focal_desk") / "data"


def notices_text() -> str:
    return (_DATA / "official_calendar_notices.csv").read_text(encoding="utf-8")


def rule_set_dicts() -> list[dict[str, Any]]:
    folder = _DATA / "rule_sets"
    return [
        json.loads(f.read_text(encoding="utf-8"))
        for f in sorted(folder.iterdir(), key=lambda f: f.name)
        if f.name.endswith(".json")
    ]


def calendar_policy() -> dict[str, Any]:
    return json.loads((_DATA / "calendar_policy.json").read_text(encoding="utf-8"))


def digest(*parts: str) -> str:
    """Fingerprint of shipped data, to re-apply it only when a new version of the app changed it."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
    return h.hexdigest()[:16]


def fee_rate_data() -> dict[str, Any]:
    """The dated actual-cost rates of TT 46/2018 (focal_desk/data/fee_rates.json)."""
    return json.loads((_DATA / "fee_rates.json").read_text(encoding="utf-8"))
