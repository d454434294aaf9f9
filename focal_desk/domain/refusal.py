"""Refusal grounds of Đ28.1 (Luật 104/2016), with the text a refusal notice quotes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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


@dataclass(frozen=True)
class RefusalText:
    ground: RefusalGround
    text: str


REFUSAL_TEXTS: dict[RefusalGround, RefusalText] = {
    g.ground: g
    for g in (
        RefusalText(
            RefusalGround.A,
            "Thông tin thuộc diện không được tiếp cận theo Điều 6 của Luật Tiếp cận thông tin; thông tin "
            "thuộc diện tiếp cận có điều kiện theo Điều 7 mà không đáp ứng đủ điều kiện cung cấp.",
        ),
        RefusalText(
            RefusalGround.B,
            "Thông tin đã được công khai theo Điều 17 của Luật Tiếp cận thông tin (trừ trường hợp quy định "
            "tại khoản 1 Điều 23); cơ quan hướng dẫn nơi tiếp cận.",
        ),
        RefusalText(
            RefusalGround.C,
            "Thông tin được yêu cầu không thuộc trách nhiệm cung cấp của cơ quan tiếp nhận yêu cầu.",
        ),
        RefusalText(
            RefusalGround.D,
            "Thông tin đã được cung cấp 02 lần cho chính người yêu cầu mà không có lý do chính đáng.",
        ),
        RefusalText(
            RefusalGround.DD,
            "Việc cung cấp thông tin vượt quá khả năng đáp ứng hoặc làm ảnh hưởng nghiêm trọng đến hoạt động "
            "bình thường của cơ quan.",
        ),
        RefusalText(
            RefusalGround.E,
            "Người yêu cầu chưa thực hiện nghĩa vụ thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin.",
        ),
    )
}
