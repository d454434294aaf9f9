"""Ship the project's top-level data folders inside the package: resources/ -> focal_desk/resources (fonts,
the compiled translation), and a future forms/ -> focal_desk/forms. Which files of each go in the wheel:
[tool.setuptools.package-data] in pyproject.toml.

These lines exist because pyproject.toml alone cannot both discover focal_desk's subpackages
(packages.find) and add a package that lives outside focal_desk/ (an explicit list): the two exclude each
other. Everything else is configured in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
DATA_FOLDERS = ("resources", "forms")  # top-level folder NAME ships as the package focal_desk.NAME

data_packages = {f"focal_desk.{name}": name for name in DATA_FOLDERS if (ROOT / name).is_dir()}
setup(
    packages=[*find_packages(where=str(ROOT), include=["focal_desk", "focal_desk.*"]), *data_packages],
    package_dir=data_packages,
)
