"""Build the Vietnamese UI translation.

  1. pyside6-lupdate collects every tr()/translate() text of focal_desk/ui into resources/i18n/focal_desk_vi.ts
     (committed: what translators and reviewers read);
  2. the Vietnamese texts kept in resources/i18n/vi/*.tsv (context <TAB> English source <TAB> Vietnamese, with
     "\\n" for a line break) are written into it;
  3. pyside6-lrelease compiles focal_desk_vi.qm (built, not committed).

    python scripts/build_translations.py           # update .ts and build .qm
    python scripts/build_translations.py --check   # exit 1 listing every text without a Vietnamese translation
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "focal_desk" / "ui"
I18N = ROOT / "resources" / "i18n"
TS = I18N / "focal_desk_vi.ts"
QM = I18N / "focal_desk_vi.qm"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def load_translations() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for tsv in sorted((I18N / "vi").glob("*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{tsv.name}:{n}: expected 3 tab-separated columns, got {len(parts)}")
            context, source, target = (p.replace("\\n", "\n") for p in parts)
            table[(context, source)] = target
    return table


def run_lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   check=True, capture_output=True)


def fill(ts: Path, table: dict[tuple[str, str], str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            numerus = message.get("numerus") == "yes"
            target = table.get((name, source))
            if target is None:
                missing.append(f"{name}\t{source!r}")
                translation.set("type", "unfinished")
                continue
            translation.attrib.pop("type", None)
            if numerus:  # Vietnamese has a single plural form
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                ET.SubElement(translation, "numerusform").text = target
            else:
                translation.text = target
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    table = load_translations()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / "check_vi.ts"
            run_lupdate(ts)
            missing = fill(ts, table)
        for m in missing:
            print(f"untranslated: {m}")
        return 1 if missing else 0
    I18N.mkdir(parents=True, exist_ok=True)
    if TS.exists():
        TS.unlink()  # rebuilt from the sources and the tables every time: no stale entries
    run_lupdate(TS)
    missing = fill(TS, table)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for m in missing:
        print(f"untranslated: {m}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
