"""External programs the tests use to check our output the way a third party would.

They are part of the test environment (scripts/system-packages.sh installs them). A missing
one fails the test with a message saying what to install; it never skips the check.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

# program -> the Debian package that provides it
PACKAGES = {
    "pdfsig": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfimages": "poppler-utils",
    "openssl": "openssl",
    "fc-list": "fontconfig",
}


def require(program: str) -> str:
    """The path of `program`, or a failed test naming the package to install."""
    found = shutil.which(program)
    if found is None:
        package = PACKAGES.get(program, program)
        pytest.fail(
            f"{program} is not installed; the tests need it to check output as a third party "
            f"would. Install it with: bash scripts/system-packages.sh (Debian package {package})",
            pytrace=False,
        )
    return found


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[Any]:
    """subprocess.run of an external program, after checking that it is installed."""
    require(command[0])
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("check", False)
    return subprocess.run(command, **kwargs)


def output(
    program: str, *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> str:
    """The program's standard output as text; a non-zero exit fails with its error output."""
    done = run([program, *args], input=stdin, env=env, timeout=120)
    if done.returncode != 0:
        pytest.fail(f"{program} {' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return str(done.stdout.decode("utf-8", errors="replace"))
