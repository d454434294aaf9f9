"""Build the Vietnamese UI translation.

  1. pyside6-lupdate collects every tr()/translate() text of focal_desk/ui into resources/i18n/focal_desk_vi.ts
     (committed: what translators and reviewers read);
  2. the Vietnamese texts kept in resources/i18n/vi/*.tsv (context <TAB> English source <TAB> Vietnamese, with
     "\\n" for a line break) are written into it;
  3. pyside6-lrelease compiles focal_desk_vi.qm, committed too: every way of installing (wheel, editable,
     PyInstaller) ships it from resources/ without running this script. The build is deterministic (same
     sources, same bytes), so --check can tell whether the committed files are current.

    python scripts/build_translations.py           # update .ts and build .qm
    python scripts/build_translations.py --check   # exit 1 listing every text without a Vietnamese translation
                                                   # and every text the committed .ts/.qm lack or word otherwise
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
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                    # set, not guessed: lupdate guesses it from the whole path of the .ts, folders included
                    "-target-language", "vi_VN", "-ts", str(ts)],
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


def build(ts: Path, qm: Path) -> list[str]:
    """Write the .ts and the .qm; return the texts without a translation."""
    if ts.exists():
        ts.unlink()  # rebuilt from the sources and the tables every time: no stale entries
    run_lupdate(ts)
    missing = fill(ts, load_translations())
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return missing


Message = tuple[str, str, str, bool, str]  # context, source, disambiguation, numerus, translation


def messages(ts: Path) -> set[Message]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            text = "" if t is None else ("".join(t.itertext()) if m.get("numerus") == "yes" else t.text or "")
            found.add((name, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes", text))
    return found


def check(ts: Path = TS, qm: Path = QM) -> tuple[list[str], list[str]]:
    """(texts without a translation, what the committed .ts/.qm do not say as a fresh build would).

    A fresh build goes to a temporary folder. The committed .qm is compared by content, not bytes: it is
    loaded and asked for every text, so a Qt release whose lrelease lays the file out differently does not
    make it stale (with the same release the bytes are equal: the build is deterministic)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts, fresh_qm = Path(tmp) / TS.name, Path(tmp) / QM.name
        missing = build(fresh_ts, fresh_qm)
        want = messages(fresh_ts)
        if qm.is_file() and fresh_qm.read_bytes() == qm.read_bytes() and ts.is_file() and messages(ts) == want:
            return missing, []
    return missing, _differences(want, ts, qm)


def _differences(want: set[Message], ts: Path, qm: Path) -> list[str]:
    from PySide6.QtCore import QTranslator

    problems = []
    if not ts.is_file():
        problems.append(f"{ts.name} is missing")
    else:
        have = messages(ts)
        problems += [f"{ts.name} lacks or words otherwise: {c}\t{s!r}" for c, s, _, _, _ in sorted(want - have)]
        problems += [f"{ts.name} has a text no longer in the sources: {c}\t{s!r}"
                     for c, s, _, _, _ in sorted(have - want)]
    translator = QTranslator()
    if not (qm.is_file() and translator.load(str(qm))):
        return [*problems, f"{qm.name} is missing or unreadable"]
    for context, source, comment, numerus, text in sorted(want):
        got = translator.translate(context, source, comment or None, 1 if numerus else -1)
        if text and got != text:
            problems.append(f"{qm.name} lacks or words otherwise: {context}\t{source!r}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true",
                    help="build nothing; exit 1 if a text has no translation or the committed files are stale")
    args = ap.parse_args()
    if args.check:
        missing, problems = check()
        for m in missing:
            print(f"untranslated: {m}")
        for p in problems:
            print(f"stale: {p}")
        if problems:
            print("run: python scripts/build_translations.py, then commit resources/i18n/focal_desk_vi.{ts,qm}")
        return 1 if missing or problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    for m in build(TS, QM):
        print(f"untranslated: {m}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
