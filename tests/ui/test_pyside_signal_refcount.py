"""PySide6 6.12.0 drops a reference to True on every emit of a Signal(bool): after a few thousand signals
Python aborts ("bool_dealloc"). pyproject.toml excludes 6.12.0 only; this fails on any later release that
still has the bug, before it reaches an officer."""

from __future__ import annotations

import subprocess
import sys

import PySide6

REPRO = """
import sys
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(bool)

src, got = Source(), []
src.changed.connect(got.append)
before = sys.getrefcount(True)
for _ in range(20_000):
    src.changed.emit(True)
got.clear()
print(before, sys.getrefcount(True))
"""


def test_emitting_a_bool_signal_keeps_the_reference_to_true():
    # A crash is a non-zero exit, a leak a lower count. (On Python >= 3.12 True is immortal and neither shows;
    # the app's supported 3.11 is where the bug aborts.)
    result = subprocess.run([sys.executable, "-c", REPRO], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"PySide6 {PySide6.__version__}: exit {result.returncode}\n{result.stderr}"
    before, after = map(int, result.stdout.split())
    assert after >= before, f"PySide6 {PySide6.__version__} leaks references to True: {before} -> {after}"
