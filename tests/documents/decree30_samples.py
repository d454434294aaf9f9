"""DocumentLayouts for the Decree 30 renderer's tests and benchmark: a one-page notice, and builders for
long or hostile content."""

from __future__ import annotations

from dataclasses import replace

from focal_desk.documents.layout import BlockStyle, DocumentLayout, Heading, Paragraph, Signer, Table

HEADING = Heading(
    parent_body="UBND HUYỆN ĐẠO TRÙ",
    issuing_body="ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ",
    number_line="Số: 05/TB-UBND",
    place_date="Đạo Trù, ngày 05 tháng 01 năm 2026",
)

SIGNER = Signer(authority="TM. Ủy ban nhân dân", title="Chủ tịch", name="Nguyễn Văn An")


def notice(**changes: object) -> DocumentLayout:
    """Mẫu 03-like: a one-page Thông báo with a fee table."""
    base = DocumentLayout(
        heading=HEADING,
        type_line="THÔNG BÁO",
        subject="Về việc giải quyết yêu cầu cung cấp thông tin",
        blocks=(
            Paragraph("Kính gửi: Ông Trần Văn Bình, thôn Đồng Tâm, xã Đạo Trù.", BlockStyle.CENTRED),
            Paragraph(
                "Ủy ban nhân dân xã Đạo Trù đã nhận được Phiếu yêu cầu cung cấp thông tin của ông ngày 02 "
                "tháng 01 năm 2026 về việc cung cấp bản sao quyết định giao đất năm 2019 của thôn Đồng Tâm. "
                "Căn cứ Điều 27 Luật Tiếp cận thông tin, Ủy ban nhân dân xã thông báo như sau:"
            ),
            Paragraph("1. Thời hạn, địa điểm và hình thức cung cấp thông tin", BlockStyle.HEADING),
            Paragraph("Thông tin được cung cấp trước ngày 16 tháng 01 năm 2026 tại bộ phận một cửa của "
                      "Ủy ban nhân dân xã, dưới hình thức bản sao giấy."),
            Paragraph("2. Chi phí thực hiện việc cung cấp thông tin", BlockStyle.HEADING),
            Table(
                header=("STT", "Nội dung", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"),
                rows=(
                    ("1", "Sao chụp tài liệu khổ A4 đen trắng", "12", "500", "6.000"),
                    ("2", "Gửi thông tin qua dịch vụ bưu chính", "1", "48.000", "48.000"),
                    ("", "Tổng cộng", "", "", "54.000"),
                ),
                widths=(0.08, 0.44, 0.14, 0.16, 0.18),
                numeric_columns=(2, 3, 4),
            ),
            Paragraph("Phương thức thanh toán: nộp trực tiếp tại bộ phận một cửa, chậm nhất ngày "
                      "14 tháng 01 năm 2026.", BlockStyle.PLAIN),
            Paragraph("Ghi chú: phí thu theo Thông tư số 46/2018/TT-BTC.", BlockStyle.NOTE),
        ),
        signer=SIGNER,
        recipients=("- Ông Trần Văn Bình;", "- Lưu: VT."),
        title="Thông báo 05/TB-UBND",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def long_request_text(chars: int = 10_000) -> str:
    sentence = ("Đề nghị cung cấp toàn bộ hồ sơ, tài liệu liên quan đến việc thu hồi đất, bồi thường, hỗ trợ "
                "và tái định cư tại thôn Đồng Tâm trong các năm 2018, 2019 và 2020. ")
    return (sentence * (chars // len(sentence) + 1))[:chars]
