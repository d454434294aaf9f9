"""digitise.facts on real files: media type from the first bytes, pages, the PDF text layer; a damaged or
renamed file is one Vietnamese sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalogue_files import image_pdf, png, text_pdf, tiff

from focal_desk.digitise.errors import DigitiseError
from focal_desk.digitise.facts import MAX_IMAGE_PAGES, read_facts, sniff_media_type


def test_pdf_text_layer_page_by_page(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "qd.pdf", ["Quyết định giao đất đai", "Điều 2. Chủ tịch UBND xã Đạo Trù"])
    facts = read_facts(pdf)
    assert (facts.media_type, facts.page_count) == ("application/pdf", 2)
    assert facts.page_texts == ["Quyết định giao đất đai", "Điều 2. Chủ tịch UBND xã Đạo Trù"]


def test_scanned_pdf_and_images_have_pages_but_no_text(tmp_path: Path) -> None:
    assert read_facts(image_pdf(tmp_path / "scan.pdf", 3)).page_texts == ["", "", ""]
    facts = read_facts(tiff(tmp_path / "scan.tif", 4))
    assert (facts.media_type, facts.page_count) == ("image/tiff", 4)
    assert read_facts(png(tmp_path / "a.png")).media_type == "image/png"


def test_the_content_decides_not_the_name(tmp_path: Path) -> None:
    renamed = png(tmp_path / "a.png").rename(tmp_path / "a.pdf")
    assert sniff_media_type(renamed) == "image/png"
    (tmp_path / "x.pdf").write_bytes(b"MZ\x90\x00 not a scan")
    with pytest.raises(DigitiseError, match="không phải PDF, JPEG, PNG hay TIFF"):
        read_facts(tmp_path / "x.pdf")


@pytest.mark.parametrize("cut", [0.3, 0.6])
def test_damaged_files_are_one_sentence(tmp_path: Path, cut: float) -> None:
    for good in (text_pdf(tmp_path / "a.pdf", ["Trang một"]), png(tmp_path / "b.png"), tiff(tmp_path / "c.tif")):
        data = good.read_bytes()
        broken = good.with_name("broken" + good.suffix)
        broken.write_bytes(data[: int(len(data) * cut)])
        with pytest.raises(DigitiseError) as caught:
            read_facts(broken)
        message = str(caught.value)
        assert "broken" in message and "\n" not in message and ("hỏng" in message or "không" in message)


def _tiny_tiff(path: Path, pages: int) -> Path:
    """A classic little-endian TIFF of ``pages`` 1×1 bilevel pages, written directly (Pillow takes minutes)."""
    tags = 8
    ifd_size = 2 + 12 * tags + 4
    out = bytearray(b"II*\x00" + (8).to_bytes(4, "little"))
    for n in range(pages):
        at = 8 + n * (ifd_size + 1)
        data_at, next_at = at + ifd_size, (at + ifd_size + 1 if n + 1 < pages else 0)
        entries = [(256, 3, 1), (257, 3, 1), (258, 3, 1), (259, 3, 1), (262, 3, 0), (273, 4, data_at),
                   (278, 3, 1), (279, 4, 1)]
        out += tags.to_bytes(2, "little")
        for tag, kind, value in entries:
            out += tag.to_bytes(2, "little") + kind.to_bytes(2, "little") + (1).to_bytes(4, "little")
            out += value.to_bytes(4, "little")
        out += next_at.to_bytes(4, "little") + b"\x00"
    path.write_bytes(bytes(out))
    return path


def test_a_tiff_of_too_many_pages_is_refused_before_each_page_is_decoded(tmp_path: Path) -> None:
    # Pillow counts pages by walking and decoding them: 200 MB of tiny pages took minutes to refuse.
    assert read_facts(_tiny_tiff(tmp_path / "ok.tif", 3)).page_count == 3
    with pytest.raises(DigitiseError, match="quá nhiều trang"):
        read_facts(_tiny_tiff(tmp_path / "nhieu.tif", MAX_IMAGE_PAGES + 1))
