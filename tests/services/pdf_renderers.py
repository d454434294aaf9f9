"""For the document service tests: the real FormRenderer made to fail when asked to draw, as a renderer can
half-way through an issue; and the text of a PDF read back (pdfplumber)."""

from __future__ import annotations

import io

import pdfplumber

from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.documents import DocumentFacts, RenderedDocument


class RendererFailure(RuntimeError):
    pass


class FailingRenderer(FormRenderer):
    """Tells the service the real template (id, version, numbering), then fails to draw it."""

    def render(self, facts: DocumentFacts) -> RenderedDocument:
        raise RendererFailure(f"template for {facts.form.value} broke")


def text_of(pdf: bytes) -> str:
    """Every page's text, whitespace folded to single spaces."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((p.extract_text() or "") for p in doc.pages).split())
