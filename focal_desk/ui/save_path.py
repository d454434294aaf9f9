"""Where to write an export: the system's save dialog, with the format's extension added when left off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, current: str, suffix: str, filter_text: str) -> Path | None:
    """The path chosen, ending in ``.suffix``, or None when the officer cancelled."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, current, filter_text)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    return path
