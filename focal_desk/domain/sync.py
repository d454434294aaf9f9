"""The office's side of the link to the province (issue 10): the outbox of signed monthly summaries, what the
province answered, and the errors of the transport. Plain data; the package format is focal_desk/sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .errors import EnvironmentProblem, FocalDeskError


class OutboxState(StrEnum):
    QUEUED = "queued"  # waiting to be sent (maybe after next_try_at)
    SENT = "sent"  # the province answered 200 (accepted, duplicate or stale): done
    REFUSED = "refused"  # the province answered 4xx: kept with its reason, never retried blindly
    EXPORTED = "exported"  # written to a file for a stick (not sent over the network)
    SUPERSEDED = "superseded"  # a later revision of the same month was queued before this one left


@dataclass(frozen=True)
class OutboxEntry:
    id: int | None
    month: str  # "2026-11"
    revision: int
    package: bytes  # the signed file, exactly as sent
    sha256: str  # of ``package``
    content_digest: str  # of what the numbers say (office, rule sets, indicators): a new revision when it changes
    state: OutboxState
    created_at: datetime
    attempts: int = 0
    next_try_at: datetime | None = None
    last_error: str = ""
    acknowledged_at: datetime | None = None
    answer: str = ""  # the province's status: accepted / duplicate / stale


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    office_code: str
    office_name: str
    province_key: str  # base64 raw Ed25519 public key


class ProvinceUnreachable(EnvironmentProblem):
    """No answer (no network, connection cut, timeout) or a 5xx: the package stays queued."""


class ProvinceFailed(ProvinceUnreachable):
    """The server answered but failed (5xx): this package waits, the next ones may still go."""


class ProvinceRefused(FocalDeskError):
    """The province answered 4xx: ``status`` and its one-sentence reason."""

    def __init__(self, status: int, reason: str):
        self.status = status
        self.reason = reason
        super().__init__(f"Máy chủ tỉnh từ chối ({status}): {reason}")


class SyncBusy(EnvironmentProblem):
    """Another sync of this register is running (one at a time)."""


class AnnouncementRejected(FocalDeskError):
    """A province announcement that does not verify or does not hold what it says: nothing applied."""
