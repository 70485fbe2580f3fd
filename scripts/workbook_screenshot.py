"""The assessment workbook of the demo data as a picture for the README.

Exports the workbook (all months), prints it to PDF with LibreOffice as a spreadsheet
program would print it (landscape A4, one page wide), turns the pages into PNG with
poppler's pdftoppm, and stacks the top of each sheet into docs/screenshots/workbook.png.

Needs LibreOffice Calc (Debian: apt-get install --no-install-recommends
libreoffice-calc-nogui) and pdftoppm (poppler-utils).
Run: .venv/bin/python scripts/workbook_screenshot.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("INSPECTOR_PASSPHRASE", "test-passphrase")

from PIL import Image, ImageChops  # noqa: E402

from inspector_app.demo.sample import create_demo_data  # noqa: E402
from inspector_app.services.context import open_context  # noqa: E402
from inspector_app.services.supervision.period import Period  # noqa: E402
from inspector_app.services.supervision.workbook import export_workbook  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "workbook.png"
# Printed pages shown (the demo's six: 检查汇总, 问题与整改 on two, 欠薪线索, 各项制度合规率,
# 项目) and the share of each page's printed area kept: (from the top, from the left).
KEEP = {1: (1.0, 1.0), 2: (0.3, 0.6), 4: (1.0, 1.0), 5: (1.0, 1.0)}
DPI, WIDTH = 220, 1400


def _need(program: str) -> str:
    found = shutil.which(program)
    if not found:
        raise SystemExit(f"{program} is needed: see this script's docstring")
    return found


def _pdf(xlsx: Path, folder: Path) -> Path:
    soffice = _need("soffice")
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), str(xlsx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return folder / f"{xlsx.stem}.pdf"


def _trimmed(page: Image.Image, share: tuple[float, float]) -> Image.Image:
    """The printed part of the page (no white margins), cut to `share`, WIDTH wide."""
    body = page.crop((0, 0, page.width, int(page.height * 0.92)))  # not the page footer
    background = Image.new(body.mode, body.size, "white")
    left, top, right, bottom = ImageChops.difference(body, background).getbbox() or (
        0, 0, *body.size,
    )  # fmt: skip
    down, across = share
    part = page.crop(
        (left - 10, top - 10, left + int((right - left) * across) + 10,
         top + int((bottom - top) * down) + 10)
    )  # fmt: skip
    scale = min(1.0, WIDTH / part.width)
    return part.resize((int(part.width * scale), int(part.height * scale)), Image.LANCZOS)


def _stack(pages: list[Image.Image]) -> Image.Image:
    width = max(page.width for page in pages)
    gap = 18
    sheet = Image.new("RGB", (width, sum(p.height for p in pages) + gap * len(pages)), "white")
    y = 0
    for page in pages:
        sheet.paste(page, (0, y))
        y += page.height + gap
    return sheet


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        ctx = open_context(folder / "data")
        try:
            create_demo_data(ctx)
            (xlsx,) = export_workbook(ctx, folder / "workbook.xlsx", Period())
        finally:
            ctx.close()
        pdf = _pdf(xlsx, folder)
        subprocess.run(
            [_need("pdftoppm"), "-r", str(DPI), "-png", str(pdf), str(folder / "page")],
            check=True,
        )
        pages = sorted(folder.glob("page-*.png"))
        kept = [
            _trimmed(Image.open(path).convert("RGB"), KEEP[number])
            for number, path in enumerate(pages, 1)
            if number in KEEP
        ]
        OUT.parent.mkdir(parents=True, exist_ok=True)
        # Black text on white and one header blue: 32 colours look the same, a third the size.
        _stack(kept).quantize(colors=32).save(OUT, optimize=True)
    print(f"{OUT}: {len(pages)} printed pages, {len(kept)} shown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
