"""The log book of a 5,000-request month, exported, against the raw library doing the same rows.

    .venv/bin/python benchmarks/export_bench.py [--requests 5000] [--rounds 3]

A temporary register is filled with one month of requests (tests/services/log_book_data.py, through the
repositories). Then, in rounds that alternate the two sides of each pair:
- XLSX: ``LogBookService.export`` (read in pages from SQLite, styled dates and wrapped cells, fitted widths,
  frozen header, auto-filter, formula totals, atomic write, the audit row) against a raw openpyxl
  write-only workbook given the same rows already as lists of values (one ``append`` per row, then save);
- PDF: ``LogBookService.export`` (Decree 30 heading, cells wrapped to their columns, the heading row on every
  page, page numbers, totals, signatures, atomic write, audit) against one raw reportlab ``Table`` of the
  same ten texts per entry (not wrapped: lines run past their column), ``repeatRows=1``, same font, in a
  ``SimpleDocTemplate`` — what reportlab costs for that table with no layout work of ours.
Medians are printed with their ratio (goal ≤ 1.5×). The baselines' rows are prepared before the timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "services")]

from log_book_data import fill  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from focal_desk.app.paths import Paths  # noqa: E402
from focal_desk.app.wiring import open_app  # noqa: E402
from focal_desk.documents.fonts import REGULAR, serif_family  # noqa: E402
from focal_desk.domain.clock import VN_TZ, FixedClock  # noqa: E402
from focal_desk.domain.log_book import ExportFormat  # noqa: E402
from focal_desk.domain.period import Period  # noqa: E402
from focal_desk.exports.columns import COLUMNS  # noqa: E402
from focal_desk.exports.pdf_cells import entry_texts  # noqa: E402
from focal_desk.exports.pdf_geometry import PDF_COLUMNS  # noqa: E402

MONTH = Period.month(2026, 3)


def raw_xlsx(rows: list[list[object]], target: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("raw")
    for row in rows:
        ws.append(row)
    wb.save(target)


def raw_pdf(rows: list[list[str]], target: Path) -> None:
    doc = SimpleDocTemplate(str(target), pagesize=landscape(A4), invariant=1)
    style = [("FONT", (0, 0), (-1, -1), REGULAR, 9, 11), ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    doc.build([Table(rows, colWidths=[c.width for c in PDF_COLUMNS], repeatRows=1, style=style)])


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        folder = Path(tmp)
        app = open_app(Paths(folder / "data"), clock=FixedClock(datetime(2026, 4, 2, 9, 0, tzinfo=VN_TZ)),
                       officer="Cán bộ đo")
        try:
            started = time.perf_counter()
            fill(app.uow_factory, MONTH.start, MONTH.end, args.requests)
            print(f"register filled with {args.requests} requests in {time.perf_counter() - started:.1f} s")
            service = app.log_book()
            book = service.read(MONTH)
            serif_family()
            xlsx_rows = [[c.header for c in COLUMNS]] + [[c.value(e) for c in COLUMNS] for e in book.entries]
            pdf_rows = [[c.header for c in PDF_COLUMNS]] + [list(entry_texts(e)) for e in book.entries]
            times: dict[str, list[float]] = {k: [] for k in ("xlsx", "raw_xlsx", "pdf", "raw_pdf")}
            for _ in range(args.rounds):
                times["raw_xlsx"].append(timed(lambda: raw_xlsx(xlsx_rows, folder / "raw.xlsx")))
                times["xlsx"].append(timed(lambda: service.export(MONTH, ExportFormat.XLSX, folder / "so.xlsx")))
                times["raw_pdf"].append(timed(lambda: raw_pdf(pdf_rows, folder / "raw.pdf")))
                times["pdf"].append(timed(lambda: service.export(MONTH, ExportFormat.PDF, folder / "so.pdf")))
            print(f"{len(book.entries)} entries, {args.rounds} rounds (s; best of the rounds in brackets)")
            print(f"{'measure':<34}{'focal_desk':>16}{'baseline':>16}{'ratio':>14}")
            for label, ours, raw in (("XLSX (vs raw openpyxl write-only)", "xlsx", "raw_xlsx"),
                                     ("PDF (vs raw reportlab Table)", "pdf", "raw_pdf")):
                mo, mr = statistics.median(times[ours]), statistics.median(times[raw])
                bo, br = min(times[ours]), min(times[raw])
                print(f"{label:<34}{mo:>9.2f} ({bo:.2f}){mr:>9.2f} ({br:.2f}){mo / mr:>7.2f} ({bo / br:.2f})")
        finally:
            app.close()


if __name__ == "__main__":
    main()
