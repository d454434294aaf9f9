"""What a digitised file is: its media type from its first bytes, its page count, and its text layer.

PDF text comes from pypdfium2; images (PNG, JPEG, multi-page TIFF, read with Pillow) have no text until
OCR. A damaged file, or one whose content is not what its name says, raises DigitiseError.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..domain.attachment import ALLOWED_SUFFIXES
from .errors import DigitiseError

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
_HEAD_BYTES = 8
MAX_IMAGE_PAGES = 5000  # the catalogue's own limit; a TIFF's pages are counted before any is decoded
_DROP = str.maketrans({"\x00": None, "\ufffe": None, "\r": None})  # pdfium's soft-hyphen marks and CRs


@dataclass(frozen=True)
class FileFacts:
    media_type: str  # "application/pdf", "image/jpeg", "image/png", "image/tiff"
    page_count: int
    page_texts: list[str]  # one per page; "" for a page without a text layer (every image page)


def sniff_media_type(path: str | os.PathLike[str]) -> str:
    """The media type the file's first bytes say (whatever its name says)."""
    source = Path(path)
    try:
        with source.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError as exc:
        raise DigitiseError(f"Không đọc được tệp {source.name}: {exc.strerror or exc}.") from exc
    for suffix, magics in ALLOWED_SUFFIXES.items():
        if head.startswith(magics):
            return MEDIA_TYPES[suffix]
    raise DigitiseError(
        f"Tệp {source.name} không phải PDF, JPEG, PNG hay TIFF (nội dung không đúng định dạng)."
    )


def read_facts(path: str | os.PathLike[str]) -> FileFacts:
    source = Path(path)
    media_type = sniff_media_type(source)
    texts = _pdf_texts(source) if media_type == "application/pdf" else [""] * _image_pages(source)
    if not texts:
        raise DigitiseError(f"Tệp {source.name} không có trang nào.")
    return FileFacts(media_type, len(texts), texts)


def _pdf_texts(source: Path) -> list[str]:
    import pypdfium2 as pdfium  # no py.typed; imported only when reading

    try:
        pdf = pdfium.PdfDocument(source)
    except (pdfium.PdfiumError, OSError) as exc:
        raise DigitiseError(
            f"Tệp {source.name} bị hỏng hoặc có mật khẩu, không đọc được như một tệp PDF."
        ) from exc
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range().translate(_DROP).strip())
                finally:
                    textpage.close()
            finally:
                page.close()
        return texts
    except pdfium.PdfiumError as exc:
        raise DigitiseError(f"Tệp {source.name} bị hỏng, không đọc được hết các trang.") from exc
    finally:
        pdf.close()


def _image_pages(source: Path) -> int:
    from PIL import Image, UnidentifiedImageError

    pages = _tiff_pages(source)
    if pages is not None and pages > MAX_IMAGE_PAGES:
        raise DigitiseError(f"Tệp {source.name} có quá nhiều trang ({pages}, tối đa {MAX_IMAGE_PAGES}).")
    try:
        with warnings.catch_warnings():
            # Pillow warns, then fails, on damaged TIFF tags: the failure is what the officer hears of.
            warnings.simplefilter("ignore", UserWarning)
            with Image.open(source) as image:
                frames = int(getattr(image, "n_frames", 1))
                for index in range(frames):  # decode every page: a truncated scan fails here, not when shown
                    image.seek(index)
                    image.load()
                if image.format == "TIFF" and _tiff_pages(source) == 0:
                    raise ValueError("truncated TIFF directory chain")
                return frames
    except Image.DecompressionBombError as exc:
        raise DigitiseError(f"Ảnh {source.name} quá lớn để mở an toàn.") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise DigitiseError(f"Tệp ảnh {source.name} bị hỏng, không đọc được.") from exc


def _tiff_pages(source: Path) -> int | None:
    """The page directories of a classic TIFF, counted without decoding (None: not a classic TIFF); 0 when
    one lies outside the file: Pillow stops counting pages silently at a directory cut off by a broken
    copy, so a three-page scan would pass for two."""
    size = source.stat().st_size
    with source.open("rb") as f:
        head = f.read(8)
        endian: Literal["little", "big"] = "little" if head[:2] == b"II" else "big"
        if head[:2] not in (b"II", b"MM") or int.from_bytes(head[2:4], endian) != 42:
            return None  # BigTIFF or not a TIFF: Pillow's own checks only
        offset, seen = int.from_bytes(head[4:8], endian), set()
        while offset:
            if offset in seen or offset + 2 > size:
                return 0
            seen.add(offset)
            f.seek(offset)
            link = offset + 2 + 12 * int.from_bytes(f.read(2), endian)
            if link + 4 > size:
                return 0
            f.seek(link)
            offset = int.from_bytes(f.read(4), endian)
    return len(seen)
