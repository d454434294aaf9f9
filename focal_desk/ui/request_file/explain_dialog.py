"""Why a deadline falls where it does: the rule set, the articles and every day not counted.

The lines come from the deadline engine in Vietnamese; they are legal data and are shown as they are.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..screen_fit import fit_window


class ExplainDialog(QDialog):
    def __init__(self, title: str, heading: str, lines: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lines = tuple(lines)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(self._html())
        layout.addWidget(self.text, 1)
        note = QLabel(self.tr("Days marked \"not counted\" are weekends, holidays and days off in the calendar "
                              "the deadline was computed with."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        fit_window(self, 760, 520)

    def _html(self) -> str:
        if not self.lines:
            return "<p>" + html.escape(self.tr("No deadline has been computed yet: the request is not valid yet.")) + "</p>"
        parts = []
        for line in self.lines:
            text = html.escape(line.strip())
            if line.startswith(" "):  # a day inside the period: skipped or counted
                parts.append(f"<li>{text}</li>")
            else:
                parts.append(f"<p><b>{text}</b></p>" if "→" in line else f"<p>{text}</p>")
        body = "".join(parts)
        # Consecutive <li> need a list around them; a simple wrap per run keeps the indent.
        body = body.replace("</p><li>", "</p><ul><li>").replace("</li><p>", "</li></ul><p>")
        if body.endswith("</li>"):
            body += "</ul>"
        return body

    def plain_text(self) -> str:
        return self.text.toPlainText()
