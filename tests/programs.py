"""External programs the tests run: a missing one fails the test with what to install."""

from __future__ import annotations

import shutil
import subprocess

import pytest

# program -> the Debian package that provides it (scripts/system-packages.sh installs them)
PACKAGES = {
    "pdffonts": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfsig": "poppler-utils",
    "openssl": "openssl",
    "fc-list": "fontconfig",
}


def require(program: str) -> str:
    """The program's path; the test fails with a clear message when it is not installed."""
    path = shutil.which(program)
    if path is None:
        package = PACKAGES.get(program, program)
        pytest.fail(
            f"{program} is not installed; the tests need it (Debian package {package}, "
            "see scripts/system-packages.sh)",
            pytrace=False,
        )
    return path


def run(
    program: str, *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> str:
    """The program's standard output as text; a non-zero exit fails with its error output."""
    done = subprocess.run(
        [require(program), *args],
        input=stdin,
        env=env,
        capture_output=True,
        check=False,
        timeout=120,
    )
    if done.returncode != 0:
        pytest.fail(f"{program} {' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8", errors="replace")
