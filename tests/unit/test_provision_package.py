"""The provision package written for real and read back: the .eml parsed with the email package (attachments
byte for byte, Vietnamese names and subject), the ZIP opened (UTF-8 names, manifest), the folder and its
manifest checked by sha256sum; names that would escape the folder or trouble Windows; damaged and changed
sources refused."""

from __future__ import annotations

import email
import hashlib
import io
import os
import shutil
import stat
import subprocess
import zipfile
from datetime import datetime
from email import policy
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from focal_desk.documents.fonts import REGULAR, serif_family
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.errors import DocumentTampered, ValidationError
from focal_desk.domain.provision import PackageFile, PackageMessage
from focal_desk.domain.provision import ProvisionMethod as PackageMethod
from focal_desk.exports.provision_package import MANIFEST_NAME, write_package
from focal_desk.exports.safe_names import safe_name, unique_names

WHEN = datetime(2026, 3, 9, 14, 5, 0, tzinfo=VN_TZ)
LETTER = "Công văn cung cấp thông tin.pdf"
DECISION = "Quyết định 45/QĐ-UBND giao đất.pdf"


def make_pdf(path: Path, pages: list[str]) -> Path:
    serif_family()
    c = canvas.Canvas(str(path))
    for text in pages:
        c.setFont(REGULAR, 13)
        c.drawString(72, 760, text)
        c.showPage()
    c.save()
    return path


def make_tiff(path: Path, frames: int) -> Path:
    images = [Image.new("L", (200, 280), color=40 * i) for i in range(frames)]
    images[0].save(path, save_all=True, append_images=images[1:])
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sources(tmp_path: Path) -> list[PackageFile]:
    src = tmp_path / "src"
    src.mkdir()
    letter = make_pdf(src / "letter.pdf", ["Kính gửi: Ông/Bà Trần Thị Bình"])
    decision = make_pdf(src / "qd45.pdf", ["Quyết định giao đất", "Trang hai", "Trang ba"])
    scan = make_tiff(src / "scan.tif", 2)
    return [
        PackageFile(letter, LETTER),
        PackageFile(decision, DECISION, sha(decision)),
        PackageFile(scan, "Bản đồ thửa đất (bản sao).tif", sha(scan)),
    ]


MESSAGE = PackageMessage(
    subject="Cung cấp thông tin theo yêu cầu số 12/2026 — Ủy ban nhân dân xã Đạo Trù",
    body="Kính gửi Bà Trần Thị Bình,\n\nỦy ban nhân dân xã Đạo Trù gửi kèm thông tin Bà yêu cầu.\n",
    to="binh.tran@example.vn",
)


def test_eml_parsed_back_has_every_attachment_byte_for_byte(tmp_path, sources):
    out = tmp_path / "goi.eml"
    written = write_package(PackageMethod.EMAIL, out, sources, when=WHEN, message=MESSAGE)
    assert written.path == out and written.page_count == 1 + 3 + 2
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["To"] == "binh.tran@example.vn"
    assert msg["Subject"] == MESSAGE.subject
    assert msg["X-Unsent"] == "1"
    assert "Trần Thị Bình" in msg.get_body(("plain",)).get_content()
    attachments = list(msg.iter_attachments())
    got = {
        a.get_filename(): (a.get_content_type(), hashlib.sha256(a.get_payload(decode=True)).hexdigest())
        for a in attachments
    }
    expected_names = [LETTER, "Quyết định 45_QĐ-UBND giao đất.pdf", "Bản đồ thửa đất (bản sao).tif"]
    assert list(got) == expected_names
    assert [f.name for f in written.files] == expected_names
    for f, source in zip(written.files, sources, strict=True):
        assert got[f.name] == (f.media_type, sha(source.path))
    assert [f.media_type for f in written.files] == ["application/pdf", "application/pdf", "image/tiff"]
    # Headers stay 7-bit: the subject RFC 2047, the file names RFC 2231 (every mail program reads them).
    raw = out.read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii() and b"\r\n" in raw
    assert b"filename*=utf-8''" in raw or b"filename*0*=utf-8''" in raw


def test_eml_without_an_address_leaves_to_empty(tmp_path, sources):
    out = tmp_path / "goi.eml"
    message = PackageMessage(subject="Cung cấp thông tin", body="Nội dung")
    write_package(PackageMethod.EMAIL, out, sources[:1], when=WHEN, message=message)
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["To"] is None and msg["Subject"] == "Cung cấp thông tin"


def test_zip_read_back_with_utf8_names_and_manifest(tmp_path, sources):
    out = tmp_path / "goi.zip"
    written = write_package(PackageMethod.ZIP, out, sources, when=WHEN, title="Yêu cầu số 12/2026")
    with zipfile.ZipFile(out) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [f.name for f in written.files] + [MANIFEST_NAME]
        assert all(i.flag_bits & 0x800 for i in infos if not i.filename.isascii())
        assert not infos[0].filename.isascii()
        assert infos[0].date_time == (2026, 3, 9, 14, 5, 0)
        for f in written.files:
            assert hashlib.sha256(archive.read(f.name)).hexdigest() == f.sha256
        manifest = archive.read(MANIFEST_NAME).decode("utf-8")
    assert manifest.startswith("# Yêu cầu số 12/2026\n")
    assert "tổng cộng 6 trang" in manifest
    for f in written.files:
        assert f"{f.sha256}  {f.name}\n" in manifest


