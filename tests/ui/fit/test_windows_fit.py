"""Every window and dialog opens inside the screen's available area (taskbar excluded) with all its buttons
in view: on 1366×768 — the common office laptop — and on 1280×720 and 1920×1080 at 125 % and 150 % scaling.

Each screen is its own subprocess (Qt reads the screen set-up once, at start): the offscreen platform
simulates the screen from a JSON file, QT_SCALE_FACTOR the Windows display scaling, and the child takes a
40 px taskbar off the available area. It opens every window on real services and reports what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

SCREENS = [  # width, height, scaling
    (1366, 768, 1.0),
    (1366, 768, 1.25),
    (1280, 720, 1.25),
    (1280, 720, 1.5),
    (1920, 1080, 1.25),
    (1920, 1080, 1.5),
]


def open_all(tmp_path: Path, width: int, height: int, scale: float) -> list[dict]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                              "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale),
           "FIT_TASKBAR": "40", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(HERE / "open_all_windows.py")], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    lines = [line for line in done.stdout.splitlines() if line.startswith("FIT-REPORT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    return json.loads(lines[-1].removeprefix("FIT-REPORT "))


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS, ids=[f"{w}x{h}@{round(s * 100)}%" for w, h, s in SCREENS])
def test_every_window_fits_the_screen_with_its_buttons_in_view(tmp_path, width, height, scale):
    reports = open_all(tmp_path, width, height, scale)
    names = {r["name"] for r in reports}
    for expected in ("main window", "request file", "request file, editing", "intake", "first-run wizard",
                     "action PROVIDE", "action REFUSE", "explain dialog", "officer dialog", "calendar day dialog",
                     "moved deadlines", "import errors", "restore dialog", "restore run", "problem dialog",
                     "errors dialog", "backup now, result", "main window, page 4", "export log book",
                     "export log book, done", "statistics report", "statistics report, preview",
                     "main window, page 5", "catalogue entry", "catalogue entry, editing", "export catalogue",
                     "export catalogue, done", "catalogue import problems", "add from a scan folder",
                     "add from a scan folder, done", "request file, catalogue",
                     "redaction", "provision package"):
        assert expected in names  # the child really opened it
    assert len(reports) >= 30
    off = [(r["name"], r["frame"], r["available"]) for r in reports if not r["inside"]]
    assert not off, f"outside the available area: {off}"
    hidden = [(r["name"], r["hidden"]) for r in reports if r["hidden"]]
    assert not hidden, f"buttons or scroll areas out of view: {hidden}"
    # the calendar's list of days off shows several rows, not one and a half
    calendar = next(r for r in reports if "days_off_rows" in r)
    if (width, height, scale) == (1366, 768, 1.0):
        assert calendar["days_off_rows"] >= 5 and not calendar["page_scrolls"]
    else:
        assert calendar["days_off_rows"] >= 3  # the page may scroll on the smallest screens, the list stays usable

