"""Each form filled from a realistic request says what the law requires of it (no PDF here: the layout)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from forms_facts import AGENCY, CITIZEN, EXTRAS, ORGANISATION, facts, layout_text, request

from focal_desk.documents.facts_text import BLANK, NBSP
from focal_desk.documents.layout import BlockStyle, Paragraph, Table
from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.documents import FeeLine, FormCode
from focal_desk.domain.enums import Channel, ProvisionForm, RequesterKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.refusal import RefusalGround


@pytest.fixture(scope="module")
def renderer() -> FormRenderer:
    return FormRenderer()


def _text(renderer: FormRenderer, f) -> str:
    return layout_text(renderer.fill(f).layout)


@pytest.mark.parametrize("form", list(FormCode))
def test_every_form_fills_from_a_request_and_prints_its_register_number(renderer, form):
    filled = renderer.fill(facts(form))
    text = layout_text(filled.layout)
    assert filled.layout.title.startswith(renderer.info(form).title)
    assert "{" not in text and "}" not in text
    assert "Trần Thị Bình" in text or "Lê Văn Cường" in text
    assert unicodedata.is_normalized("NFC", text)
    info = renderer.info(form)
    h = filled.layout.heading
    if info.numbered:
        assert h.issuing_body == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ" and h.parent_body == "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
        assert h.number_line == f"Số: {facts(form).number.text}"
        assert h.place_date == "Đạo Trù, ngày 05 tháng 3 năm 2026"
        assert filled.layout.signer == _agency_signer()
        assert filled.layout.recipients or form is FormCode.RECEIPT
    else:
        assert h.number_line == "" and h.issuing_body == ""


def _agency_signer():
    from focal_desk.documents.layout import Signer

    return Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng")


def test_01a_holds_the_fields_of_article_24_2(renderer):
    r = request(requester=replace(CITIZEN, fax="024 3825 1234"), consent_attached=True,
                provision_form=ProvisionForm.POST, delivery_address="Thôn Đồng Bùa")
    filled = renderer.fill(facts(FormCode.REQUEST_FORM, r))
    text = layout_text(filled.layout)
    for expected in ("Kính gửi: Ủy ban nhân dân xã Đạo Trù", "Họ và tên người yêu cầu: Trần Thị Bình",
                     "Nơi cư trú / địa chỉ liên hệ: Thôn Đồng Bùa, xã Đạo Trù, tỉnh Phú Thọ",
                     "001203004567", "Số fax (nếu có): 024 3825 1234", "Số điện thoại (nếu có): 0912 345 678",
                     "Thư điện tử (nếu có): binh.tran@example.vn", r.info_requested,
                     "Hình thức cung cấp thông tin: Qua dịch vụ bưu chính",
                     "Lý do, mục đích yêu cầu: Kiểm tra diện tích đất gia đình được giao",
                     "Văn bản chấp thuận", "Điều 7 Luật Tiếp cận thông tin): Có", "NGƯỜI YÊU CẦU",
                     "(Ký, ghi rõ họ tên)"):
        assert expected in text, expected
    assert filled.layout.signer.name == "Trần Thị Bình"
    assert "ghi hộ" not in text


def test_01a_records_that_the_officer_wrote_it(renderer):
    text = _text(renderer, facts(FormCode.REQUEST_FORM, request(officer_assisted=True)))
    assert "do cán bộ tiếp nhận ghi hộ" in text and "điểm a khoản 1 Điều 24" in text


def test_01a_for_someone_represented_and_a_foreign_resident(renderer):
    p = replace(CITIZEN, kind=RequesterKind.GUARDIAN, on_behalf_of_name="Trần Văn Nam", on_behalf_of_id="")
    text = _text(renderer, facts(FormCode.REQUEST_FORM, request(p)))
    assert f"giám hộ): Trần Văn Nam; số giấy tờ: {BLANK}" in text
    p = replace(CITIZEN, kind=RequesterKind.FOREIGN_RESIDENT, nationality="Lào")
    assert "Quốc tịch: Lào" in _text(renderer, facts(FormCode.REQUEST_FORM, request(p)))


def test_blank_01a_prints_dotted_lines_and_no_request(renderer):
    filled = renderer.fill(facts(FormCode.REQUEST_FORM, blank=True))
    layout = filled.layout
    text = layout_text(layout)
    assert "Họ và tên người yêu cầu: " + BLANK in text
    assert "Số fax (nếu có): " + BLANK in text and "Hình thức cung cấp thông tin: " + BLANK in text
    assert layout.heading.place_date == "…………, ngày …… tháng …… năm ………"
    assert layout.signer.name == "" and layout.signer.title == "NGƯỜI YÊU CẦU"
    assert "ghi hộ" in text  # the guidance printed on the blank form
    assert "Số vào sổ" not in text and filled.printed_dates == {}


def test_blank_01b_has_an_empty_members_table(renderer):
    layout = renderer.fill(facts(FormCode.REQUEST_FORM_ORG, blank=True)).layout
    (table,) = [b for b in layout.blocks if isinstance(b, Table)]
    assert len(table.rows) == 5 and all(row[1:] == ("", "", "") for row in table.rows)


def test_01b_lists_the_organisation_its_representative_and_members(renderer):
    layout = renderer.fill(facts(FormCode.REQUEST_FORM_ORG, request(ORGANISATION))).layout
    text = layout_text(layout)
    assert "Tên tổ chức, đoàn thể, doanh nghiệp: Hợp tác xã nông nghiệp Đạo Trù" in text
    assert "Người đại diện được cử: Lê Văn Cường" in text
    (table,) = [b for b in layout.blocks if isinstance(b, Table)]
    assert table.header == ("STT", "Họ và tên", "Số giấy tờ tùy thân", "Lý do, mục đích yêu cầu")
    assert table.rows == (("1", "Phạm Văn Dũng", "026085002345", "Kiểm tra diện tích đất được giao"),
                          ("2", "Hoàng Thị Em", "026185003456", "Kiểm tra diện tích đất được giao"))
    assert sum(table.widths) == pytest.approx(1)


def test_02_receipt_register_number_when_received_and_when_due(renderer):
    filled = renderer.fill(facts(FormCode.RECEIPT))
    text = layout_text(filled.layout)
    assert "Số vào sổ theo dõi cung cấp thông tin theo yêu cầu: 12/2026" in text
    assert "Thời điểm tiếp nhận: 09 giờ 30 phút, ngày 02/03/2026" in text
    assert "Hình thức gửi yêu cầu: Trực tiếp" in text
    assert "Thời hạn giải quyết: chậm nhất ngày 16/03/2026." in text
    assert filled.printed_dates == {"answer_due": date(2026, 3, 16)}
    assert filled.layout.left_signer is not None and filled.layout.left_signer.title == "NGƯỜI TIẾP NHẬN"


def test_02_before_the_request_is_valid_prints_no_due_date(renderer):
    r = request(valid_on=None, deadlines=replace(request().deadlines, provide_due=None),
                channel=Channel.ELECTRONIC)
    filled = renderer.fill(facts(FormCode.RECEIPT, r))
    text = layout_text(filled.layout)
    assert "chậm nhất" not in text and "tính từ ngày yêu cầu hợp lệ" in text
    assert "Hình thức gửi yêu cầu: Mạng điện tử" in text and filled.printed_dates == {}


def test_03_holds_the_items_of_article_27_and_the_fee_total(renderer):
    filled = renderer.fill(facts(FormCode.RESOLUTION))
    text = layout_text(filled.layout)
    for expected in ("Căn cứ Điều 27 Luật Tiếp cận thông tin", "Thời hạn cung cấp thông tin",
                     "Chậm nhất ngày 16/03/2026.", "Bộ phận một cửa, Ủy ban nhân dân xã Đạo Trù",
                     "Hình thức cung cấp thông tin", "Nhận bản sao, bản chụp.", "Chi phí thực tế để in, sao, chụp, gửi",
                     "Thông tư số 46/2018/TT-BTC", "Tổng số tiền phải thanh toán: 90.000 đồng.",
                     "Phương thức thanh toán: Nộp tiền mặt", "Thời hạn thanh toán: chậm nhất ngày 12/03/2026.",
                     "ngân sách nhà nước", "Cơ quan thuế quản lý thu: Thuế cơ sở 3 tỉnh Phú Thọ",
                     "Kho bạc Nhà nước nơi nhận: Kho bạc Nhà nước khu vực IX", "trước khi nhận thông tin",
                     "Không thu chi phí gửi thông tin khi thông tin được cung cấp qua mạng điện tử hoặc qua fax"):
        assert expected in text, expected
    (table,) = [b for b in filled.layout.blocks if isinstance(b, Table)]
    assert table.rows[0] == ("1", "Sao chụp tài liệu A4 đen trắng", "trang", "12", "3.000", "36.000")
    assert table.rows[-1] == ("", "Tổng cộng", "", "", "", "90.000")
    assert table.numeric_columns == (3, 4, 5)
    assert filled.printed_dates["provide_due"] == date(2026, 3, 16)
    assert filled.printed_dates["payment_due"] == date(2026, 3, 12)


def test_03_without_costs_needs_no_payment_details(renderer):
    extra = {"provide_due": "2026-03-16", "provide_place": "Trụ sở Ủy ban nhân dân xã"}
    text = _text(renderer, facts(FormCode.RESOLUTION, fee_lines=(), extra=extra))
    assert "Không phát sinh chi phí." in text and "Phương thức thanh toán" not in text


def test_03_with_costs_needs_the_payment_details(renderer):
    extra = {"provide_due": "2026-03-16", "provide_place": "Trụ sở Ủy ban nhân dân xã"}
    with pytest.raises(ValidationError) as caught:
        renderer.fill(facts(FormCode.RESOLUTION, extra=extra))
    assert set(caught.value.errors) == {"payment_method", "payment_due", "tax_authority", "treasury"}


def test_04_prints_the_reason_and_the_new_date(renderer):
    filled = renderer.fill(facts(FormCode.EXTENSION))
    text = layout_text(filled.layout)
    assert "Lý do gia hạn: Hồ sơ lưu trữ tại kho của tỉnh, cần thêm thời gian sao lục" in text
    assert "Thời hạn giải quyết mới: chậm nhất ngày 30/03/2026." in text
    assert "theo quy định là ngày 16/03/2026" in text
    assert filled.printed_dates["new_due"] == date(2026, 3, 30)


@pytest.mark.parametrize("ground", list(RefusalGround))
def test_05_quotes_the_ground_of_article_28_and_the_right_to_complain(renderer, ground):
    extra = {"refusal_ground": ground.value, "refusal_detail": "Chi tiết do cán bộ ghi"}
    text = _text(renderer, facts(FormCode.REFUSAL, extra=extra))
    assert f"Căn cứ điểm {ground.point} khoản 1 Điều 28 Luật Tiếp cận thông tin" in text
    assert ground.text_vi in text.split("\n")
    assert "Lý do cụ thể: Chi tiết do cán bộ ghi" in text
    assert "quyền khiếu nại, khởi kiện" in text


def test_05_with_an_unknown_ground_names_the_field(renderer):
    with pytest.raises(ValidationError) as caught:
        renderer.fill(facts(FormCode.REFUSAL, extra={"refusal_ground": "z", "refusal_detail": "x"}))
    assert set(caught.value.errors) == {"refusal_ground"}


@pytest.mark.parametrize("form", [f for f in FormCode if EXTRAS.get(f)])
def test_a_missing_required_field_is_a_validation_error_naming_it(renderer, form):
    required = renderer.info(form).extra_fields
    assert required
    with pytest.raises(ValidationError) as caught:
        renderer.fill(facts(form, extra={}))
    assert set(required) <= set(caught.value.errors)


def test_a_date_field_that_is_not_a_date(renderer):
    extra = {**EXTRAS[FormCode.EXTENSION], "new_due": "30/03/2026"}
    with pytest.raises(ValidationError) as caught:
        renderer.fill(facts(FormCode.EXTENSION, extra=extra))
    assert list(caught.value.errors) == ["new_due"]


def test_06_leaves_the_person_concerned_blank_and_names_the_requester(renderer):
    layout = renderer.fill(facts(FormCode.CONSENT)).layout
    text = layout_text(layout)
    assert f"Tôi (tổ chức) là: {BLANK}" in text
    assert "cung cấp cho Ông/Bà Trần Thị Bình, số giấy tờ tùy thân 001203004567" in text
    assert layout.signer.title == "NGƯỜI CHẤP THUẬN" and layout.signer.name == ""
    filled = renderer.fill(facts(FormCode.CONSENT, extra={"consenter_name": "Trần Văn Nam"}))
    assert filled.layout.signer.name == "Trần Văn Nam"


@pytest.mark.parametrize(("form", "words"), [
    (FormCode.SUPPLEMENT, "Căn cứ khoản 2 Điều 26"), (FormCode.TRANSFER, "Sở Nông nghiệp và Môi trường"),
    (FormCode.PROVIDE, "01 bản sao Quyết định số 45/QĐ-UBND"), (FormCode.CORRECTION, "Căn cứ Điều 32"),
])
def test_letters_are_cong_van_with_a_subject_under_the_number(renderer, form, words):
    layout = renderer.fill(facts(form)).layout
    assert layout.type_line == "" and layout.heading.number_line == "Số: 05/UBND"
    assert layout.heading.subject_under_number.startswith("V/v ")
    assert words in layout_text(layout)


def test_a_preview_without_number_leaves_room_for_the_clerk(renderer):
    layout = renderer.fill(facts(FormCode.REFUSAL, number=None)).layout
    assert layout.heading.number_line == f"Số: {NBSP * 8}/TB-UBND"
    layout = renderer.fill(facts(FormCode.PROVIDE, number=None)).layout
    assert layout.heading.number_line == f"Số: {NBSP * 8}/UBND"


def test_user_text_survives_unchanged_but_nfc(renderer):
    typed = "Hồ sơ <b>đất</b> & “ruộng” {requester_name} {{x}} 😀"
    nfd = unicodedata.normalize("NFD", typed)
    r = request(info_requested=nfd, requester=replace(CITIZEN, full_name=unicodedata.normalize("NFD", "Đỗ Thị Ánh")))
    extra = {"refusal_ground": "c", "refusal_detail": nfd}
    layout = renderer.fill(facts(FormCode.REFUSAL, r, extra=extra)).layout
    texts = [b.text for b in layout.blocks if isinstance(b, Paragraph)]
    nfc = unicodedata.normalize("NFC", typed)
    assert nfc in texts and f"Lý do cụ thể: {nfc}" in texts
    assert "Kính gửi: Ông/Bà Đỗ Thị Ánh" in texts


def test_line_breaks_typed_by_the_officer_become_paragraphs_of_the_same_style(renderer):
    r = request(info_requested="Quyết định số 45\nPhụ lục kèm theo")
    layout = renderer.fill(facts(FormCode.RECEIPT, r)).layout
    at = layout.blocks.index(Paragraph("Quyết định số 45", BlockStyle.BODY))
    assert layout.blocks[at + 1] == Paragraph("Phụ lục kèm theo", BlockStyle.BODY)


def test_signer_lines_follow_the_authority():
    from focal_desk.documents.fill import fill
    from focal_desk.documents.forms_dir import forms_dir
    from focal_desk.documents.templates import load_templates

    t = load_templates(forms_dir())[FormCode.EXTENSION]
    deputy = replace(AGENCY, authority="KT.", signer_title="PHÓ CHỦ TỊCH", signer_name="Lê Thị Hoa")
    s = fill(t, facts(FormCode.EXTENSION, agency=deputy)).layout.signer
    assert (s.authority, s.title, s.name) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa")
    acting = replace(AGENCY, authority="Q.")
    s = fill(t, facts(FormCode.EXTENSION, agency=acting)).layout.signer
    assert (s.authority, s.title) == ("", "Q. CHỦ TỊCH")


def test_fee_lines_are_nfc_and_thousands_use_dots(renderer):
    lines = (FeeLine("film_minute", unicodedata.normalize("NFD", "Sao phim"), 25, "phút", 54_000),)
    filled = renderer.fill(facts(FormCode.RESOLUTION, fee_lines=lines))
    (table,) = [b for b in filled.layout.blocks if isinstance(b, Table)]
    assert table.rows[0] == ("1", "Sao phim", "phút", "25", "54.000", "1.350.000")
    assert "Tổng số tiền phải thanh toán: 1.350.000 đồng." in layout_text(filled.layout)
