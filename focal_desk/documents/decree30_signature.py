"""The closing: signer block bottom right (room for signature and seal), an optional second signer on the
left, and Nơi nhận bottom left — kept together so that a page break never separates them."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .decree30_columns import Columns
from .decree30_styles import SIGNATURE_SPACE, TEXT_WIDTH, Decree30Styles
from .decree30_text import markup
from .layout import DocumentLayout, Signer

SPACE_ABOVE = 14  # pt between the body and the closing
LEFT_WIDTH = 0.48 * TEXT_WIDTH


def signer_flowables(signer: Signer, styles: Decree30Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for line in (signer.authority, signer.title):
        if line.strip():
            out.append(Paragraph(markup(line.upper()), styles.signer_upper))
    if signer.hint.strip():
        out.append(Paragraph(markup(signer.hint), styles.signer_hint))
    out.append(Spacer(1, SIGNATURE_SPACE))
    if signer.name.strip():
        out.append(Paragraph(markup(signer.name), styles.signer_name))
    return out


def recipient_flowables(recipients: tuple[str, ...], styles: Decree30Styles) -> list[Flowable]:
    if not recipients:
        return []
    return [Paragraph(markup("Nơi nhận:"), styles.recipients_label)] + [
        Paragraph(markup(line), styles.recipient) for line in recipients
    ]


def closing(layout: DocumentLayout, styles: Decree30Styles) -> Flowable:
    signer = signer_flowables(layout.signer, styles)
    recipients = recipient_flowables(layout.recipients, styles)
    widths = (LEFT_WIDTH, TEXT_WIDTH - LEFT_WIDTH)
    if layout.left_signer is None:
        columns = Columns([(recipients, signer)], widths)
    else:
        columns = Columns([(signer_flowables(layout.left_signer, styles), signer), (recipients, [])], widths,
                          row_gap=SPACE_ABOVE)
    return KeepTogether([Spacer(1, SPACE_ABOVE), columns])
