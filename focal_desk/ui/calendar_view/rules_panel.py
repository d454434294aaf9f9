"""The dated rule sets with their periods and articles; read-only (an administrator role may edit them later)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.rules import Period, PeriodUnit, RuleSet
from ..labels import channel_label, complexity_label, correction_kind_label, fmt_date


class RulesPanel(QWidget):
    def __init__(self, desk, jobs, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.jobs, self.errors_router = desk, jobs, errors
        self.rule_sets: list[RuleSet] = []
        self.picker = QComboBox()
        self.picker.currentIndexChanged.connect(self._show)
        pick_label = QLabel(self.tr("Rule &set:"))
        pick_label.setBuddy(self.picker)
        self.valid_from = QLabel()
        self.source = QLabel()
        self.source.setWordWrap(True)
        head = QFormLayout()
        head.addRow(pick_label, self.picker)
        head.addRow(self.tr("In force from:"), self.valid_from)
        head.addRow(self.tr("Legal basis:"), self.source)
        self.table = self._make_table([self.tr("Channel"), self.tr("Complexity"), self.tr("Provide within"),
                                       self.tr("Written notice within"), self.tr("Extension up to"),
                                       self.tr("Articles")])
        self.corrections = self._make_table([self.tr("Correction"), self.tr("Within"), self.tr("Article")])
        self.caveats = QLabel()
        self.caveats.setWordWrap(True)
        self.caveats.setStyleSheet("background: #fff4ce; padding: 6px;")
        note = QLabel(self.tr("Read-only. A request keeps the rule set in force on the day it became valid."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("Time limits")))
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Corrections (Article 32)")))
        layout.addWidget(self.corrections, 1)
        layout.addWidget(self.caveats)
        layout.addWidget(note)

    @staticmethod
    def _make_table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)  # rows as tall as their lines, not as a narrow column's wrapping at fill time
        header = table.horizontalHeader()
        for c in range(len(headers) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def load(self) -> None:
        rulebook = self.desk.rulebook
        self.jobs.submit(rulebook.rule_sets, on_success=self._loaded,
                         on_error=lambda exc: self.errors_router.handle(exc, self, retry=self.load))

    def _loaded(self, rule_sets: list[RuleSet]) -> None:
        self.rule_sets = sorted(rule_sets, key=lambda r: r.valid_from, reverse=True)
        self.picker.blockSignals(True)
        self.picker.clear()
        for r in self.rule_sets:
            self.picker.addItem(f"{r.name} ({fmt_date(r.valid_from)})", r.code)
        self.picker.blockSignals(False)
        self._show(0)

    def period_text(self, p: Period | None) -> str:
        if p is None:
            return "—"
        if p.unit is PeriodUnit.SAME_DAY:
            return self.tr("At once (the same day)")
        if p.unit is PeriodUnit.WORKING_DAYS:
            return self.tr("%n working day(s)", "", p.amount)
        return self.tr("%n day(s)", "", p.amount)

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.resizeRowsToContents()

    def _show(self, i: int) -> None:
        if not (0 <= i < len(self.rule_sets)):
            return
        r = self.rule_sets[i]
        self.valid_from.setText(fmt_date(r.valid_from))
        self.source.setText(r.source)
        rows = []
        for rule in r.rules:
            periods = (rule.provide, rule.notice, rule.extension)
            articles = list(dict.fromkeys(p.article for p in periods if p is not None))
            rows.append([channel_label(rule.channel), complexity_label(rule.complexity),
                         *(self.period_text(p) for p in periods), "\n".join(articles)])
        self._fill(self.table, rows)
        self._fill(self.corrections, [[correction_kind_label(k), self.period_text(p), p.article]
                                      for k, p in r.corrections])
        caveats = [f"{fmt_date(c.from_date)}: {c.text}" for c in r.caveats]
        self.caveats.setText("\n".join(caveats))
        self.caveats.setVisible(bool(caveats))
