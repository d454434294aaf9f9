"""The closing: signer block bottom right (room for signature and seal), an optional second signer on the
left, and Nơi nhận bottom left — kept together so that a page break never separates them."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..domain.signature import SignatureBox
from .decree30_columns import Columns
from .decree30_styles import SIGNATURE_SPACE, TEXT_WIDTH, Decree30Styles
from .decree30_text import markup
from .layout import DocumentLayout, Signer

SPACE_ABOVE = 14  # pt between the body and the closing
LEFT_WIDTH = 0.48 * TEXT_WIDTH


class SignatureSpace(Spacer):
    """The room for signature and seal. Draws nothing (the unsigned paper is unchanged); when given a list,
    it appends where it landed, for a digital signature to be placed there."""

    def __init__(self, height: float, placed: list[SignatureBox] | None) -> None:
        super().__init__(1, height)
        self._placed = placed
        self._avail_width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail_width = avail_width
        return super().wrap(avail_width, avail_height)

    def draw(self) -> None:
        if self._placed is not None:
            x, y = self.canv.absolutePosition(0, 0)
            page = self.canv.getPageNumber() - 1
            self._placed.append(SignatureBox(page, float(x), float(y), self._avail_width, float(self.height)))


def signer_flowables(
    signer: Signer, styles: Decree30Styles, placed: list[SignatureBox] | None = None
) -> list[Flowable]:
    out: list[Flowable] = []
    for line in (signer.authority, signer.title):
        if line.strip():
            out.append(Paragraph(markup(line.upper()), styles.signer_upper))
    if signer.hint.strip():
        out.append(Paragraph(markup(signer.hint), styles.signer_hint))
    out.append(SignatureSpace(SIGNATURE_SPACE, placed))
    if signer.name.strip():
        out.append(Paragraph(markup(signer.name), styles.signer_name))
    return out


def recipient_flowables(recipients: tuple[str, ...], styles: Decree30Styles) -> list[Flowable]:
    if not recipients:
        return []
    return [Paragraph(markup("Nơi nhận:"), styles.recipients_label)] + [
        Paragraph(markup(line), styles.recipient) for line in recipients
    ]


def closing(layout: DocumentLayout, styles: Decree30Styles, placed: list[SignatureBox] | None = None) -> Flowable:
    """``placed`` receives the main signer's signature room once drawn (not the left signer's)."""
    signer = signer_flowables(layout.signer, styles, placed)
    recipients = recipient_flowables(layout.recipients, styles)
    widths = (LEFT_WIDTH, TEXT_WIDTH - LEFT_WIDTH)
    if layout.left_signer is None:
        columns = Columns([(recipients, signer)], widths)
    else:
        columns = Columns([(signer_flowables(layout.left_signer, styles), signer), (recipients, [])], widths,
                          row_gap=SPACE_ABOVE)
    return KeepTogether([Spacer(1, SPACE_ABOVE), columns])
