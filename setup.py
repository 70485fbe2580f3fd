"""Build hook: the wheel carries the shipped data files inside the package.

forms/ and resources/ stay at the top of the repository (the single source, see README's
layout). A wheel build copies them to inspector_app/_data/, where core/resources.py finds
them through importlib.resources. An editable install copies nothing: the app then reads
the repository's own files. MANIFEST.in puts the same files into the sdist, so a wheel
built from the sdist carries them too. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# folder inside inspector_app/_data/ -> (folder in the repository, files to ship)
SHIPPED_DATA = {
    "forms": ("forms", ["*.yaml", "README.md"]),
    "translations": ("resources/translations", ["*.qm", "*.ts"]),
    "fonts": ("resources/fonts", ["*"]),
    "icons": ("resources/icons", ["*"]),
}


def shipped_files(root: Path) -> dict[str, list[Path]]:
    """The files of each data folder under `root` that go into the package."""
    found: dict[str, list[Path]] = {}
    for name, (folder, patterns) in SHIPPED_DATA.items():
        files = {p for pattern in patterns for p in (root / folder).glob(pattern)}
        found[name] = sorted(p for p in files if p.is_file() and not p.name.startswith("."))
    return found


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # core/resources.py falls back to the repository's folders
        target = Path(self.build_lib) / "inspector_app" / "_data"
        # A build folder left from an earlier build may hold files removed since.
        shutil.rmtree(target, ignore_errors=True)
        for name, files in shipped_files(HERE).items():
            (target / name).mkdir(parents=True, exist_ok=True)
            for path in files:
                shutil.copy2(path, target / name / path.name)


setup(cmdclass={"build_py": BuildPyWithData})
