"""The compiled translation is committed (so that every install has it): it must say what a fresh build from
the UI sources and resources/i18n/vi/*.tsv says. The test calls the comparison of
`scripts/build_translations.py --check`."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIX = "run: python scripts/build_translations.py, then commit resources/i18n/focal_desk_vi.ts and .qm"


def load_script():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bt = load_script()


def test_the_committed_translation_is_current():
    assert (ROOT / "resources" / "i18n" / "focal_desk_vi.qm").is_file(), FIX
    _, stale = bt.check()
    assert stale == [], "\n".join([*stale, FIX])


def test_the_build_is_deterministic(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        bt.build(tmp_path / d / bt.TS.name, tmp_path / d / bt.QM.name)
    for name in (bt.TS.name, bt.QM.name):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert (tmp_path / "a" / bt.QM.name).read_bytes() == bt.QM.read_bytes()  # and equal to the committed one


def test_a_qm_laid_out_otherwise_but_saying_the_same_is_current(tmp_path):
    qm = tmp_path / bt.QM.name
    subprocess.run([bt.tool("pyside6-lrelease"), "-compress", str(bt.TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() != bt.QM.read_bytes()
    assert bt.check(bt.TS, qm)[1] == []


def test_a_changed_wording_makes_it_stale(tmp_path):
    ts, qm = tmp_path / bt.TS.name, tmp_path / bt.QM.name
    tree = ET.parse(bt.TS)
    message = next(m for m in tree.getroot().iter("message") if m.get("numerus") != "yes")
    message.find("translation").text = "một bản dịch cũ"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([bt.tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    _, stale = bt.check(ts, qm)
    source = message.findtext("source")
    assert any(bt.TS.name in p and repr(source) in p for p in stale), stale
    assert any(bt.QM.name in p and repr(source) in p for p in stale), stale
