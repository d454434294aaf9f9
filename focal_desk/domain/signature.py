"""Digital signatures on issued papers (ND13 Đ10.2: a reply to an electronic request may be signed digitally).

Only names things: where the signature goes on the page, what the officer gives to sign (the PKCS#12 file and
its password, never stored), and what checking a signed file found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True)
class SignatureBox:
    """The room left for signature and seal in the signer block, in PDF points from the page's bottom left;
    ``page`` counts from 0."""

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class SigningCredentials:
    """Given at signing time only: the password is never written to the database or a log."""

    certificate: Path  # a PKCS#12 file (.p12 / .pfx)
    password: str = field(repr=False)


class SignatureStatus(StrEnum):
    NOT_SIGNED = "not_signed"
    VALID = "valid"  # intact, and the certificate chains to a root we were told to trust
    VALID_UNTRUSTED = "valid_untrusted"  # intact, but the certificate was not checked against a trusted root
    BROKEN = "broken"  # the signed bytes or the signature itself do not match


@dataclass(frozen=True)
class SignatureCheck:
    status: SignatureStatus
    signer: str = ""  # the certificate's common name
    signed_at: datetime | None = None  # as the signature states it (not a trusted timestamp)
    modified_after: bool = False  # bytes were added after the signature (an incremental update)
    detail: str = ""

    @property
    def signed(self) -> bool:
        return self.status is not SignatureStatus.NOT_SIGNED

    @property
    def intact(self) -> bool:
        return (
            self.status in (SignatureStatus.VALID, SignatureStatus.VALID_UNTRUSTED)
            and not self.modified_after
        )
