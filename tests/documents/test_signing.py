"""Digital signature of an issued paper (ND13 Đ10.2): a real form rendered from request facts, signed with a
self-signed PKCS#12 certificate made by the test, read back by pyHanko, pypdf, pdfplumber and poppler."""

from __future__ import annotations

import io
import logging
import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from decree30_read import read
from forms_facts import facts, request
from pypdf import PdfReader

from focal_desk.documents.renderer import FormRenderer
from focal_desk.documents.signing import FIELD_NAME, PadesSigner, verify
from focal_desk.domain.documents import FormCode, RenderedDocument
from focal_desk.domain.enums import Channel
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.signature import SignatureStatus, SigningCredentials

WHEN = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)
SIGNED_FORMS = (
    FormCode.RESOLUTION,
    FormCode.EXTENSION,
    FormCode.REFUSAL,
    FormCode.PROVIDE,
    FormCode.SUPPLEMENT,
)


@pytest.fixture(scope="module")
def renderer() -> FormRenderer:
    return FormRenderer()


def rendered(renderer: FormRenderer, form: FormCode) -> RenderedDocument:
    electronic = request(channel=Channel.ELECTRONIC, delivery_email="binh.tran@example.vn")
    return renderer.render(facts(form, electronic))


def sign(doc: RenderedDocument, cert, password: str | None = None) -> bytes:
    credentials = SigningCredentials(cert.path, cert.password if password is None else password)
    return PadesSigner().sign(doc.pdf, doc.signature_box, credentials, WHEN)


def test_a_signed_refusal_verifies_and_its_page_text_is_unchanged(renderer, make_certificate, tmp_path):
    cert = make_certificate()
    doc = rendered(renderer, FormCode.REFUSAL)
    signed = sign(doc, cert)

    assert signed.startswith(doc.pdf)  # an incremental update: the issued bytes stay as rendered
    assert [p.text for p in read(signed)] == [p.text for p in read(doc.pdf)]
    check = verify(signed)
    assert check.status is SignatureStatus.VALID_UNTRUSTED  # self-signed: intact, no trusted root said so
    assert check.intact and check.signed and not check.modified_after
    assert check.signer == "Nguyễn Văn Hùng"
    assert check.signed_at is not None
    assert "chưa được đối chiếu" in check.detail
    assert (
        verify(signed, [cert.der]).status is SignatureStatus.VALID
    )  # once the office's certificate is trusted

    reader = PdfReader(io.BytesIO(signed))  # pypdf reads it: same pages, one signature field
    assert len(reader.pages) == len(PdfReader(io.BytesIO(doc.pdf)).pages)
    fields = reader.get_fields()
    assert fields[FIELD_NAME]["/FT"] == "/Sig"

    path = tmp_path / "05.pdf"
    path.write_bytes(signed)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row.split("TrueType", 1)[1] for row in rows), fonts  # the stamp's too
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "05")],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "05-1.png").stat().st_size > 10_000


def test_the_unsigned_paper_is_not_signed_and_a_cut_signed_one_is_broken(renderer, make_certificate):
    doc = rendered(renderer, FormCode.REFUSAL)
    assert verify(doc.pdf).status is SignatureStatus.NOT_SIGNED
    assert not verify(doc.pdf).signed
    signed = sign(doc, make_certificate())
    for cut in (len(signed) - 10, signed.index(b"/ByteRange") + 400):  # a copy that stopped half-way
        assert verify(signed[:cut]).status is SignatureStatus.BROKEN


@pytest.mark.parametrize("form", SIGNED_FORMS)
def test_the_visible_signature_sits_in_the_signer_block(renderer, make_certificate, form):
    """The widget lies between the signer's title and name, within their column, on the signer's page."""
    cert = make_certificate()
    doc = rendered(renderer, form)
    box = doc.signature_box
    assert box is not None
    signed = sign(doc, cert)
    page = PdfReader(io.BytesIO(signed)).pages[box.page]
    widgets = [a.get_object() for a in page.get("/Annots", []) if a.get_object().get("/FT") == "/Sig"]
    assert len(widgets) == 1
    x0, y0, x1, y1 = (float(v) for v in widgets[0]["/Rect"])

    plumbed = read(doc.pdf)[box.page]
    height = plumbed.height

    def line_chars(text: str) -> list[dict]:
        """The characters of the last line on the page whose text is ``text`` (the signer's lines are last)."""
        lines: dict[float, list[dict]] = {}
        for c in plumbed.chars:
            lines.setdefault(round(c["top"], 1), []).append(c)
        found = [
            cs
            for cs in lines.values()
            if "".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])) == text
        ]
        assert found, f"{text!r} not on page {box.page + 1}"
        return found[-1]

    title = line_chars("CHỦ TỊCH")
    name = line_chars("Nguyễn Văn Hùng")
    title_bottom = height - max(c["bottom"] for c in title)  # in PDF coordinates (from the page's bottom)
    name_top = height - min(c["top"] for c in name)
    assert name_top < y0 < y1 < title_bottom
    column_left, column_right = box.x, box.x + box.width
    assert column_left <= x0 < x1 <= column_right + 0.01
    name_left, name_right = min(c["x0"] for c in name), max(c["x1"] for c in name)
    assert x0 < name_left and name_right < x1  # centred over the name
    assert abs((x0 + x1) / 2 - (name_left + name_right) / 2) < 2


