"""Closed vocabularies of the law, with their Vietnamese labels (document text, not UI chrome)."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    IN_PERSON = "in_person"  # trực tiếp (Đ29)
    ELECTRONIC = "electronic"  # mạng điện tử (Đ30)
    POSTAL = "postal"  # dịch vụ bưu chính (Đ31)
    FAX = "fax"  # fax (Đ31)

    @property
    def label_vi(self) -> str:
        return {
            Channel.IN_PERSON: "Trực tiếp",
            Channel.ELECTRONIC: "Mạng điện tử",
            Channel.POSTAL: "Bưu chính",
            Channel.FAX: "Fax",
        }[self]


class Complexity(StrEnum):
    SIMPLE = "simple"
    COMPLEX = "complex"

    @property
    def label_vi(self) -> str:
        return "Đơn giản, có sẵn" if self is Complexity.SIMPLE else "Phức tạp, cần tập hợp"


class RequesterKind(StrEnum):
    CITIZEN = "citizen"
    AUTHORISED = "authorised"  # người được ủy quyền
    LEGAL_REPRESENTATIVE = "legal_representative"  # người đại diện theo pháp luật
    GUARDIAN = "guardian"  # người giám hộ
    FOREIGN_RESIDENT = "foreign_resident"  # người nước ngoài cư trú tại Việt Nam
    ORGANISATION = "organisation"  # tổ chức, đoàn thể, doanh nghiệp thay mặt thành viên

    @property
    def label_vi(self) -> str:
        return {
            RequesterKind.CITIZEN: "Công dân",
            RequesterKind.AUTHORISED: "Người được ủy quyền",
            RequesterKind.LEGAL_REPRESENTATIVE: "Người đại diện theo pháp luật",
            RequesterKind.GUARDIAN: "Người giám hộ",
            RequesterKind.FOREIGN_RESIDENT: "Người nước ngoài cư trú tại Việt Nam",
            RequesterKind.ORGANISATION: "Tổ chức yêu cầu thay thành viên",
        }[self]

    @property
    def acts_for_someone(self) -> bool:
        return self in (
            RequesterKind.AUTHORISED,
            RequesterKind.LEGAL_REPRESENTATIVE,
            RequesterKind.GUARDIAN,
        )


class IdType(StrEnum):
    CCCD = "cccd"  # căn cước công dân / thẻ căn cước, 12 digits
    PERSONAL_ID = "personal_id"  # số định danh cá nhân, 12 digits
    CMND = "cmnd"  # chứng minh nhân dân, 9 or 12 digits
    PASSPORT = "passport"  # hộ chiếu, free form
    OTHER = "other"

    @property
    def label_vi(self) -> str:
        return {
            IdType.CCCD: "Căn cước / CCCD",
            IdType.PERSONAL_ID: "Số định danh cá nhân",
            IdType.CMND: "Chứng minh nhân dân (CMND)",
            IdType.PASSPORT: "Hộ chiếu",
            IdType.OTHER: "Giấy tờ khác",
        }[self]


class ProvisionForm(StrEnum):
    """Form of provision the requester wants (Đ24.2, Đ29, Đ30.2)."""

    READ_ON_SITE = "read_on_site"
    COPY = "copy"
    PHOTO = "photo"
    EMAIL = "email"
    POST = "post"
    FAX = "fax"
    DOWNLOAD = "download"

    @property
    def label_vi(self) -> str:
        return {
            ProvisionForm.READ_ON_SITE: "Đọc, xem, nghe, ghi chép tại chỗ",
            ProvisionForm.COPY: "Nhận bản sao, bản chụp",
            ProvisionForm.PHOTO: "Chụp tài liệu",
            ProvisionForm.EMAIL: "Qua thư điện tử",
            ProvisionForm.POST: "Qua dịch vụ bưu chính",
            ProvisionForm.FAX: "Qua fax",
            ProvisionForm.DOWNLOAD: "Địa chỉ tải / mã truy cập",
        }[self]


class Status(StrEnum):
    RECEIVED = "received"
    AWAITING_SUPPLEMENT = "awaiting_supplement"
    VALID = "valid"
    EXTENDED = "extended"
    PROVIDED = "provided"
    PARTIALLY_PROVIDED = "partially_provided"
    REFUSED = "refused"
    TRANSFERRED = "transferred"
    WITHDRAWN = "withdrawn"
    CORRECTING = "correcting"

    @property
    def label_vi(self) -> str:
        return {
            Status.RECEIVED: "Mới tiếp nhận",
            Status.AWAITING_SUPPLEMENT: "Chờ bổ sung",
            Status.VALID: "Đang giải quyết",
            Status.EXTENDED: "Đã gia hạn",
            Status.PROVIDED: "Đã cung cấp",
            Status.PARTIALLY_PROVIDED: "Cung cấp một phần",
            Status.REFUSED: "Từ chối",
            Status.TRANSFERRED: "Hướng dẫn sang cơ quan có trách nhiệm",
            Status.WITHDRAWN: "Đã rút yêu cầu",
            Status.CORRECTING: "Đang đính chính",
        }[self]

    @property
    def is_open(self) -> bool:
        """The agency still owes the requester an answer."""
        return self in (
            Status.RECEIVED,
            Status.AWAITING_SUPPLEMENT,
            Status.VALID,
            Status.EXTENDED,
            Status.CORRECTING,
        )


class CorrectionKind(StrEnum):
    """Đ32: who found the information wrong, which sets the timer."""

    AGENCY_FOUND = "agency_found"  # correct and re-provide within 5 WD
    REQUESTER_CLAIM = "requester_claim"  # answer within 15 days
    FORWARDED = "forwarded"  # commune asks the creating agency within 5 WD

    @property
    def label_vi(self) -> str:
        return {
            CorrectionKind.AGENCY_FOUND: "Cơ quan phát hiện thông tin sai",
            CorrectionKind.REQUESTER_CLAIM: "Người yêu cầu đề nghị đính chính",
            CorrectionKind.FORWARDED: "Đề nghị cơ quan tạo ra thông tin kiểm tra",
        }[self]