def test_folder_has_the_files_and_a_manifest_sha256sum_accepts(tmp_path, sources):
    out = tmp_path / "USB" / "Cung cấp 12-2026"
    out.parent.mkdir()
    written = write_package(PackageMethod.FOLDER, out, sources, when=WHEN, title="Yêu cầu 12/2026")
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f.name for f in written.files] + [MANIFEST_NAME])
    for f, source in zip(written.files, sources, strict=True):
        assert (out / f.name).read_bytes() == source.path.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary folder left
    if shutil.which("sha256sum"):
        done = subprocess.run(["sha256sum", "-c", MANIFEST_NAME], cwd=out, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.count(": OK") == 3


def test_folder_refuses_a_non_empty_destination_and_keeps_it(tmp_path, sources):
    out = tmp_path / "old"
    out.mkdir()
    (out / "keep.txt").write_text("giữ nguyên", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        write_package(PackageMethod.FOLDER, out, sources, when=WHEN)
    assert "không trống" in err.value.errors["destination"]
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old", "src"]


def test_an_empty_destination_folder_is_filled(tmp_path, sources):
    out = tmp_path / "empty"
    out.mkdir()
    write_package(PackageMethod.FOLDER, out, sources[:1], when=WHEN)
    assert sorted(p.name for p in out.iterdir()) == sorted([LETTER, MANIFEST_NAME])


def test_hostile_names_stay_inside_the_package(tmp_path, sources):
    hostile = [
        PackageFile(sources[0].path, "../../etc/passwd"),
        PackageFile(sources[0].path, "..\\..\\Windows\\evil.pdf"),
        PackageFile(sources[0].path, "CON.pdf"),
        PackageFile(sources[0].path, "a\u200b\x07b :*?.pdf. "),
        PackageFile(sources[0].path, "Ｑuyết định.PDF"),
        PackageFile(sources[0].path, "quyết định.pdf"),  # differs from the one above only in case: Windows
        PackageFile(sources[0].path, MANIFEST_NAME),
        PackageFile(sources[0].path, ".."),
    ]
    out = tmp_path / "pkg"
    written = write_package(PackageMethod.FOLDER, out, hostile, when=WHEN)
    names = [f.name for f in written.files]
    assert all("/" not in n and "\\" not in n and n not in (".", "..") for n in names)
    assert names[2] == "_CON.pdf"
    assert names[3] == "a_b ___.pdf"
    assert len({n.casefold() for n in names}) == len(names)
    assert MANIFEST_NAME not in names
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, MANIFEST_NAME])
    assert not (tmp_path / "etc").exists()


def test_safe_name_rules():
    assert safe_name("../../Quyết định: 12/QĐ.pdf") == "_.._Quyết định_ 12_QĐ.pdf"
    assert safe_name("nul") == "_nul"
    assert safe_name("  ") == "tep"
    assert safe_name("x" * 300 + ".pdf").endswith(".pdf") and len(safe_name("x" * 300 + ".pdf")) == 120
    assert unique_names(["a.pdf", "A.pdf", "a.pdf"]) == ["a.pdf", "A (2).pdf", "a (3).pdf"]


def test_a_changed_source_is_refused_and_nothing_written(tmp_path, sources):
    changed = sources[1]
    changed.path.write_bytes(changed.path.read_bytes() + b"\n%tampered")
    out = tmp_path / "goi.zip"
    with pytest.raises(DocumentTampered):
        write_package(PackageMethod.ZIP, out, sources, when=WHEN)
    assert not out.exists()


def test_a_damaged_pdf_says_so_in_one_sentence(tmp_path, sources):
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    with pytest.raises(ValidationError) as err:
        write_package(PackageMethod.ZIP, tmp_path / "goi.zip", [PackageFile(broken, "Hỏng.pdf")], when=WHEN)
    assert err.value.errors["files"] == "Tệp Hỏng.pdf bị hỏng hoặc không đọc được, không đếm được số trang."
    assert not (tmp_path / "goi.zip").exists()


def test_no_files_or_no_message(tmp_path, sources):
    with pytest.raises(ValidationError):
        write_package(PackageMethod.ZIP, tmp_path / "goi.zip", [], when=WHEN)
    with pytest.raises(ValidationError):
        write_package(PackageMethod.EMAIL, tmp_path / "goi.eml", sources, when=WHEN)
    with pytest.raises(ValidationError):
        write_package(PackageMethod.ZIP, tmp_path / "khong-co" / "goi.zip", sources, when=WHEN)


def test_a_zip_over_an_older_one_replaces_it_whole(tmp_path, sources):
    out = tmp_path / "goi.zip"
    out.write_bytes(b"old")
    write_package(PackageMethod.ZIP, out, sources[:1], when=WHEN)
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as archive:
        assert archive.namelist() == [LETTER, MANIFEST_NAME]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goi.zip", "src"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("method", [PackageMethod.ZIP, PackageMethod.EMAIL, PackageMethod.FOLDER])
def test_a_pipe_or_device_as_the_destination_is_refused_and_left_as_it_was(tmp_path, sources, method):
    # Renaming over it replaced the device itself (as root: --out /dev/null, for every program).
    pipe = tmp_path / "goi.zip"
    os.mkfifo(pipe)
    with pytest.raises(ValidationError, match="không phải tệp thường"):
        write_package(method, pipe, sources[:1], when=WHEN, message=MESSAGE)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goi.zip", "src"]
