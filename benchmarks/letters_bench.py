"""Letters per second: a real Mẫu 03 through FormRenderer against reportlab by hand and LibreOffice headless.

    .venv/bin/python benchmarks/letters_bench.py [--letters 40] [--rounds 5] [--soffice-rounds 2]

The letter is a Mẫu 03 Phiếu giải quyết (forms/03-phieu-giai-quyet.toml) filled from the register's facts of
tests/documents/forms_facts.py, the free-of-charge case (one page; with the fee table and payment section it
runs to two). Three ways to turn it into one A4 PDF:
- focal_desk: ``FormRenderer.render(facts)`` — the template filled (placeholders, conditions, dates) and the
  Decree 30 render (platypus story, two-column heading, justified body, closing), Tinos embedded;
- (a) baseline: a bare reportlab ``Canvas`` with ``drawString`` of the same lines in the same four faces, lines
  broken once before timing — reportlab with no template or layout machinery, in this process;
- (b) LibreOffice: the same letter as an .odt (benchmarks/odt_letter.py: same text, Tinos, A4, the Decree 30
  margins and spacing), N copies converted by one ``soffice --headless --convert-to pdf`` call with a private
  profile. Its wall time includes soffice's start-up; a 1-file call measures that start-up, and the per-letter
  time with it subtracted is printed too. The primary ratio uses the batch including start-up.
Rounds alternate the sides; medians. Goals: (a) ≥ 0.6×, (b) ≥ 10×. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "documents"), str(REPO / "benchmarks")]

from forms_facts import EXTRAS, facts  # noqa: E402
from odt_letter import odt_bytes  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from focal_desk.documents import layout as lay  # noqa: E402
from focal_desk.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, serif_family  # noqa: E402
from focal_desk.documents.renderer import FormRenderer  # noqa: E402
from focal_desk.domain.documents import DocumentFacts, FormCode  # noqa: E402

MM = 72 / 25.4


def mau03() -> DocumentFacts:
    """Mẫu 03 for the citizen's request, no fees (so no payment section): one page."""
    extra = {k: v for k, v in EXTRAS[FormCode.RESOLUTION].items() if k in ("provide_due", "provide_place")}
    return facts(FormCode.RESOLUTION, fee_lines=(), extra=extra)


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


def pdf_summary(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return f"{len(reader.pages)} page(s), {len(pdf) // 1024} KiB, fonts {', '.join(sorted(fonts))}"


class Soffice:
    """One private profile, made before timing (a fresh profile's first start costs seconds more)."""

    def __init__(self, exe: str, work: Path, odt: bytes, letters: int) -> None:
        self.exe, self.work = exe, work
        self.profile = (work / "profile").as_uri()
        self.batch = self._folder("batch", odt, letters)
        self.single = self._folder("single", odt, 1)

    def _folder(self, name: str, odt: bytes, count: int) -> list[Path]:
        folder = self.work / name
        folder.mkdir()
        files = [folder / f"letter-{k:03d}.odt" for k in range(count)]
        for f in files:
            f.write_bytes(odt)
        return files

    def convert(self, files: list[Path]) -> tuple[float, float]:
        """Wall seconds of one soffice call, and the CPU seconds (user + sys) its processes used."""
        out = files[0].parent / "pdf"
        shutil.rmtree(out, ignore_errors=True)
        cmd = [self.exe, f"-env:UserInstallation={self.profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out), *map(str, files)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        took = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        made = sorted(out.glob("*.pdf"))
        if len(made) != len(files):
            raise RuntimeError(f"soffice made {len(made)} PDFs of {len(files)}")
        return took, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--letters", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=5, help="rounds of (a), in this process")
    ap.add_argument("--soffice-rounds", type=int, default=2)
    args = ap.parse_args()
    serif_family()
    renderer = FormRenderer()
    letter = mau03()
    layout = renderer.fill(letter).layout
    lines = page_lines(layout)
    ours_pdf, base_pdf = renderer.render(letter).pdf, baseline_pdf(lines)  # warm: fonts, imports, templates
    print(f"Mẫu 03 (one page, no fees), {args.letters} letters per round")
    print(f"  FormRenderer PDF: {pdf_summary(ours_pdf)}")
    print(f"  bare canvas PDF:  {pdf_summary(base_pdf)}")

    ours, base, fills = [], [], []
    for _ in range(args.rounds):
        ours.append(rate(lambda: renderer.render(letter), args.letters))
        base.append(rate(lambda: baseline_pdf(lines), args.letters))
        fills.append(rate(lambda: renderer.fill(letter), args.letters))
    o, b = statistics.median(ours), statistics.median(base)
    print(f"(a) {args.rounds} rounds, medians: FormRenderer.render {o:.1f} letters/s; "
          f"bare canvas drawString {b:.1f} letters/s")
    print(f"    ratio (a) = {o / b:.2f}x  (goal >= 0.6x); of FormRenderer's {1000 / o:.1f} ms a letter, the "
          f"template fill takes {1000 / statistics.median(fills):.2f} ms")

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        print("(b) skipped: soffice (LibreOffice) is not installed on this machine")
        return
    with tempfile.TemporaryDirectory(prefix="letters-bench-") as tmp:
        office = Soffice(exe, Path(tmp), odt_bytes(layout), args.letters)
        office.convert(office.single)  # creates the profile; not timed
        print(f"  soffice PDF:      {pdf_summary((office.single[0].parent / 'pdf' / 'letter-000.pdf').read_bytes())}")
        singles, batches, cpus, ours_b, base_b = [], [], [], [], []
        for _ in range(args.soffice_rounds):
            singles.append(office.convert(office.single)[0])
            took, cpu = office.convert(office.batch)
            batches.append(took)
            cpus.append(cpu)
            ours_b.append(rate(lambda: renderer.render(letter), args.letters))
            base_b.append(rate(lambda: baseline_pdf(lines), args.letters))
    one, batch, o = statistics.median(singles), statistics.median(batches), statistics.median(ours_b)
    b = statistics.median(base_b)
    n = args.letters
    with_start = n / batch
    without = (n - 1) / (batch - one) if batch > one else float("nan")
    print(f"(b) {args.soffice_rounds} rounds, medians: soffice 1 file {one:.2f} s (start-up), "
          f"{n} files in one call {batch:.2f} s (CPU {statistics.median(cpus):.2f} s); "
          f"FormRenderer alongside {o:.1f} letters/s")
    print(f"    soffice {with_start:.2f} letters/s including start-up, {without:.2f} letters/s without "
          f"(per letter {1000 * (batch - one) / (n - 1):.0f} ms)")
    print(f"    ratio (b) = {o / with_start:.1f}x  [primary: batch including start-up]  (goal >= 10x)")
    print(f"    ratio (b) without start-up = {o / without:.1f}x")
    print(f"    for scale: the bare canvas of (a), measured alongside, is {b / with_start:.1f}x soffice "
          f"including start-up, {b / without:.1f}x without")
    print(f"    one letter per soffice call (as a desk issues them, {one:.2f} s each): FormRenderer is "
          f"{o * one:.0f}x faster")


if __name__ == "__main__":
    main()
