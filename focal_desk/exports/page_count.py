"""How many pages a provided file prints: PDF pages, image frames (a multi-page TIFF scan counts each)."""

from __future__ import annotations

import importlib
import io

from ..domain.errors import ValidationError


def count_pages(data: bytes, media_type: str, name: str) -> int:
    """Raises ValidationError (Vietnamese) for a damaged file; text and other files count 0."""
    try:
        if media_type == "application/pdf":
            # imported by name: pypdfium2 ships no type hints (mypy's overrides for it belong to digitise/)
            pdf = importlib.import_module("pypdfium2").PdfDocument(data)
            try:
                return len(pdf)
            finally:
                pdf.close()
        if media_type.startswith("image/"):
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                return int(getattr(image, "n_frames", 1))
    except Exception as exc:  # pypdfium2 and Pillow raise their own kinds for a damaged file
        raise ValidationError.single(
            "files", f"Tệp {name} bị hỏng hoặc không đọc được, không đếm được số trang."
        ) from exc
    return 0
