"""The request's state machine: which action is legal in which state (Đ26–Đ32)."""

from __future__ import annotations

from enum import StrEnum

from .enums import Status
from .errors import IllegalTransition


class Action(StrEnum):
    REQUEST_SUPPLEMENT = "request_supplement"  # Đ26.2: clock not running
    MARK_VALID = "mark_valid"  # clock starts; complexity decided
    SEND_NOTICE = "send_notice"  # written notice of the time limit (Đ27, Mẫu 03)
    EXTEND = "extend"  # once, with reason, before the deadline
    PROVIDE = "provide"
    PROVIDE_PARTIAL = "provide_partial"
    REFUSE = "refuse"  # Đ28
    TRANSFER = "transfer"  # Đ26.3, not our responsibility
    WITHDRAW = "withdraw"
    OPEN_CORRECTION = "open_correction"  # Đ32
    CLOSE_CORRECTION = "close_correction"
    EDIT = "edit"

    @property
    def label_vi(self) -> str:
        return _LABELS[self]


_LABELS = {
    Action.REQUEST_SUPPLEMENT: "Đề nghị bổ sung",
    Action.MARK_VALID: "Xác nhận yêu cầu hợp lệ",
    Action.SEND_NOTICE: "Gửi thông báo thời hạn",
    Action.EXTEND: "Gia hạn",
    Action.PROVIDE: "Cung cấp thông tin",
    Action.PROVIDE_PARTIAL: "Cung cấp một phần",
    Action.REFUSE: "Từ chối",
    Action.TRANSFER: "Hướng dẫn sang cơ quan có trách nhiệm",
    Action.WITHDRAW: "Rút yêu cầu",
    Action.OPEN_CORRECTION: "Mở đính chính",
    Action.CLOSE_CORRECTION: "Hoàn tất đính chính",
    Action.EDIT: "Sửa thông tin",
}

S = Status
A = Action


class Back(StrEnum):
    """A target that depends on where the request came from."""

    PRIOR = "prior"  # the state before the correction: provided or partially provided (kept on the correction)


# The states a correction can interrupt, and so the states closing it may return to.
CORRECTABLE = (S.PROVIDED, S.PARTIALLY_PROVIDED)

# state -> action -> next state (None = state unchanged)
TRANSITIONS: dict[Status, dict[Action, Status | Back | None]] = {
    S.RECEIVED: {
        A.REQUEST_SUPPLEMENT: S.AWAITING_SUPPLEMENT,
        A.MARK_VALID: S.VALID,
        A.TRANSFER: S.TRANSFERRED,
        A.WITHDRAW: S.WITHDRAWN,
        A.EDIT: None,
    },
    S.AWAITING_SUPPLEMENT: {
        A.MARK_VALID: S.VALID,
        A.TRANSFER: S.TRANSFERRED,
        A.WITHDRAW: S.WITHDRAWN,
        A.EDIT: None,
    },
    S.VALID: {
        A.SEND_NOTICE: None,
        A.EXTEND: S.EXTENDED,
        A.PROVIDE: S.PROVIDED,
        A.PROVIDE_PARTIAL: S.PARTIALLY_PROVIDED,
        A.REFUSE: S.REFUSED,
        A.TRANSFER: S.TRANSFERRED,
        A.WITHDRAW: S.WITHDRAWN,
        A.EDIT: None,
    },
    S.EXTENDED: {
        A.SEND_NOTICE: None,
        A.PROVIDE: S.PROVIDED,
        A.PROVIDE_PARTIAL: S.PARTIALLY_PROVIDED,
        A.REFUSE: S.REFUSED,
        A.WITHDRAW: S.WITHDRAWN,
        A.EDIT: None,
    },
    S.PROVIDED: {A.OPEN_CORRECTION: S.CORRECTING},
    S.PARTIALLY_PROVIDED: {A.OPEN_CORRECTION: S.CORRECTING},
    S.CORRECTING: {A.CLOSE_CORRECTION: Back.PRIOR},
    S.REFUSED: {},
    S.TRANSFERRED: {},
    S.WITHDRAWN: {},
}


def allowed_actions(status: Status) -> tuple[Action, ...]:
    return tuple(TRANSITIONS[status])


def next_status(status: Status, action: Action, prior: Status | None = None) -> Status:
    """The state after ``action``; raises IllegalTransition when the state does not allow it.

    ``prior``: for a target of ``Back.PRIOR`` (closing a correction), the state the correction interrupted.
    """
    table = TRANSITIONS[status]
    if action not in table:
        raise IllegalTransition(status.label_vi, action.label_vi)
    target = table[action]
    if target is None:
        return status
    if isinstance(target, Back):
        if prior not in CORRECTABLE:
            raise ValueError(f"{action} from {status} needs the prior state (one of {CORRECTABLE}), got {prior}")
        return prior
    return target
