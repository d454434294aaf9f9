"""Typed errors. The UI routes them by type, never by message text."""

from __future__ import annotations


class FocalDeskError(Exception):
    """Base of every error the app raises on purpose."""


class ValidationError(FocalDeskError):
    """Bad input. ``errors`` maps a field name to a Vietnamese message shown beside that field."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class IllegalTransition(FocalDeskError):
    """The request's current state does not allow the action."""

    def __init__(self, status: str, action: str, reason: str = ""):
        self.status = status
        self.action = action
        self.reason = reason
        text = f"Không thể '{action}' khi yêu cầu đang ở trạng thái '{status}'"
        super().__init__(f"{text}: {reason}" if reason else text)


class NotFound(FocalDeskError):
    def __init__(self, what: str, key: object):
        self.what = what
        self.key = key
        super().__init__(f"Không tìm thấy {what}: {key}")


class CalendarGap(FocalDeskError):
    """A deadline would run into a period the calendar has no data for."""


class CalendarNotCovered(CalendarGap):
    """Inside a unit of work, a computation needed a year the calendar was not prepared for beforehand.

    The calendar is extended only before a unit of work opens (never inside one: that would be a second
    writer waiting on the first); a service that prepared the wrong years is a bug, so the action stops.
    """

    def __init__(self, years: list[int]):
        self.years = years
        listed = ", ".join(str(y) for y in years)
        super().__init__(f"Lịch làm việc chưa được chuẩn bị cho năm {listed}; không ghi gì. Vui lòng thử lại.")


class EnvironmentProblem(FocalDeskError):
    """Disk full, database locked, network down: not the user's fault, retrying may help."""


class RegisterProblem(FocalDeskError):
    """The register file is damaged, replaced, emptied or behind its manifest: writing is stopped so that
    nothing more is lost and no register number is issued twice. The way out is a restore from a backup.

    ``kind`` is one of "damaged", "missing", "replaced", "behind"."""

    def __init__(self, kind: str, message: str):
        self.kind = kind
        super().__init__(message)


class RegisterNotEmpty(FocalDeskError):
    """Demo data goes only into an empty register: invented requests must never mix with real ones."""

    def __init__(self, count: int):
        self.count = count
        super().__init__(
            f"Sổ theo dõi đã có {count} yêu cầu: dữ liệu mẫu chỉ được tạo trong một sổ trống "
            "(một thư mục dữ liệu mới), để không lẫn với yêu cầu thật."
        )


class NoRegister(FocalDeskError):
    """A command that only reads was pointed at a folder holding no register: nothing is created there
    (a mistyped --data-dir must not look like an empty, healthy register)."""

    def __init__(self, folder: str):
        self.folder = folder
        super().__init__(
            f"Không có sổ theo dõi trong thư mục dữ liệu {folder} (chưa từng dùng, hoặc gõ nhầm --data-dir); "
            "lệnh chỉ đọc không tạo sổ mới."
        )


class DocumentTampered(FocalDeskError):
    """An issued document's file is missing or no longer the file that was issued (its SHA-256 differs):
    it is not opened or reprinted. The register row still holds its number, date and hash."""

    def __init__(self, path: str, expected: str, found: str | None):
        self.path = path
        self.expected = expected
        self.found = found
        what = "không còn" if found is None else "đã bị thay đổi sau khi phát hành"
        super().__init__(f"Tệp văn bản {path} {what}; không mở hay in lại. Mã SHA-256 đã ghi: {expected}")


class SignatureBroken(DocumentTampered):
    """A digitally signed document whose signature no longer matches its bytes: not opened or reprinted."""

    def __init__(self, path: str, expected: str, detail: str):  # its own message, not the hash one
        self.path = path
        self.expected = expected
        self.found = expected  # the hash matched: the bytes are the ones recorded, their signature is not
        self.detail = detail
        FocalDeskError.__init__(self, f"Chữ ký số của văn bản {path} không còn hợp lệ; không mở hay in lại. {detail}")
