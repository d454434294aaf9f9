"""Refusal grounds of Đ28.1 (Luật 104/2016), with the text a refusal notice quotes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError

REPEATS_FOR_GROUND_D = 2  # Đ28.1.d: the same information already provided twice to the same requester


class RefusalGround(StrEnum):
    A = "a"
    B = "b"
    C = "c"
    D = "d"
    DD = "dd"  # điểm đ
    E = "e"

    @property
    def point(self) -> str:
        return "đ" if self is RefusalGround.DD else self.value

    @property
    def text_vi(self) -> str:
        return REFUSAL_TEXTS[self].text

    @property
    def short_vi(self) -> str:
        return REFUSAL_TEXTS[self].short


@dataclass(frozen=True)
class RefusalText:
    ground: RefusalGround
    text: str
    short: str  # a few words, so a list of grounds says what each one means


REFUSAL_TEXTS: dict[RefusalGround, RefusalText] = {
    g.ground: g
    for g in (
        RefusalText(
            RefusalGround.A,
            "Thông tin thuộc diện không được tiếp cận theo Điều 6 của Luật Tiếp cận thông tin; thông tin "
            "thuộc diện tiếp cận có điều kiện theo Điều 7 mà không đáp ứng đủ điều kiện cung cấp.",
            "Thông tin không được tiếp cận hoặc chưa đủ điều kiện tiếp cận",
        ),
        RefusalText(
            RefusalGround.B,
            "Thông tin đã được công khai theo Điều 17 của Luật Tiếp cận thông tin (trừ trường hợp quy định "
            "tại khoản 1 Điều 23); cơ quan hướng dẫn nơi tiếp cận.",
            "Thông tin đã được công khai",
        ),
        RefusalText(
            RefusalGround.C,
            "Thông tin được yêu cầu không thuộc trách nhiệm cung cấp của cơ quan tiếp nhận yêu cầu.",
            "Không thuộc trách nhiệm cung cấp của cơ quan",
        ),
        RefusalText(
            RefusalGround.D,
            "Thông tin đã được cung cấp 02 lần cho chính người yêu cầu mà không có lý do chính đáng.",
            "Đã cung cấp 02 lần cho chính người yêu cầu",
        ),
        RefusalText(
            RefusalGround.DD,
            "Việc cung cấp thông tin vượt quá khả năng đáp ứng hoặc làm ảnh hưởng nghiêm trọng đến hoạt động "
            "bình thường của cơ quan.",
            "Vượt quá khả năng đáp ứng của cơ quan",
        ),
        RefusalText(
            RefusalGround.E,
            "Người yêu cầu chưa thực hiện nghĩa vụ thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin.",
            "Chưa thanh toán chi phí thực tế",
        ),
    )
}


def check_repeat_ground(ground: RefusalGround, earlier_provisions: int, note: str) -> None:
    """Đ28.1.d needs the two earlier provisions: counted in the register, or described by the officer
    (e.g. provided on paper before the register was kept in the app)."""
    if ground is not RefusalGround.D or earlier_provisions >= REPEATS_FOR_GROUND_D or note:
        return
    counted = "chưa ghi lần nào" if earlier_provisions == 0 else f"mới ghi {earlier_provisions:02d} lần"
    raise ValidationError.single(
        "earlier_provisions_note",
        f"Chỉ từ chối theo điểm d khoản 1 Điều 28 khi thông tin này đã được cung cấp 02 lần cho chính người "
        f"yêu cầu; sổ theo dõi {counted}. Hãy ghi rõ các lần cung cấp trước (ví dụ: ghi trên sổ giấy trước "
        f"khi dùng phần mềm) hoặc chọn căn cứ khác.",
    )


def offered_grounds(unpaid_after_deadline: bool) -> tuple[RefusalGround, ...]:
    """The grounds a refusal may rest on now: Đ28.1.e (costs not paid) only once the requester let the
    payment deadline pass without paying what the Mẫu 03 stated."""
    return tuple(g for g in RefusalGround if g is not RefusalGround.E or unpaid_after_deadline)
