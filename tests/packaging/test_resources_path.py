"""resources_dir(): the checkout's top-level resources/ here; inside the bundle where build.spec puts it.
(An installed wheel and an editable install: tests/packaging/test_wheel.py.)"""

from __future__ import annotations

import sys
from pathlib import Path

from focal_desk.resources_path import data_folder, resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_a_source_checkout_reads_the_top_level_folder():
    assert resources_dir() == ROOT / "resources"
    assert (resources_dir() / "i18n" / "focal_desk_vi.qm").is_file()
    assert data_folder("forms") == ROOT / "forms"  # the next data folder, the same way


def test_a_pyinstaller_bundle_reads_its_copy(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "focal_desk" / "resources"


def test_build_spec_puts_the_folders_where_resources_path_looks():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '*tree("resources", "focal_desk/resources")' in spec
    assert '*tree("forms", "focal_desk/forms")' in spec
