"""The Times-metric serif the Decree 30 papers print in (Tinos, bundled in resources/fonts with its licence),
registered once with reportlab as one family so that <b> and <i> pick the right face."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources_path import resources_dir

FAMILY = "FocalSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

FACE_FILES = {
    REGULAR: "Tinos-Regular.ttf",
    BOLD: "Tinos-Bold.ttf",
    ITALIC: "Tinos-Italic.ttf",
    BOLD_ITALIC: "Tinos-BoldItalic.ttf",
}


@dataclass(frozen=True)
class SerifFamily:
    covered: frozenset[int]  # code points every face can draw (the text cleaner replaces the rest)


_lock = threading.Lock()
_family: SerifFamily | None = None


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def serif_family() -> SerifFamily:
    """Register the four faces (first call only; safe from several threads) and tell what they cover."""
    global _family
    with _lock:
        if _family is None:
            covered: frozenset[int] | None = None
            for name, file in FACE_FILES.items():
                path = fonts_dir() / file
                if not path.is_file():
                    raise FileNotFoundError(f"Font file missing: {path}")
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                face = frozenset(font.face.charToGlyph)
                covered = face if covered is None else covered & face
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FAMILY, bold, italic, [REGULAR, ITALIC, BOLD, BOLD_ITALIC][bold * 2 + italic])
            _family = SerifFamily(covered=covered or frozenset())
        return _family
