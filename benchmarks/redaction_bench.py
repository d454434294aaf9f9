"""Redaction of a 50-page PDF against pypdfium2 rendering the same pages bare, same run, same dpi.

    .venv/bin/python benchmarks/redaction_bench.py [--pages 50] [--dpi 150] [--rounds 7]

The PDF is made first with reportlab and Tinos: A4 pages of Vietnamese text (30 lines each), three areas a
page to remove (a name, a phone number, a line). Then, in rounds that alternate the two sides:
- ``digitise.redact.redact``: check the areas, render every page, fill the areas, encode, rebuild with img2pdf
  at the original page sizes, hash, write atomically;
- bare: open the same PDF with pypdfium2 and render every page at the same dpi (``page.render``), nothing
  else — what any rendering of the pages costs.
Medians are printed with their ratio (goal ≤ 1.5×).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "digitise")]

import pypdfium2 as pdfium  # noqa: E402
from digitise_files import text_pdf  # noqa: E402

from focal_desk.digitise.redact import RedactionArea, redact  # noqa: E402

WORDS = [
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "xã",
    "Đông",
    "Hưng",
    "quyết",
    "định",
    "công",
    "bố",
    "thủ",
    "tục",
    "hành",
    "chính",
    "lĩnh",
    "vực",
    "đất",
    "đai",
    "bồi",
    "thường",
]


def make_pdf(path: Path, pages: int) -> Path:
    lines = [" ".join(WORDS[(i + j) % len(WORDS)] for j in range(10)) for i in range(30)]
    lines[3] = "Ông Nguyễn Văn Đức, số điện thoại 0912345678"
    return text_pdf(path, [lines] * pages, size=11)


def areas_for(pages: int) -> list[RedactionArea]:
    # line i's baseline is 100 + 40 i pt from the top (digitise_files.text_pdf)
    return [
        a
        for p in range(1, pages + 1)
        for a in (
            RedactionArea(p, 70, 205, 200, 222, ground="6.2.b"),
            RedactionArea(p, 230, 205, 360, 222, ground="6.2.b"),
            RedactionArea(p, 70, 405, 520, 422, ground="7.2"),
        )
    ]


def bare(path: Path, dpi: int) -> None:
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            page.render(scale=dpi / 72)
            page.close()
    finally:
        doc.close()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="redaction-bench-") as tmp:
        folder = Path(tmp)
        source = make_pdf(folder / "goc.pdf", args.pages)
        areas = areas_for(args.pages)
        out = folder / "ban-che.pdf"
        redact(source, areas, out, dpi=args.dpi)  # warm-up: imports, fonts, caches
        bare(source, args.dpi)
        ours: list[float] = []
        base: list[float] = []
        for _ in range(args.rounds):
            ours.append(timed(lambda: redact(source, areas, out, dpi=args.dpi)))
            base.append(timed(lambda: bare(source, args.dpi)))
        size_in, size_out = source.stat().st_size, out.stat().st_size
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(
        f"{args.pages} pages at {args.dpi} dpi, {len(areas)} areas, {args.rounds} rounds (medians, best in brackets)"
    )
    print(
        f"  redact (render, fill, JPEG, img2pdf, hash, atomic write): {m_ours:.3f} s (best {min(ours):.3f})"
    )
    print(
        f"  bare pypdfium2 render of the same pages:                   {m_base:.3f} s (best {min(base):.3f})"
    )
    print(f"  ratio: {m_ours / m_base:.2f}x (best-of {min(ours) / min(base):.2f}x; goal <= 1.5x)")
    paired = statistics.median(o / b for o, b in zip(ours, base, strict=True))
    print(f"  median of the rounds' own ratios (each round's two sides run back to back): {paired:.2f}x")
    print(f"  per page: {1000 * m_ours / args.pages:.1f} ms vs {1000 * m_base / args.pages:.1f} ms")
    print(f"  sizes: source {size_in / 1024:.0f} KiB, redacted copy {size_out / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