def test_a_resolution_signs_on_its_second_page(renderer, make_certificate):
    doc = rendered(renderer, FormCode.RESOLUTION)
    assert doc.signature_box is not None and doc.signature_box.page == 1  # Mẫu 03 runs over two pages
    signed = sign(doc, make_certificate())
    assert verify(signed).status is SignatureStatus.VALID_UNTRUSTED
    assert "/Annots" not in PdfReader(io.BytesIO(signed)).pages[0]


def test_a_flipped_byte_after_signing_is_detected(renderer, make_certificate):
    doc = rendered(renderer, FormCode.EXTENSION)
    signed = sign(doc, make_certificate())
    content = doc.pdf.index(b"stream", len(doc.pdf) // 3) + 20  # inside a page's compressed content
    for at in (content, len(doc.pdf) + 1500, len(signed) // 2):
        tampered = bytearray(signed)
        tampered[at] ^= 0x01
        check = verify(bytes(tampered))
        assert check.status is SignatureStatus.BROKEN, (at, check)
        assert not check.intact


def test_bytes_added_after_signing_are_reported(renderer, make_certificate):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = sign(rendered(renderer, FormCode.REFUSAL), make_certificate())
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = generic.TextStringObject("en")  # a later edit appended as an incremental update
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    check = verify(out.getvalue())
    assert check.modified_after and not check.intact
    assert check.signer == "Nguyễn Văn Hùng"


def test_no_signer_block_signs_invisibly(renderer, make_certificate):
    doc = replace(rendered(renderer, FormCode.REFUSAL), signature_box=None)
    signed = sign(doc, make_certificate())
    assert verify(signed).status is SignatureStatus.VALID_UNTRUSTED
    widget = PdfReader(io.BytesIO(signed)).get_fields()[FIELD_NAME]
    assert widget["/FT"] == "/Sig"


def test_credentials_that_cannot_sign_name_the_field(renderer, make_certificate, tmp_path):
    doc = rendered(renderer, FormCode.REFUSAL)
    cert = make_certificate()
    with pytest.raises(ValidationError) as wrong:
        sign(doc, cert, password="sai mật khẩu")
    assert list(wrong.value.errors) == ["password"]

    not_p12 = tmp_path / "thu.p12"
    not_p12.write_bytes(doc.pdf)
    for path in (not_p12, tmp_path / "missing.p12"):
        with pytest.raises(ValidationError) as bad:
            PadesSigner().sign(doc.pdf, doc.signature_box, SigningCredentials(path, "x"), WHEN)
        assert list(bad.value.errors) == ["certificate"]

    now = datetime.now(UTC)
    expired = make_certificate(
        not_before=now - timedelta(days=800), not_after=now - timedelta(days=2), file_name="expired.p12"
    )
    future = make_certificate(not_before=now + timedelta(days=2), file_name="future.p12")
    for cert, word in ((expired, "hết hạn"), (future, "chưa có hiệu lực")):
        credentials = SigningCredentials(cert.path, cert.password)
        with pytest.raises(ValidationError) as invalid:
            PadesSigner().sign(doc.pdf, doc.signature_box, credentials, now)
        assert word in invalid.value.errors["certificate"]


def test_the_password_never_shows_in_the_credentials_repr(make_certificate):
    cert = make_certificate()
    assert cert.password not in repr(SigningCredentials(cert.path, cert.password))


def test_reporting_the_signature_room_leaves_the_bytes_as_render_pdf_makes_them(renderer):
    from focal_desk.documents.decree30 import render_pdf, render_pdf_with_signature_box
    from focal_desk.documents.decree30_signature import LEFT_WIDTH
    from focal_desk.documents.decree30_styles import MARGIN_LEFT, SIGNATURE_SPACE

    receipt = renderer.fill(facts(FormCode.RECEIPT)).layout  # two signers: the receiving officer on the left
    assert receipt.left_signer is not None
    pdf, box = render_pdf_with_signature_box(receipt)
    assert pdf == render_pdf(receipt)
    assert box is not None and box.height == pytest.approx(SIGNATURE_SPACE)
    assert box.x == pytest.approx(MARGIN_LEFT + LEFT_WIDTH)  # the office's signer, not the left one


def test_checking_a_self_signed_signature_writes_no_traceback_to_the_log(renderer, make_certificate, caplog):
    signed = sign(rendered(renderer, FormCode.REFUSAL), make_certificate())
    with caplog.at_level(logging.WARNING):
        assert verify(signed).status is SignatureStatus.VALID_UNTRUSTED
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []
