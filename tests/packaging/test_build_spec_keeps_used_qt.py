"""build.spec leaves out Qt modules the app never uses; it must never leave out one the app imports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "focal_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_no_imported_qt_module_is_excluded_from_the_bundle():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', spec.split("QT_EXCLUDES = [", 1)[1].split("]", 1)[0]))
    used = qt_modules_imported()
    assert {"PySide6.QtPdf", "PySide6.QtWidgets"} <= used  # the scan sees the app's imports
    assert not used & excluded, sorted(used & excluded)
