"""Where the templates are: shipped in the package (focal_desk/forms), the source checkout's top-level
forms/, or a frozen build's bundle — the same search as resources_dir()."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def forms_dir() -> Path:
    packaged = files("focal_desk") / "forms"
    if packaged.is_dir():
        return Path(str(packaged))
    top = Path(__file__).resolve().parents[2] / "forms"
    if top.is_dir():
        return top
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "forms"
    return top
