"""The wheel is the product: it must carry every shipped data file inside the package, where
core.resources looks for them. (scripts/check-wheel.sh also builds it through an sdist,
installs it and runs the app; too slow for the suite.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# folder in the repository -> files that ship, and the folder inside inspector_app/_data/
SHIPPED = {
    "forms": ("forms", "*.yaml"),
    # the .qm files for Qt, the .ts files for the services' report wording (core/catalogue.py)
    "resources/translations": ("translations", "inspector_*"),
    "resources/fonts": ("fonts", "*"),
    "resources/icons": ("icons", "*"),
}
# Sources of the data, never needed at run time.
NOT_SHIPPED = ("*.json", "*.py")


def shipped_files() -> dict[str, str]:
    """Member name in the wheel -> path in the repository, for every file that must ship."""
    members = {}
    for folder, (name, pattern) in SHIPPED.items():
        for path in sorted((REPO / folder).glob(pattern)):
            if path.is_file() and not path.name.startswith("."):
                members[f"inspector_app/_data/{name}/{path.name}"] = f"{folder}/{path.name}"
    return members


def clean_copy(target: Path) -> Path:
    """The checkout without build output: setuptools reuses an old build/ folder, whose
    leftovers would hide a packaging mistake."""
    generated = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", ".*cache")

    def ignore(folder: str, names: list[str]) -> set[str]:
        cached = {n for n in names if n == "__pycache__"}
        return cached | (generated(folder, names) if Path(folder) == REPO else set())

    shutil.copytree(REPO, target, ignore=ignore)
    return target


def build_wheel(tmp_path: Path) -> Path:
    """pip wheel of a clean copy, in an isolated build environment as any install does."""
    source = clean_copy(tmp_path / "source")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"pip wheel failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
    (wheel,) = tmp_path.glob("*.whl")
    return wheel


@pytest.mark.slow
def test_the_wheel_carries_every_shipped_data_file_and_nothing_else(tmp_path: Path) -> None:
    expected = shipped_files()
    assert "inspector_app/_data/forms/eight-rules.v1.yaml" in expected
    assert "inspector_app/_data/icons/app.svg" in expected
    with zipfile.ZipFile(build_wheel(tmp_path)) as archive:
        in_wheel = set(archive.namelist())
        data = {name for name in in_wheel if name.startswith("inspector_app/_data/")}
        missing = set(expected) - data
        assert not missing, f"shipped files missing from the wheel: {sorted(missing)}"
        for member, source in expected.items():
            assert archive.read(member) == (REPO / source).read_bytes(), member
    extra = data - set(expected) - {"inspector_app/_data/forms/README.md"}
    assert not extra, f"files that should not ship: {sorted(extra)}"
    assert not [n for n in data if any(Path(n).match(p) for p in NOT_SHIPPED)]
    assert "inspector_app/cli/main.py" in in_wheel
