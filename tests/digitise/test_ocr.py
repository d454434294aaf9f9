"""Vietnamese OCR with the real Tesseract: a scan PDF, a multi-page TIFF, progress and Cancel; and what is
said when Tesseract or its Vietnamese data are missing."""

from __future__ import annotations

import stat
import unicodedata

import pytest
from digitise_files import image_pdf, needs_ocr, tiff_scan

from focal_desk.digitise.errors import DigitiseCancelled, DigitiseError
from focal_desk.digitise.ocr import ENV_VAR, ocr_pages, ocr_unavailable_reason
from focal_desk.domain.text import fold

PAGE_1 = ["Quyết định về việc công bố", "thủ tục hành chính mới"]
PAGE_2 = ["Ủy ban nhân dân xã Đông Hưng", "Số điện thoại liên hệ 0912345678"]


@needs_ocr
def test_a_scan_pdf_is_read_in_vietnamese(tmp_path):
    pdf = image_pdf(tmp_path / "quet.pdf", [PAGE_1, PAGE_2], dpi=200)
    seen: list[tuple[int, int]] = []
    texts = ocr_pages(pdf, progress=lambda done, total: seen.append((done, total)), cancelled=None)
    assert seen == [(1, 2), (2, 2)]
    assert len(texts) == 2
    assert all(t == unicodedata.normalize("NFC", t) for t in texts)
    assert "Quyết định" in texts[0] and "hành chính" in texts[0]
    assert "Ủy ban nhân dân" in texts[1] and "0912345678" in texts[1]


@needs_ocr
def test_a_multi_page_tiff_and_cancel_between_pages(tmp_path):
    scan = tiff_scan(tmp_path / "quet.tif", [PAGE_1, PAGE_2, PAGE_1], dpi=200)
    done: list[int] = []
    with pytest.raises(DigitiseCancelled, match="Đã dừng"):
        ocr_pages(scan, progress=lambda d, _t: done.append(d), cancelled=lambda: len(done) >= 1)
    assert done == [1]  # stopped before the second page
    texts = ocr_pages(scan, dpi=200)
    assert len(texts) == 3 and "dong hung" in fold(texts[1])


def test_missing_tesseract_is_said_in_vietnamese(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "tesseract.exe"))
    reason = ocr_unavailable_reason()
    assert reason is not None and "Không tìm thấy chương trình Tesseract" in reason
    with pytest.raises(DigitiseError, match="Không tìm thấy chương trình Tesseract"):
        ocr_pages(tmp_path / "khong-can.pdf")


def test_tesseract_without_vietnamese_data_is_said(tmp_path, monkeypatch):
    fake = tmp_path / "tesseract"  # a real program that knows only English, as a bare install does
    fake.write_text('#!/bin/sh\necho "List of available languages in \\"/x/\\" (2):"\necho eng\necho osd\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv(ENV_VAR, str(fake))
    assert "vie.traineddata" in (ocr_unavailable_reason() or "")
