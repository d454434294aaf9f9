"""`pip install .` gives the whole app: the wheel carries the fonts, the compiled translation, the data files
and the migrations, and an app installed from it (in a fresh venv, away from the source checkout) finds them.
An editable install made without scripts/bootstrap.sh finds them in the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ("pyproject.toml", "setup.py", "README.md", "focal_desk", "resources", "forms")
pytestmark = pytest.mark.slow
# the installed app runs as an officer's would: no PYTHONPATH leading back to the checkout
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "QT_QPA_PLATFORM": "offscreen"}

# Run inside the installed app, from a folder that is not the checkout: where its resources are, and whether
# Qt reads them.
PROBE = """
import sys
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication, QRawFont
import focal_desk
from focal_desk.resources_path import resources_dir
res = resources_dir()
app = QGuiApplication([])  # fonts need one
t = QTranslator()
assert t.load(str(res / "i18n" / "focal_desk_vi.qm")), res
assert t.translate("MainWindow", "focal_desk — Information request register") == \\
    "focal_desk — Sổ theo dõi yêu cầu cung cấp thông tin"
assert QRawFont(str(res / "fonts" / "NotoSans-Regular.ttf"), 12).isValid()
assert (res / "fonts" / "OFL.txt").is_file()
print(focal_desk.__file__)
print(res)
"""


def run_probe(python: Path, cwd: Path) -> tuple[Path, Path]:
    """(the focal_desk package that ran, its resources folder)."""
    probe = subprocess.run([python, "-c", PROBE], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)
    assert probe.returncode == 0, probe.stderr
    package, res = probe.stdout.split()
    return Path(package), Path(res)


def source_copy(dest: Path) -> Path:
    """The files a build reads, copied: the build's by-products (build/, *.egg-info) stay out of the checkout."""
    dest.mkdir()
    for name in PROJECT:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.is_file():
            shutil.copy2(src, dest / name)
    return dest


def fresh_venv(where: Path) -> Path:
    """A venv whose dependencies (PySide6, SQLAlchemy, …) come from the running environment through a .pth,
    but holding no focal_desk: whatever is installed into it is what runs."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=300)
    python = where / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "_deps_of_the_test_environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def pip(*args: str, python: Path | None = None) -> None:
    target = ["--python", str(python)] if python else []
    done = subprocess.run([sys.executable, "-m", "pip", *target, *args], env=ENV, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built the way pip builds it for `pip install .` (an isolated build with setuptools from the index)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = source_copy(tmp / "src")
    pip("wheel", "--no-deps", "-w", str(tmp / "dist"), str(src))
    (built,) = (tmp / "dist").glob("focal_desk-*.whl")
    return built


def test_the_wheel_carries_resources_data_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    res = "focal_desk/resources/"
    expected = {res + "i18n/focal_desk_vi.qm", res + "fonts/OFL.txt", res + "fonts/Tinos-OFL.txt",
                *(res + f"fonts/Tinos-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")),
                *(res + f"fonts/NotoSans-{s}.ttf" for s in ("Regular", "Bold", "Italic"))}
    # every data file and migration of the package, whatever is added later
    for folder in ("data", "storage/migrations", "province/migrations", "province/dashboard/templates",
                   "province/dashboard/static"):
        expected |= {f.relative_to(ROOT).as_posix() for f in (ROOT / "focal_desk" / folder).rglob("*")
                     if f.is_file() and "__pycache__" not in f.parts}
    # every document template (forms/ ships as focal_desk/forms)
    expected |= {"focal_desk/forms/" + f.name for f in (ROOT / "forms").glob("*.toml")}
    assert "focal_desk/forms/05-thong-bao-tu-choi.toml" in expected
    assert "focal_desk/storage/migrations/versions/0001_initial.py" in expected
    assert "focal_desk/province/migrations/versions/p0001_initial.py" in expected
    assert not expected - names, sorted(expected - names)
    assert zipfile.ZipFile(wheel).read(res + "i18n/focal_desk_vi.qm") == \
        (ROOT / "resources" / "i18n" / "focal_desk_vi.qm").read_bytes()


def test_the_installed_wheel_finds_its_resources_and_runs(wheel, tmp_path):
    python = fresh_venv(tmp_path / "venv")
    pip("install", "--no-deps", "--no-index", str(wheel), python=python)
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    package, res = run_probe(python, tmp_path)
    assert package.parent == site / "focal_desk"  # the installed copy, not the checkout
    assert res == site / "focal_desk" / "resources"
    data = tmp_path / "data"  # the data files and migrations, read from the wheel: a register made and checked
    script = tmp_path / "venv" / "bin" / "focal-desk"
    assert subprocess.run([script, "--help"], env=ENV, capture_output=True, timeout=300).returncode == 0
    demo = subprocess.run([script, "--data-dir", str(data), "demo", "--requests", "2"], cwd=tmp_path, env=ENV,
                          capture_output=True, text=True, timeout=600)
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run([script, "check", "--data-dir", str(data)], cwd=tmp_path, env=ENV,
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr


def test_an_editable_install_without_bootstrap_finds_the_checkout_resources(tmp_path):
    src = source_copy(tmp_path / "src")
    python = fresh_venv(tmp_path / "venv")
    pip("install", "--no-deps", "-e", str(src), python=python)
    package, res = run_probe(python, tmp_path)
    assert package.parent == src / "focal_desk"
    assert res == src / "resources"
