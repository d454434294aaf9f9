"""The Decree 30/2020 renderer: a filled DocumentLayout → PDF bytes (A4, bundled serif embedded, reproducible).

User text is printed as typed: NFC, escaped for reportlab markup, line breaks kept, controls dropped, and any
character the font lacks (emoji) printed as "�" (see decree30_text)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ..domain.signature import SignatureBox
from .decree30_blocks import block_flowables
from .decree30_heading import RuledParagraph, heading_table
from .decree30_page import build_pdf
from .decree30_signature import closing
from .decree30_styles import decree30_styles
from .decree30_text import clean
from .fonts import serif_family
from .layout import DocumentLayout

SPACE_AFTER_HEADING = 14  # pt, when there is no type line (a công văn)


def render_pdf(layout: DocumentLayout) -> bytes:
    return render_pdf_with_signature_box(layout)[0]


def render_pdf_with_signature_box(layout: DocumentLayout) -> tuple[bytes, SignatureBox | None]:
    """The same bytes as render_pdf, and where the signer's room for signature and seal landed (for a
    digital signature; None if the paper has no such room)."""
    serif_family()
    placed: list[SignatureBox] = []
    styles = decree30_styles()
    story: list[Flowable] = [heading_table(layout.heading, styles)]
    if layout.type_line.strip():
        story.append(RuledParagraph(layout.type_line, styles.type_line, 0))
    else:
        story.append(Spacer(1, SPACE_AFTER_HEADING))
    if layout.subject.strip():
        story.append(RuledParagraph(layout.subject, styles.subject, 1 / 3))
    story += block_flowables(layout.blocks, styles)
    story.append(closing(layout, styles, placed))
    pdf = build_pdf(
        story,
        title=clean(layout.title).replace("\n", " "),
        author=clean(layout.heading.issuing_body).replace("\n", " "),
        subject=clean(layout.type_line).replace("\n", " "),
    )
    return pdf, (placed[-1] if placed else None)
