"""Every form and letter through the real FormRenderer (forms/ + the Decree 30 renderer), read back from the
PDF: A4, fonts embedded, the national heading, number and date line, what the law requires of each form,
nothing outside the margins, long and awkward text printed as typed, the same bytes every time."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace

import pdfplumber
import pytest
from decree30_read import PAGE_H, PAGE_W, all_text, outside_the_frame, read, unembedded_fonts
from forms_facts import CITIZEN, EXTRAS, FEES, facts, request
from pypdf import PdfReader

from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import ProvisionForm
from focal_desk.domain.refusal import RefusalGround

NATIONAL = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
DATE_LINE = "Đạo Trù, ngày 05 tháng 3 năm 2026"  # issued 05/03/2026: leading zero for the day, none for March
FORMS = list(FormCode)


@pytest.fixture(scope="module")
def renderer() -> FormRenderer:
    return FormRenderer()


@pytest.fixture(scope="module")
def rendered(renderer) -> dict[FormCode, bytes]:
    return {form: renderer.render(facts(form)).pdf for form in FORMS}


def body_text(pages) -> str:
    """The pages' text without the page numbers printed in the top margin from page 2."""
    out = []
    for page in pages:
        first, _, rest = page.text.partition("\n")
        out.append(rest if first.strip().isdigit() else page.text)
    return " ".join(" ".join(out).split())


def left_column(pdf: bytes) -> str:
    """The heading's left column on page 1 (parent body, issuing body, number), read on its own."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        return " ".join((page.crop((0, 0, page.width * 0.45, page.height * 0.25)).extract_text() or "").split())


def squeeze(text: str) -> str:
    """Without any whitespace: a long value wraps anywhere, its characters stay in order."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("form", FORMS)
def test_every_page_is_a4_and_every_font_embedded(rendered, form):
    pdf = rendered[form]
    for page in PdfReader(io.BytesIO(pdf)).pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == (round(PAGE_W, 1), round(PAGE_H, 1))
    assert unembedded_fonts(pdf) == []


@pytest.mark.parametrize("form", FORMS)
def test_heading_number_and_date_line_read_back(renderer, rendered, form):
    text = all_text(read(rendered[form]))
    for line in NATIONAL:
        assert line in text, form
    assert DATE_LINE in text
    f = facts(form)
    if renderer.info(form).numbered:
        assert f"Số: {f.number.text}" in text
        left = left_column(rendered[form])
        assert "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" in left and "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ" in left
        assert f"Số: {f.number.text}" in left
    else:
        assert "Số:" not in text


@pytest.mark.parametrize("form", FORMS)
def test_every_character_lies_inside_the_margins(rendered, form):
    for i, page in enumerate(read(rendered[form]), start=1):
        assert outside_the_frame(page) == [], (form, i)


@pytest.mark.parametrize("form", FORMS)
def test_the_same_facts_give_the_same_bytes(renderer, rendered, form):
    assert renderer.render(facts(form)).pdf == rendered[form]


def test_01a_holds_the_fields_of_article_24_2(renderer):
    r = request(requester=replace(CITIZEN, fax="024 3825 1234"), provision_form=ProvisionForm.POST,
                delivery_address="Thôn Đồng Bùa, xã Đạo Trù", consent_attached=True)
    text = all_text(read(renderer.render(facts(FormCode.REQUEST_FORM, r)).pdf))
    for value in (CITIZEN.full_name, CITIZEN.address, CITIZEN.id_number, "024 3825 1234", CITIZEN.phone,
                  CITIZEN.email, r.info_requested, r.purpose, ProvisionForm.POST.label_vi,
                  "Thôn Đồng Bùa, xã Đạo Trù"):
        assert squeeze(value) in squeeze(text), value
    assert "PHIẾU YÊU CẦU CUNG CẤP THÔNG TIN" in text


def test_03_holds_the_items_of_article_27(rendered):
    text = all_text(read(rendered[FormCode.RESOLUTION]))
    x = EXTRAS[FormCode.RESOLUTION]
    total = sum(f.amount for f in FEES)
    for value in ("16/03/2026", x["provide_place"], ProvisionForm.COPY.label_vi, x["payment_method"], "12/03/2026",
                  x["tax_authority"], x["treasury"], FEES[0].label, f"{total:,}".replace(",", ".")):
        assert squeeze(value) in squeeze(text), value


@pytest.mark.parametrize("ground", list(RefusalGround))
def test_05_quotes_the_ground_text_and_the_detail(renderer, ground):
    f = facts(FormCode.REFUSAL, extra={"refusal_ground": ground.value, "refusal_detail": "Lý do cụ thể đã ghi"})
    text = squeeze(all_text(read(renderer.render(f).pdf)))
    assert squeeze(ground.text_vi) in text and squeeze("Lý do cụ thể đã ghi") in text


def test_04_prints_the_reason_and_the_new_date(rendered):
    text = all_text(read(rendered[FormCode.EXTENSION]))
    assert "30/03/2026" in text and squeeze(EXTRAS[FormCode.EXTENSION]["extension_reason"]) in squeeze(text)


def test_a_10000_character_request_flows_over_pages_inside_the_margins(renderer):
    words = [f"tài-liệu-{i:04d}" for i in range(800)]
    info = " ".join(words)[:10_000]
    assert len(info) == 10_000
    pdf = renderer.render(facts(FormCode.REQUEST_FORM, request(info_requested=info))).pdf
    pages = read(pdf)
    assert len(pages) >= 3
    for page in pages:
        assert outside_the_frame(page) == []
    assert squeeze(info) in squeeze(body_text(pages))
    assert [c["text"] for c in pages[1].margin_chars()] == ["2"]  # page numbers from page 2
    assert renderer.render(facts(FormCode.REQUEST_FORM, request(info_requested=info))).pdf == pdf


def test_markup_and_decomposed_vietnamese_print_as_typed(renderer):
    typed = "<b>Hồ sơ</b> & \"đất\" 'nông nghiệp' <script>x</script> 5 > 3"
    decomposed = unicodedata.normalize("NFD", "Quyết định giao đất của Ủy ban nhân dân xã Đạo Trù")
    r = request(info_requested=f"{typed} {decomposed}", requester=replace(CITIZEN, full_name=unicodedata.normalize(
        "NFD", "Nguyễn Thị Ánh Tuyết")))
    for form in (FormCode.REQUEST_FORM, FormCode.RECEIPT, FormCode.REFUSAL):
        text = all_text(read(renderer.render(facts(form, r)).pdf))
        assert squeeze(typed) in squeeze(text), form
        assert "Quyết định giao đất của Ủy ban nhân dân xã Đạo Trù" in text, form
        assert "Nguyễn Thị Ánh Tuyết" in text
        assert unicodedata.is_normalized("NFC", text)


def test_blank_request_forms_render_inside_the_margins(renderer):
    for form in (FormCode.REQUEST_FORM, FormCode.REQUEST_FORM_ORG, FormCode.CONSENT):
        pdf = renderer.render(facts(form, blank=True)).pdf
        pages = read(pdf)
        assert unembedded_fonts(pdf) == [] and all(outside_the_frame(p) == [] for p in pages)
        assert NATIONAL[0] in all_text(pages)
