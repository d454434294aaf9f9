"""FormRenderer: the DocumentRenderer port (services/ports.py) over forms/ and the Decree 30 renderer."""

from __future__ import annotations

from pathlib import Path

from ..domain.documents import DocumentFacts, FormCode, RenderedDocument, TemplateInfo
from .fill import Filled, fill
from .forms_dir import forms_dir
from .templates import FormTemplate, load_templates


class FormRenderer:
    """Loads and checks every template once (a broken template stops here, naming its file and line)."""

    def __init__(self, folder: Path | None = None):
        self._templates = load_templates(folder or forms_dir())

    def template(self, form: FormCode) -> FormTemplate:
        return self._templates[form]

    def info(self, form: FormCode) -> TemplateInfo:
        return self._templates[form].info()

    def fill(self, facts: DocumentFacts) -> Filled:
        return fill(self._templates[facts.form], facts)

    def render(self, facts: DocumentFacts) -> RenderedDocument:
        """Raises ValidationError naming each missing required field of ``facts.extra``."""
        from .decree30 import (
            render_pdf_with_signature_box,  # reportlab is imported only when a paper is drawn
        )

        template = self._templates[facts.form]
        filled = fill(template, facts)
        pdf, signature_box = render_pdf_with_signature_box(filled.layout)
        return RenderedDocument(
            pdf=pdf,
            template_id=template.id,
            template_version=template.version,
            printed_dates=dict(filled.printed_dates),
            signature_box=signature_box,
        )
