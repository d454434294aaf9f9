"""What can go wrong reading a digitised file, said in one Vietnamese sentence."""

from __future__ import annotations

from focal_desk.domain.errors import FocalDeskError


class DigitiseError(FocalDeskError):
    """A file that cannot be read as a scan or document (damaged, not what its name says, too big)."""


class DigitiseCancelled(DigitiseError):
    """The officer pressed Cancel during a long run (OCR, redaction)."""
