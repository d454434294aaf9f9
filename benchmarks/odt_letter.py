"""The same filled letter as an OpenDocument text (.odt) for the LibreOffice side of letters_bench.py.

Built from the DocumentLayout that FormRenderer draws, with the Decree 30 geometry of decree30_styles: A4,
margins 20/20/30/15 mm, Tinos, body 14 pt on a 17 pt line with 6 pt before and a 1.27 cm first-line indent;
the two-column heading as a borderless table (0.44 / 0.56), the short rules under the issuing body and the
subject as bordered empty paragraphs, the Tiêu ngữ underlined; ruled tables at 12 pt; the closing as a
borderless table (0.48 / 0.52), Nơi nhận left, signer right with 25 mm for the signature."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from focal_desk.documents import layout as lay
from focal_desk.documents.decree30_heading import MOTTO, NATIONAL, break_before_unit
from focal_desk.documents.decree30_styles import HEADING_LEFT_WIDTH, decree30_styles
from focal_desk.documents.fonts import BOLD, serif_family

TEXT_MM = 165.0
PT_MM = 25.4 / 72
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"'
)
FONTS = ('<office:font-face-decls><style:font-face style:name="Tinos" svg:font-family="Tinos" '
         'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>')


def _para_style(name: str, size: float, *, bold: bool = False, italic: bool = False, align: str = "center",
                leading: float | None = None, before: float = 0, indent: float = 0, underline: bool = False,
                extra: str = "") -> str:
    text = f'style:font-name="Tinos" fo:font-size="{size}pt"'
    text += ' fo:font-weight="bold"' if bold else ""
    text += ' fo:font-style="italic"' if italic else ""
    text += ' style:text-underline-style="solid" style:text-underline-width="auto"' if underline else ""
    lead = leading if leading is not None else round(size * 1.2, 1)
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties '
            f'fo:text-align="{align}" fo:line-height="{lead}pt" fo:margin-top="{before}pt" fo:margin-bottom="0pt" '
            f'fo:text-indent="{indent}cm" {extra}/><style:text-properties {text}/></style:style>')


def _rule_style(name: str, length_mm: float, column_mm: float) -> str:
    side = max((column_mm - length_mm) / 2, 0)
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties '
            f'fo:margin-left="{side:.1f}mm" fo:margin-right="{side:.1f}mm" fo:margin-top="0pt" '
            f'fo:margin-bottom="0pt" fo:line-height="3pt" fo:border-top="0.6pt solid #000000"/>'
            f'<style:text-properties fo:font-size="2pt"/></style:style>')


def _table_styles(name: str, widths_mm: list[float], *, ruled: bool) -> str:
    out = (f'<style:style style:name="{name}" style:family="table"><style:table-properties '
           f'style:width="{sum(widths_mm):.1f}mm" table:align="left" fo:margin-top="{6 if ruled else 0}pt"/></style:style>')
    for k, w in enumerate(widths_mm):
        out += (f'<style:style style:name="{name}.c{k}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.1f}mm"/></style:style>')
    border = 'fo:border="0.5pt solid #000000"' if ruled else 'fo:border="none"'
    pad = 'fo:padding-left="1.4mm" fo:padding-right="1.4mm" fo:padding-top="0.7mm" fo:padding-bottom="1.4mm"' \
        if ruled else 'fo:padding="0mm"'
    out += (f'<style:style style:name="{name}.cell" style:family="table-cell"><style:table-cell-properties '
            f'{border} {pad} style:vertical-align="top"/></style:style>')
    return out


def _p(style: str, text: str) -> str:
    body = "<text:line-break/>".join(escape(part) for part in text.split("\n"))
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def _table(name: str, widths_mm: list[float], rows: list[list[str]]) -> str:
    cols = "".join(f'<table:table-column table:style-name="{name}.c{k}"/>' for k in range(len(widths_mm)))
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="{name}.cell" office:value-type="string">{cell}</table:table-cell>'
        for cell in row) + "</table:table-row>" for row in rows)
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'


def _third_mm(text: str, size: float) -> float:
    """A third of the widest line in bold, as the Decree 30 renderer rules it."""
    return max(stringWidth(line, BOLD, size) for line in text.split("\n")) / 3 * PT_MM


def content_xml(layout: lay.DocumentLayout) -> str:
    serif_family()
    s = decree30_styles()
    left_mm, right_mm = TEXT_MM * 0.44, TEXT_MM * 0.56
    body = dict(leading=17, before=6)
    h = layout.heading
    issuing = break_before_unit(h.issuing_body, s.issuing_body, HEADING_LEFT_WIDTH)
    styles = [
        _para_style("Parent", 13, leading=15), _para_style("Issuing", 13, bold=True, leading=15),
        _para_style("National", 12, bold=True), _para_style("Motto", 13, bold=True, underline=True),
        _para_style("Number", 13, before=5), _para_style("PlaceDate", 14, italic=True, before=5),
        _para_style("Type", 14, bold=True, before=20), _para_style("Subject", 14, bold=True, leading=17),
        _para_style("body", 14, align="justify", indent=1.27, **body),
        _para_style("plain", 14, align="justify", **body), _para_style("centred", 14, **body),
        _para_style("heading", 14, bold=True, align="start", **body),
        _para_style("note", 12, italic=True, align="justify", leading=14.5, before=6),
        _para_style("Cell", 12, align="start", leading=14), _para_style("CellNum", 12, align="end", leading=14),
        _para_style("CellHead", 12, bold=True, leading=14),
        _para_style("Signer", 13, bold=True, leading=15.5), _para_style("SignerHint", 13, italic=True, leading=15.5),
        _para_style("SignerName", 14, bold=True), _para_style("SignSpace", 14, leading=17),
        _para_style("NNLabel", 12, bold=True, italic=True, align="start"),
        _para_style("NN", 11, align="start", leading=13), _para_style("Gap", 14, leading=14),
        _rule_style("RuleIssuing", _third_mm(issuing, 13), left_mm),
        _rule_style("RuleSubject", _third_mm(layout.subject, 14), TEXT_MM),
        _table_styles("Heading", [left_mm, right_mm], ruled=False),
        _table_styles("Closing", [TEXT_MM * 0.48, TEXT_MM * 0.52], ruled=False),
    ]
    agency = _p("Parent", break_before_unit(h.parent_body, s.parent_body, HEADING_LEFT_WIDTH))
    agency += _p("Issuing", issuing)
    agency += _p("RuleIssuing", "")
    national = _p("National", NATIONAL) + _p("Motto", MOTTO)
    parts = [_table("Heading", [left_mm, right_mm],
                    [[agency, national], [_p("Number", h.number_line), _p("PlaceDate", h.place_date)]])]
    parts += [_p("Type", layout.type_line), _p("Subject", layout.subject), _p("RuleSubject", "")]
    for k, block in enumerate(layout.blocks):
        if isinstance(block, lay.Paragraph):
            parts.append(_p(block.style.value, block.text))
            continue
        name = f"T{k}"
        total = sum(block.widths)
        widths = [TEXT_MM * w / total for w in block.widths]
        styles.append(_table_styles(name, widths, ruled=True))
        rows = [[_p("CellHead", t) for t in block.header]]
        rows += [[_p("CellNum" if c in block.numeric_columns else "Cell", t) for c, t in enumerate(row)]
                 for row in block.rows]
        parts.append(_table(name, widths, rows))
    sg = layout.signer
    signer = "".join(_p("Signer", line.upper()) for line in (sg.authority, sg.title) if line.strip())
    signer += _p("SignerHint", sg.hint) if sg.hint.strip() else ""
    signer += '<text:p text:style-name="SignSpace"/>' * 4 + _p("SignerName", sg.name)  # 4 × 17 pt ≈ 25 mm
    recipients = _p("NNLabel", "Nơi nhận:") + "".join(_p("NN", r) for r in layout.recipients)
    parts += [_p("Gap", ""), _table("Closing", [TEXT_MM * 0.48, TEXT_MM * 0.52], [[recipients, signer]])]
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{FONTS}'
            f'<office:automatic-styles>{"".join(styles)}</office:automatic-styles>'
            f'<office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>')


STYLES_XML = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>{FONTS}'
    '<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Tinos" '
    'fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style></office:styles>'
    '<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties '
    'fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="20mm" '
    'fo:margin-bottom="20mm" fo:margin-left="30mm" fo:margin-right="15mm"/></style:page-layout>'
    '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
    'style:page-layout-name="A4"/></office:master-styles></office:document-styles>'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>'
)


def odt_bytes(layout: lay.DocumentLayout) -> bytes:
    """A valid .odt: ``mimetype`` first and stored, then the parts, deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, text in (("content.xml", content_xml(layout)), ("styles.xml", STYLES_XML),
                           ("META-INF/manifest.xml", MANIFEST)):
            z.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
