"""Vietnamese OCR of scanned pages with Tesseract (through pytesseract), when it is installed.

Tesseract is found, in this order: the FOCAL_DESK_TESSERACT variable (the full path of tesseract(.exe)),
`tesseract` on the PATH, then the usual Windows install folders (UB Mannheim installer). Its Vietnamese data
(vie.traineddata) must be in its tessdata folder. Without either, OCR says why and nothing else changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytesseract

from .errors import DigitiseCancelled, DigitiseError
from .render import page_count, render_page

LANG = "vie"
ENV_VAR = "FOCAL_DESK_TESSERACT"
_WINDOWS_PLACES = (
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
)
_LIST_TIMEOUT_S = 20


def tesseract_command() -> str | None:
    """The Tesseract program to run, or None when none is found."""
    chosen = os.environ.get(ENV_VAR, "").strip()
    if chosen:
        return chosen if Path(chosen).is_file() else None
    found = shutil.which("tesseract")
    if found:
        return found
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Tesseract-OCR" / "tesseract.exe"
        for place in (*_WINDOWS_PLACES, str(local)):
            if Path(place).is_file():
                return place
    return None


def ocr_unavailable_reason() -> str | None:
    """None when Tesseract and its Vietnamese data are installed; otherwise why not, in one sentence."""
    cmd = tesseract_command()
    if cmd is None:
        if os.environ.get(ENV_VAR, "").strip():
            return (
                f"Không tìm thấy chương trình Tesseract tại {os.environ[ENV_VAR].strip()} (biến {ENV_VAR})."
            )
        return "Chưa cài Tesseract OCR nên chưa nhận dạng chữ được từ ảnh quét (xem hướng dẫn trong README)."
    try:
        run = subprocess.run(
            [cmd, "--list-langs"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=_LIST_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return f"Không chạy được Tesseract ({cmd})."
    langs = {line.strip() for line in (run.stdout + "\n" + run.stderr).splitlines()}
    if LANG not in langs:
        return (
            "Tesseract chưa có dữ liệu tiếng Việt (vie.traineddata) nên chưa nhận dạng được chữ tiếng Việt."
        )
    return None


def ocr_pages(
    path: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dpi: int = 300,
) -> list[str]:
    """Each page's recognised text (NFC), in page order. ``progress(done, total)`` after each page;
    ``cancelled()`` is asked before each page and ends the run with DigitiseCancelled."""
    reason = ocr_unavailable_reason()
    if reason is not None:
        raise DigitiseError(reason)
    cmd = tesseract_command()
    assert cmd is not None  # checked by ocr_unavailable_reason
    total = page_count(path)
    texts: list[str] = []
    for index0 in range(total):
        if cancelled is not None and cancelled():
            raise DigitiseCancelled("Đã dừng nhận dạng chữ theo yêu cầu.")
        texts.append(ocr_image(render_page(path, index0, dpi), cmd))
        if progress is not None:
            progress(index0 + 1, total)
    return texts


def ocr_image(image: object, cmd: str | None = None) -> str:
    """One image's text (NFC, surrounding blank lines removed)."""
    cmd = cmd or tesseract_command()
    if cmd is None:
        raise DigitiseError(ocr_unavailable_reason() or "Chưa cài Tesseract OCR.")
    pytesseract.pytesseract.tesseract_cmd = cmd  # pytesseract keeps the program in a module global
    try:
        text = pytesseract.image_to_string(image, lang=LANG)
    except (pytesseract.TesseractError, OSError, RuntimeError) as exc:
        raise DigitiseError("Tesseract không nhận dạng được trang này.") from exc
    return unicodedata.normalize("NFC", text).strip()
