"""Reading a PDF as a person would: every page rendered (pdftoppm), its text (pdftotext).

poppler-utils is part of the test environment: a missing program fails the test with a
plain message instead of skipping it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image

from tests.external import require

# ASCII words a Chinese record may print: names of standards and of the signature format.
ALLOWED_WORDS = frozenset({"PDF", "PAdES"})


def pdf_text(pdf: bytes, *, layout: bool = False) -> str:
    args = [require("pdftotext"), *(["-layout"] if layout else []), "-", "-"]
    done = subprocess.run(args, input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def render_pages(pdf: bytes, folder: Path, dpi: int = 30) -> list[Path]:
    """Every page as a PNG; fails when poppler cannot draw one of them."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "record.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        [require("pdftoppm"), "-png", "-r", str(dpi), str(source), str(folder / "page")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    return sorted(folder.glob("page-*.png"))


def inked(page: Path) -> bool:
    """Whether a rendered page shows anything (not a blank sheet)."""
    with Image.open(page) as image:
        low = image.convert("L").getextrema()[0]
    assert isinstance(low, int | float), "a grey image has one band: (lowest, highest)"
    return low < 128


def english_words(text: str) -> set[str]:
    """ASCII words of two letters or more; codes with digits (R1.2, credit codes, badge
    numbers, hashes) are not words."""
    tokens = re.findall(r"[A-Za-z0-9][A-Za-z0-9.\-]*", text)
    return {t for t in tokens if re.fullmatch(r"[A-Za-z]{2,}", t) and t not in ALLOWED_WORDS}


def squeezed(text: str) -> str:
    """The text without line breaks and spaces, for phrases a table cell may wrap."""
    return re.sub(r"\s+", "", text)
