"""Letters per second: the Decree 30 renderer against reportlab drawing the same page by hand.

    .venv/bin/python benchmarks/letters_bench.py [--letters 200] [--rounds 5]

Both sides make a one-page notice (a Mẫu 03-like Thông báo with a fee table, tests/documents/decree30_samples)
into PDF bytes in this process, with the same bundled font embedded, compression on and invariant mode:
- focal_desk: ``render_pdf(layout)`` — cleaning and escaping the text, the platypus story, the two-column
  heading, wrapping and justifying, the ruled table, the closing kept together;
- baseline: a bare ``Canvas`` with ``drawString`` of the same lines, broken into lines once before timing —
  what reportlab costs with no template or layout machinery.
Rounds alternate the two; the medians are printed with their ratio (goal ≥ 0.6×).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "documents")]

from decree30_samples import notice  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from focal_desk.documents import layout as lay  # noqa: E402
from focal_desk.documents.decree30 import render_pdf  # noqa: E402
from focal_desk.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, serif_family  # noqa: E402

MM = 72 / 25.4


def page_lines(layout: lay.DocumentLayout) -> list[tuple[str, float, float, float, str]]:
    """The notice's text as positioned lines, laid out once (outside the timing) by simple rules."""
    left, width, y = 30 * MM, 165 * MM, A4[1] - 20 * MM - 13
    h = layout.heading
    out = [(REGULAR, 13.0, left, y, h.parent_body), (BOLD, 12.0, left + 75 * MM, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
           (BOLD, 13.0, left, y - 16, h.issuing_body), (BOLD, 13.0, left + 80 * MM, y - 16, "Độc lập - Tự do - Hạnh phúc"),
           (REGULAR, 13.0, left + 10 * MM, y - 36, h.number_line), (ITALIC, 14.0, left + 78 * MM, y - 36, h.place_date),
           (BOLD, 14.0, left + 70 * MM, y - 70, layout.type_line), (BOLD, 14.0, left + 25 * MM, y - 87, layout.subject)]
    y -= 110
    for block in layout.blocks:
        texts = [block.text] if isinstance(block, lay.Paragraph) else [" | ".join(r) for r in (block.header, *block.rows)]
        for text in texts:
            for line in simpleSplit(text, REGULAR, 14, width):
                out.append((REGULAR, 14.0, left, y, line))
                y -= 17
            y -= 6
    s = layout.signer
    for text in (s.authority.upper(), s.title.upper()):
        out.append((BOLD, 13.0, left + 100 * MM, y, text))
        y -= 16
    out.append((BOLD, 14.0, left + 105 * MM, y - 70, s.name))
    out.append((BOLD_ITALIC, 12.0, left, y, "Nơi nhận:"))
    out += [(REGULAR, 11.0, left, y - 14 * (k + 1), r) for k, r in enumerate(layout.recipients)]
    return out


def baseline_pdf(lines: list[tuple[str, float, float, float, str]]) -> bytes:
    out = io.BytesIO()
    canv = Canvas(out, pagesize=A4, invariant=1, pageCompression=1, initialFontName=REGULAR)
    for font, size, x, y, text in lines:
        canv.setFont(font, size)
        canv.drawString(x, y, text)
    canv.line(30 * MM, 100, 195 * MM, 100)
    canv.showPage()
    canv.save()
    return out.getvalue()


def rate(make: object, letters: int) -> float:
    start = time.perf_counter()
    for _ in range(letters):
        make()  # type: ignore[operator]
    return letters / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--letters", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    serif_family()
    layout = notice()
    lines = page_lines(layout)
    render_pdf(layout), baseline_pdf(lines)  # warm: font parsing, imports
    ours, base = [], []
    for _ in range(args.rounds):
        ours.append(rate(lambda: render_pdf(layout), args.letters))
        base.append(rate(lambda: baseline_pdf(lines), args.letters))
    o, b = statistics.median(ours), statistics.median(base)
    print(f"one-page notice, {args.letters} letters x {args.rounds} rounds (medians)")
    print(f"render_pdf: {o:.1f} letters/s; bare canvas drawString: {b:.1f} letters/s; ratio {o / b:.2f}x (goal >= 0.6x)")


if __name__ == "__main__":
    main()
