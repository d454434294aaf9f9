"""Make the report (issue 9.2, GUI): difficulties and recommendations typed, the Báo cáo PDF made in a job,
previewed, saved and printed; its text holds the figures of the period."""

from __future__ import annotations

import io

import pdfplumber
from PySide6.QtPrintSupport import QPrinter

from focal_desk.domain.period import Period
from focal_desk.ui.statistics.period_picker import YEAR

YEAR_2025 = Period.year(2025)


def test_the_report_holds_the_figures_and_the_typed_text(qtbot, seeded_desk, jobs, errors, tmp_path):
    from focal_desk.ui.statistics.view import StatisticsView

    page = StatisticsView(seeded_desk, jobs, errors)
    qtbot.addWidget(page)
    page.picker.set_period(YEAR_2025, YEAR)
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.period == YEAR_2025, timeout=30_000)
    dialog = page.make_report()
    assert dialog.period == YEAR_2025 and dialog.stack.currentIndex() == 0
    assert not dialog.print_button.isVisible()
    dialog.difficulties.setPlainText("Thiếu máy quét tài liệu")
    dialog.recommendations.setPlainText("Đề nghị cấp thêm kinh phí số hóa")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=60_000)
    assert errors.seen == []
    assert dialog.stack.currentIndex() == 1 and len(dialog.pages.images) >= 1
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()
    with pdfplumber.open(io.BytesIO(dialog.pdf)) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "BÁO CÁO" in text and "năm 2025" in text
    assert "Thiếu máy quét tài liệu" in text and "Đề nghị cấp thêm kinh phí số hóa" in text
    received = page.stats["received"]
    assert received > 50
    assert any(line.startswith("1 Tổng số yêu cầu tiếp nhận") and line.endswith(f" {received}")
               for line in text.splitlines()), text[:3000]

    target = tmp_path / "bao-cao.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: target.exists() and "bao-cao.pdf" in dialog.status.text(), timeout=20_000)
    assert target.read_bytes() == dialog.pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: not dialog.printers, timeout=60_000)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == len(dialog.pages.images)

    dialog.back_button.click()
    assert dialog.stack.currentIndex() == 0 and dialog.make_button.isVisible()
