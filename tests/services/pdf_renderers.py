"""Renderers for the document service tests: the real FormRenderer is built beside this work, so these
stand in for the DocumentRenderer port. One draws a real one-page PDF from the facts (reportlab canvas,
invariant mode), the other fails when asked to render, as a renderer can half-way through an issue."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from focal_desk.domain.documents import DocumentFacts, FormCode, RenderedDocument, TemplateInfo

TYPE_ABBR = {FormCode.RECEIPT: "PTN", FormCode.RESOLUTION: "PGQ", FormCode.EXTENSION: "TB", FormCode.REFUSAL: "TB"}
UNNUMBERED = (FormCode.REQUEST_FORM, FormCode.REQUEST_FORM_ORG, FormCode.CONSENT)


class CanvasRenderer:
    def __init__(self) -> None:
        self.rendered: list[DocumentFacts] = []

    def info(self, form: FormCode) -> TemplateInfo:
        return TemplateInfo(
            form=form,
            template_id=f"test-{form.value}",
            version=3,
            title=f"Mẫu {form.value}",
            type_abbr=TYPE_ABBR.get(form, ""),
            numbered=form not in UNNUMBERED,
        )

    def render(self, facts: DocumentFacts) -> RenderedDocument:
        self.rendered.append(facts)
        out = BytesIO()
        canvas = Canvas(out, pagesize=A4, invariant=1)
        canvas.drawString(90, 780, facts.agency.name)
        canvas.drawString(90, 760, f"Số: {facts.number.text}" if facts.number else "Số: ")
        canvas.drawString(90, 740, f"Mẫu {facts.form.value}, ngày {facts.issued_on:%d/%m/%Y}")
        if facts.request is not None:
            canvas.drawString(90, 720, facts.request.info_requested)
        for i, line in enumerate(facts.fee_lines):
            canvas.drawString(90, 700 - 14 * i, f"{line.label}: {line.quantity} x {line.unit_rate} = {line.amount}")
        canvas.showPage()
        canvas.save()
        due = facts.request.deadlines.answer_due if facts.request is not None else None
        return RenderedDocument(
            pdf=out.getvalue(),
            template_id=f"test-{facts.form.value}",
            template_version=3,
            printed_dates={"answer_due": due} if due else {},
        )


class RendererFailure(RuntimeError):
    pass


class FailingRenderer(CanvasRenderer):
    def render(self, facts: DocumentFacts) -> RenderedDocument:
        raise RendererFailure(f"template for {facts.form.value} broke")
