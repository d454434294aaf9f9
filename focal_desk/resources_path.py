"""Where the project's top-level data folders (resources/: fonts, the compiled translation) are found.

The wheel and the PyInstaller bundle carry resources/ inside the package, as focal_desk/resources
(setup.py maps it); a source checkout and an editable install read the top-level folder itself.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def data_folder(name: str) -> Path:
    """The folder ``name`` (``resources``, later ``forms``) of whichever copy of the app is running."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # build.spec puts it where the wheel does
        return Path(frozen) / "focal_desk" / name
    installed = files("focal_desk") / name
    if isinstance(installed, Path) and installed.is_dir():  # a wheel, unpacked in site-packages
        return installed
    return CHECKOUT / name  # a source checkout or an editable install


def resources_dir() -> Path:
    return data_folder("resources")
