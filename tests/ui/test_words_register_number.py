"""The register number is called "Số vào sổ" wherever it is a column or a field name (issue 7, item 8c)."""

from __future__ import annotations

from pathlib import Path

VI = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "vi"
NAMES = {"Register no.", "Register number"}
COLUMNS = {("RegisterModel", "No."), ("TodoModel", "No.")}


def translations() -> list[tuple[str, str, str]]:
    rows = []
    for tsv in sorted(VI.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                rows.append((parts[0], parts[1], parts[2]))
    return rows


def test_the_register_number_has_one_name():
    rows = translations()
    named = [(ctx, src, vi) for ctx, src, vi in rows if src in NAMES or (ctx, src) in COLUMNS]
    assert len(named) >= 4
    assert {vi for _, _, vi in named} == {"Số vào sổ"}, named
    assert not [r for r in rows if "số thứ tự" in r[2].lower()]
