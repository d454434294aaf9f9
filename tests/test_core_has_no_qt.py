"""The core (domain, services, storage) must import without pulling in Qt.

import-linter checks the static imports; this test checks what really ends up in sys.modules,
which also catches dynamic imports and third-party packages that drag Qt in.  It runs in a fresh
interpreter because the test process itself has Qt loaded (pytest-qt).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CORE_PACKAGES = ("focal_desk.domain", "focal_desk.services", "focal_desk.storage", "focal_desk.province")

# Alembic's env.py and revision scripts only run inside `alembic` (env.py needs alembic.context),
# so they are not importable as plain modules.
SKIPPED_PREFIXES = ("focal_desk.storage.migrations", "focal_desk.province.migrations")

PROBE = f"""
import importlib, json, pkgutil, sys

core = {CORE_PACKAGES!r}
skipped = {SKIPPED_PREFIXES!r}
imported = []

def onerror(name):
    raise  # re-raise the ImportError walk_packages hit: a broken core module must fail the test

for top in core:
    pkg = importlib.import_module(top)
    imported.append(top)
    for info in pkgutil.walk_packages(pkg.__path__, prefix=top + ".", onerror=onerror):
        if info.name.startswith(skipped):
            continue
        importlib.import_module(info.name)
        imported.append(info.name)

print(json.dumps({{
    "imported": imported,
    "qt": sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6"))),
}}))
"""


def test_core_packages_import_without_qt() -> None:
    repo_root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=repo_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, f"importing the core failed:\n{proc.stderr}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])

    assert set(CORE_PACKAGES) <= set(result["imported"])
    assert result["qt"] == [], (
        f"Qt was imported by the core: {result['qt']}\nmodules imported: {result['imported']}"
    )
